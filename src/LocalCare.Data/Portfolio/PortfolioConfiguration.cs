using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Portfolio;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> programme)
    {
        programme.HasKey(p => p.Code);
        programme.Property(p => p.Code).HasMaxLength(32);
        programme.Property(p => p.Name).HasMaxLength(200);
        programme.Property(p => p.Theme).HasMaxLength(200);
        programme.Property(p => p.Lead).HasMaxLength(200);
        programme.Property(p => p.Partners).HasMaxLength(32);
        programme.Property(p => p.Summary).HasMaxLength(2000);
        programme.Property(p => p.Commentary).HasMaxLength(4000);
        programme.HasMany(p => p.Projects).WithOne().HasForeignKey(j => j.ProgrammeCode).OnDelete(DeleteBehavior.Cascade);
        programme.HasMany(p => p.Deliverables).WithOne().HasForeignKey(l => l.ProgrammeCode).OnDelete(DeleteBehavior.Cascade);
        programme.HasIndex(p => new { p.PlanYear, p.Order });
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> project)
    {
        project.HasKey(j => j.Code);
        project.Property(j => j.Code).HasMaxLength(40);
        project.Property(j => j.ProgrammeCode).HasMaxLength(32);
        project.Property(j => j.Name).HasMaxLength(200);
        project.Property(j => j.Lead).HasMaxLength(200);
        project.Property(j => j.Commentary).HasMaxLength(4000);
    }
}

internal sealed class ProgrammeDeliverableConfiguration : IEntityTypeConfiguration<ProgrammeDeliverable>
{
    public void Configure(EntityTypeBuilder<ProgrammeDeliverable> link)
    {
        link.HasKey(l => new { l.ProgrammeCode, l.DeliverableCode });
        link.Property(l => l.ProgrammeCode).HasMaxLength(32);
        link.Property(l => l.DeliverableCode).HasMaxLength(32);

        // A deliverable removed from the plan leaves the programmes that carried it.
        link.HasOne<Deliverable>().WithMany().HasForeignKey(l => l.DeliverableCode).OnDelete(DeleteBehavior.Cascade);
        link.HasIndex(l => l.DeliverableCode);
    }
}
