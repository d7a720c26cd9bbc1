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
        metric.Property(m => m.AccountableUserName).HasMaxLength(256);
        metric.Property(m => m.RebasePeriods).HasMaxLength(500);
        metric.Property(m => m.Sql).HasMaxLength(20000);
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

internal sealed class MetricValueConfiguration : IEntityTypeConfiguration<MetricValue>
{
    public void Configure(EntityTypeBuilder<MetricValue> value)
    {
        value.HasKey(v => new { v.MetricId, v.Unit, v.Month });
        value.Property(v => v.MetricId).HasMaxLength(64);
        value.Property(v => v.Unit).HasMaxLength(64);
        value.HasOne<MetricDefinition>().WithMany().HasForeignKey(v => v.MetricId).OnDelete(DeleteBehavior.Cascade);
        value.HasIndex(v => new { v.Unit, v.Month });
    }
}

internal sealed class MetricCommentaryConfiguration : IEntityTypeConfiguration<MetricCommentary>
{
    public void Configure(EntityTypeBuilder<MetricCommentary> commentary)
    {
        commentary.HasKey(c => c.Id);
        commentary.Property(c => c.MetricId).HasMaxLength(64);
        commentary.Property(c => c.Unit).HasMaxLength(64);
        commentary.Property(c => c.WhatTheDataShows).HasMaxLength(4000);
        commentary.Property(c => c.UnderlyingIssues).HasMaxLength(4000);
        commentary.Property(c => c.UpdatedBy).HasMaxLength(256);
        commentary.HasOne<MetricDefinition>().WithMany().HasForeignKey(c => c.MetricId).OnDelete(DeleteBehavior.Cascade);
        commentary.HasIndex(c => new { c.MetricId, c.Unit, c.Month }).IsUnique();
        commentary.HasMany(c => c.Actions).WithOne().HasForeignKey(a => a.CommentaryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MetricActionConfiguration : IEntityTypeConfiguration<MetricAction>
{
    public void Configure(EntityTypeBuilder<MetricAction> action)
    {
        action.HasKey(a => a.Id);
        action.Property(a => a.Action).HasMaxLength(1000);
        action.Property(a => a.Owner).HasMaxLength(200);
    }
}

internal sealed class MetricComputationConfiguration : IEntityTypeConfiguration<MetricComputation>
{
    public void Configure(EntityTypeBuilder<MetricComputation> computation)
    {
        computation.HasKey(c => c.Id);
        computation.Property(c => c.User).HasMaxLength(256);
    }
}
