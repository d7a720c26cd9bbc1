using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Boards;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> board)
    {
        board.HasKey(b => b.Code);
        board.Property(b => b.Code).HasMaxLength(32);
        board.Property(b => b.Name).HasMaxLength(200);
        board.Property(b => b.Purpose).HasMaxLength(2000);
        // Boards stored before the register get the default appetite (docs/risks.md).
        board.Property(b => b.RiskAppetite).HasDefaultValue(Core.Risks.RiskAppetite.Default);
        board.ToTable(t => t.HasCheckConstraint("CK_Boards_RiskAppetite", "\"RiskAppetite\" BETWEEN 1 AND 25"));
    }
}

internal sealed class KloeConfiguration : IEntityTypeConfiguration<Kloe>
{
    public void Configure(EntityTypeBuilder<Kloe> kloe)
    {
        kloe.HasKey(k => k.Code);
        kloe.Property(k => k.Code).HasMaxLength(32);
        kloe.Property(k => k.Theme).HasMaxLength(200);
        kloe.Property(k => k.Description).HasMaxLength(4000);
        kloe.Property(k => k.Measures).HasMaxLength(1000);
        kloe.Property(k => k.BoardCode).HasMaxLength(32);
        kloe.HasOne<Board>().WithMany().HasForeignKey(k => k.BoardCode).OnDelete(DeleteBehavior.Restrict);
        kloe.HasMany(k => k.Metrics).WithOne().HasForeignKey(m => m.KloeCode).OnDelete(DeleteBehavior.Cascade);
        kloe.HasIndex(k => k.PlanYear);
    }
}

internal sealed class KloeMetricConfiguration : IEntityTypeConfiguration<KloeMetric>
{
    public void Configure(EntityTypeBuilder<KloeMetric> link)
    {
        link.HasKey(l => new { l.KloeCode, l.MetricId });
        link.Property(l => l.KloeCode).HasMaxLength(32);
        link.Property(l => l.MetricId).HasMaxLength(64);
        link.HasOne<MetricDefinition>().WithMany().HasForeignKey(l => l.MetricId).OnDelete(DeleteBehavior.Restrict);
    }
}
