using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Boards;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.HasKey(m => m.Id);
        meeting.Property(m => m.BoardCode).HasMaxLength(32);
        meeting.Property(m => m.AgendaItem).HasMaxLength(100);
        meeting.Property(m => m.Title).HasMaxLength(300);
        meeting.Property(m => m.Author).HasMaxLength(200);
        meeting.Property(m => m.LeadDirector).HasMaxLength(200);
        meeting.Property(m => m.CqcKeyQuestions).HasMaxLength(200);
        meeting.Property(m => m.Priorities).HasMaxLength(500);
        meeting.Property(m => m.Risks).HasMaxLength(2000);
        meeting.Property(m => m.ExecutiveSummary).HasMaxLength(4000);
        meeting.HasOne<Board>().WithMany().HasForeignKey(m => m.BoardCode).OnDelete(DeleteBehavior.Cascade);
        meeting.HasIndex(m => new { m.BoardCode, m.Date });
    }
}

internal sealed class BoardActionConfiguration : IEntityTypeConfiguration<BoardAction>
{
    public void Configure(EntityTypeBuilder<BoardAction> action)
    {
        action.HasKey(a => a.Reference);
        action.Property(a => a.Reference).HasMaxLength(32);
        action.Property(a => a.BoardCode).HasMaxLength(32);
        action.Property(a => a.Description).HasMaxLength(2000);
        action.Property(a => a.Owner).HasMaxLength(200);
        action.HasOne<Board>().WithMany().HasForeignKey(a => a.BoardCode).OnDelete(DeleteBehavior.Cascade);
        action.HasOne<Meeting>().WithMany().HasForeignKey(a => a.RaisedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        action.HasOne<Meeting>().WithMany().HasForeignKey(a => a.ClosedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
        action.HasMany(a => a.Updates).WithOne().HasForeignKey(u => u.ActionReference).OnDelete(DeleteBehavior.Cascade);
        action.HasIndex(a => new { a.BoardCode, a.Status });
    }
}

internal sealed class BoardActionUpdateConfiguration : IEntityTypeConfiguration<BoardActionUpdate>
{
    public void Configure(EntityTypeBuilder<BoardActionUpdate> update)
    {
        update.HasKey(u => u.Id);
        update.Property(u => u.ActionReference).HasMaxLength(32);
        update.Property(u => u.By).HasMaxLength(256);
        update.Property(u => u.Text).HasMaxLength(2000);
    }
}

internal sealed class BoardDecisionConfiguration : IEntityTypeConfiguration<BoardDecision>
{
    public void Configure(EntityTypeBuilder<BoardDecision> decision)
    {
        decision.HasKey(d => d.Reference);
        decision.Property(d => d.Reference).HasMaxLength(32);
        decision.Property(d => d.BoardCode).HasMaxLength(32);
        decision.Property(d => d.Decision).HasMaxLength(2000);
        decision.HasOne<Board>().WithMany().HasForeignKey(d => d.BoardCode).OnDelete(DeleteBehavior.Cascade);
        decision.HasOne<Meeting>().WithMany().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NarrativeRecordConfiguration : IEntityTypeConfiguration<NarrativeRecord>
{
    public void Configure(EntityTypeBuilder<NarrativeRecord> narrative)
    {
        narrative.HasKey(n => new { n.MeetingId, n.MetricId });
        narrative.Property(n => n.MetricId).HasMaxLength(64);
        narrative.Property(n => n.WhatTheChartTellsUs).HasMaxLength(4000);
        narrative.Property(n => n.RootCauses).HasMaxLength(4000);
        narrative.Property(n => n.MitigationsAndRisks).HasMaxLength(4000);
        narrative.Property(n => n.AccountablePerson).HasMaxLength(200);
        narrative.Property(n => n.UpdatedBy).HasMaxLength(256);
        narrative.HasOne<Meeting>().WithMany().HasForeignKey(n => n.MeetingId).OnDelete(DeleteBehavior.Cascade);
        narrative.HasOne<MetricDefinition>().WithMany().HasForeignKey(n => n.MetricId).OnDelete(DeleteBehavior.Cascade);
        narrative.HasMany(n => n.Actions).WithOne().HasForeignKey(a => new { a.MeetingId, a.MetricId }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NarrativeActionRecordConfiguration : IEntityTypeConfiguration<NarrativeActionRecord>
{
    public void Configure(EntityTypeBuilder<NarrativeActionRecord> action)
    {
        action.HasKey(a => new { a.MeetingId, a.MetricId, a.Number });
        action.Property(a => a.MetricId).HasMaxLength(64);
        action.Property(a => a.Action).HasMaxLength(1000);
        action.Property(a => a.Owner).HasMaxLength(200);
    }
}

internal sealed class ExceptionFlagConfiguration : IEntityTypeConfiguration<ExceptionFlag>
{
    public void Configure(EntityTypeBuilder<ExceptionFlag> flag)
    {
        flag.HasKey(f => new { f.MeetingId, f.MetricId });
        flag.Property(f => f.MetricId).HasMaxLength(64);
        flag.Property(f => f.FlaggedBy).HasMaxLength(256);
        flag.Property(f => f.Reason).HasMaxLength(1000);
        flag.HasOne<Meeting>().WithMany().HasForeignKey(f => f.MeetingId).OnDelete(DeleteBehavior.Cascade);
        flag.HasOne<MetricDefinition>().WithMany().HasForeignKey(f => f.MetricId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MetricSignOffConfiguration : IEntityTypeConfiguration<MetricSignOff>
{
    public void Configure(EntityTypeBuilder<MetricSignOff> signOff)
    {
        signOff.HasKey(s => new { s.MetricId, s.Month });
        signOff.Property(s => s.MetricId).HasMaxLength(64);
        signOff.Property(s => s.SignedOffBy).HasMaxLength(256);
        signOff.HasOne<MetricDefinition>().WithMany().HasForeignKey(s => s.MetricId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PackVersionConfiguration : IEntityTypeConfiguration<PackVersion>
{
    public void Configure(EntityTypeBuilder<PackVersion> version)
    {
        version.HasKey(v => v.Id);
        version.Property(v => v.PublishedBy).HasMaxLength(256);
        version.Property(v => v.CorrectionReason).HasMaxLength(2000);
        version.Property(v => v.NarrativeToFollow).HasMaxLength(8000);
        version.Property(v => v.HtmlSha256).HasMaxLength(64);
        version.Property(v => v.PdfSha256).HasMaxLength(64);
        version.Property(v => v.XlsxSha256).HasMaxLength(64);
        version.Property(v => v.JsonSha256).HasMaxLength(64);
        version.HasOne<Meeting>().WithMany().HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Restrict);
        version.HasIndex(v => new { v.MeetingId, v.Version }).IsUnique();
    }
}
