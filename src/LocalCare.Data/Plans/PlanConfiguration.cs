using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Plans;

internal sealed class VisionStatementConfiguration : IEntityTypeConfiguration<VisionStatement>
{
    public void Configure(EntityTypeBuilder<VisionStatement> vision)
    {
        vision.HasKey(v => v.Id);
        vision.Property(v => v.Text).HasMaxLength(500);
        vision.HasIndex(v => new { v.PlanYear, v.Order });
    }
}

internal sealed class PriorityConfiguration : IEntityTypeConfiguration<Priority>
{
    public void Configure(EntityTypeBuilder<Priority> priority)
    {
        priority.HasKey(p => p.Code);
        priority.Property(p => p.Code).HasMaxLength(32);
        priority.Property(p => p.Name).HasMaxLength(200);
        priority.Property(p => p.Summary).HasMaxLength(2000);
        priority.HasMany(p => p.Deliverables).WithOne().HasForeignKey(d => d.PriorityCode).OnDelete(DeleteBehavior.Restrict);
        priority.HasIndex(p => p.PlanYear);
    }
}

internal sealed class WorkplanConfiguration : IEntityTypeConfiguration<Workplan>
{
    public void Configure(EntityTypeBuilder<Workplan> workplan)
    {
        workplan.HasKey(w => w.Code);
        workplan.Property(w => w.Code).HasMaxLength(32);
        workplan.Property(w => w.Name).HasMaxLength(200);
    }
}

internal sealed class DeliverableConfiguration : IEntityTypeConfiguration<Deliverable>
{
    public void Configure(EntityTypeBuilder<Deliverable> deliverable)
    {
        deliverable.HasKey(d => d.Code);
        deliverable.Property(d => d.Code).HasMaxLength(32);
        deliverable.Property(d => d.PriorityCode).HasMaxLength(32);
        deliverable.Property(d => d.WorkplanCode).HasMaxLength(32);
        deliverable.Property(d => d.Title).HasMaxLength(300);
        deliverable.Property(d => d.Description).HasMaxLength(4000);
        deliverable.Property(d => d.Owner).HasMaxLength(200);
        deliverable.Property(d => d.OwnerUserName).HasMaxLength(256);
        deliverable.HasMany(d => d.Metrics).WithOne().HasForeignKey(m => m.DeliverableCode).OnDelete(DeleteBehavior.Cascade);
        deliverable.HasMany(d => d.Milestones).WithOne().HasForeignKey(m => m.DeliverableCode).OnDelete(DeleteBehavior.Cascade);
        deliverable.HasIndex(d => d.OwnerUserName);
        deliverable.HasOne<Workplan>().WithMany().HasForeignKey(d => d.WorkplanCode).OnDelete(DeleteBehavior.Restrict);
        deliverable.HasMany(d => d.Updates).WithOne().HasForeignKey(u => u.DeliverableCode).OnDelete(DeleteBehavior.Cascade);
        deliverable.HasMany(d => d.Alignments).WithOne().HasForeignKey(a => a.DeliverableCode).OnDelete(DeleteBehavior.Cascade);
        deliverable.Ignore(d => d.Due);
        deliverable.Ignore(d => d.CurrentStatus);
        deliverable.Ignore(d => d.LatestUpdate);
        deliverable.HasIndex(d => new { d.PlanYear, d.PriorityCode });
    }
}

internal sealed class DeliverableUpdateConfiguration : IEntityTypeConfiguration<DeliverableUpdate>
{
    public void Configure(EntityTypeBuilder<DeliverableUpdate> update)
    {
        update.HasKey(u => u.Id);
        update.Property(u => u.DeliverableCode).HasMaxLength(32);
        update.Property(u => u.Commentary).HasMaxLength(4000);
        update.Property(u => u.Action).HasMaxLength(4000);
        update.Property(u => u.UpdatedBy).HasMaxLength(256);
        update.HasIndex(u => new { u.DeliverableCode, u.Quarter }).IsUnique();
    }
}

internal sealed class PartnerPriorityConfiguration : IEntityTypeConfiguration<PartnerPriority>
{
    public void Configure(EntityTypeBuilder<PartnerPriority> partner)
    {
        partner.HasKey(p => p.Code);
        partner.Property(p => p.Code).HasMaxLength(32);
        partner.Property(p => p.Title).HasMaxLength(300);
        partner.Ignore(p => p.Label);
        partner.HasIndex(p => new { p.Partner, p.Number }).IsUnique();
    }
}

internal sealed class DeliverableAlignmentConfiguration : IEntityTypeConfiguration<DeliverableAlignment>
{
    public void Configure(EntityTypeBuilder<DeliverableAlignment> alignment)
    {
        alignment.HasKey(a => new { a.DeliverableCode, a.PartnerPriorityCode });
        alignment.Property(a => a.DeliverableCode).HasMaxLength(32);
        alignment.Property(a => a.PartnerPriorityCode).HasMaxLength(32);
        alignment.HasOne<PartnerPriority>().WithMany().HasForeignKey(a => a.PartnerPriorityCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeliverableMetricConfiguration : IEntityTypeConfiguration<DeliverableMetric>
{
    public void Configure(EntityTypeBuilder<DeliverableMetric> link)
    {
        link.HasKey(m => new { m.DeliverableCode, m.MetricId });
        link.Property(m => m.DeliverableCode).HasMaxLength(32);
        link.Property(m => m.MetricId).HasMaxLength(64);
        link.HasOne<LocalCare.Core.Metrics.MetricDefinition>().WithMany().HasForeignKey(m => m.MetricId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> milestone)
    {
        milestone.HasKey(m => new { m.DeliverableCode, m.Number });
        milestone.Property(m => m.DeliverableCode).HasMaxLength(32);
        milestone.Property(m => m.Title).HasMaxLength(300);
    }
}

internal sealed class QuarterLockConfiguration : IEntityTypeConfiguration<QuarterLock>
{
    public void Configure(EntityTypeBuilder<QuarterLock> quarterLock)
    {
        quarterLock.HasKey(l => new { l.PlanYear, l.Quarter });
        quarterLock.Property(l => l.LockedBy).HasMaxLength(256);
    }
}

internal sealed class DeliverableReviewConfiguration : IEntityTypeConfiguration<DeliverableReview>
{
    public void Configure(EntityTypeBuilder<DeliverableReview> review)
    {
        review.HasKey(r => r.DeliverableCode);
        review.Property(r => r.DeliverableCode).HasMaxLength(32);
        review.Property(r => r.Note).HasMaxLength(2000);
        review.Property(r => r.CarriedForwardTo).HasMaxLength(32);
        review.Property(r => r.ReviewedBy).HasMaxLength(256);
        review.HasOne<Deliverable>().WithOne().HasForeignKey<DeliverableReview>(r => r.DeliverableCode).OnDelete(DeleteBehavior.Cascade);
    }
}
