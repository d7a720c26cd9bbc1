using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Metrics;

internal sealed class MetricDefinitionConfiguration : IEntityTypeConfiguration<MetricDefinition>
{
    public void Configure(EntityTypeBuilder<MetricDefinition> metric)
    {
        metric.HasKey(m => m.Id);
        metric.Property(m => m.Id).HasMaxLength(64);
        metric.Property(m => m.Name).HasMaxLength(200);
        metric.Property(m => m.Definition).HasMaxLength(2000);
        metric.Property(m => m.BoardCode).HasMaxLength(32);
        metric.HasOne<Board>().WithMany().HasForeignKey(m => m.BoardCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MetricTargetConfiguration : IEntityTypeConfiguration<MetricTarget>
{
    public void Configure(EntityTypeBuilder<MetricTarget> target)
    {
        target.HasKey(t => t.Id);
        target.Property(t => t.MetricId).HasMaxLength(64);
        target.Property(t => t.Unit).HasMaxLength(64);
        target.HasOne<MetricDefinition>().WithMany().HasForeignKey(t => t.MetricId).OnDelete(DeleteBehavior.Cascade);
        target.HasIndex(t => new { t.MetricId, t.Unit, t.PlanYear }).IsUnique();
    }
}
