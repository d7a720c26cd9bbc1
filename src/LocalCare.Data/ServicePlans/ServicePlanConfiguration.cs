using LocalCare.Core.Organisation;
using LocalCare.Core.ServicePlans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.ServicePlans;

internal sealed class ServicePlanConfiguration : IEntityTypeConfiguration<ServicePlan>
{
    public void Configure(EntityTypeBuilder<ServicePlan> plan)
    {
        // One plan per unit and year: the key says so.
        plan.HasKey(p => new { p.PlanYear, p.UnitCode });
        plan.Property(p => p.UnitCode).HasMaxLength(32);
        plan.Property(p => p.ReturnComment).HasMaxLength(ServicePlanWorkflow.MaxComment);
        plan.Property(p => p.SubmittedBy).HasMaxLength(256);
        plan.Property(p => p.DecidedBy).HasMaxLength(256);
        plan.Property(p => p.UpdatedBy).HasMaxLength(256);
        plan.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.UnitCode).OnDelete(DeleteBehavior.Restrict);
        plan.HasMany(p => p.Sections).WithOne().HasForeignKey(s => new { s.PlanYear, s.UnitCode }).OnDelete(DeleteBehavior.Cascade);
        plan.HasIndex(p => new { p.PlanYear, p.Status });
    }
}

internal sealed class ServicePlanSectionConfiguration : IEntityTypeConfiguration<ServicePlanSection>
{
    public void Configure(EntityTypeBuilder<ServicePlanSection> section)
    {
        section.HasKey(s => new { s.PlanYear, s.UnitCode, s.Key });
        section.Property(s => s.UnitCode).HasMaxLength(32);
        section.Property(s => s.Key).HasMaxLength(64);
        section.Property(s => s.Text).HasMaxLength(ServicePlanTemplate.MaxText);
    }
}
