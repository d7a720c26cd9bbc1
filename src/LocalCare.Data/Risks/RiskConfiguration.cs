using LocalCare.Core.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Risks;

internal sealed class RiskConfiguration : IEntityTypeConfiguration<Risk>
{
    private static readonly string[] ScoreColumns =
        ["InitialLikelihood", "InitialConsequence", "CurrentLikelihood", "CurrentConsequence", "TargetLikelihood", "TargetConsequence"];

    public void Configure(EntityTypeBuilder<Risk> risk)
    {
        risk.HasKey(r => r.Code);
        risk.Property(r => r.Code).HasMaxLength(32);
        risk.Property(r => r.Title).HasMaxLength(RiskFields.MaxTitle);
        risk.Property(r => r.Description).HasMaxLength(RiskFields.MaxText);
        risk.Property(r => r.Owner).HasMaxLength(RiskFields.MaxOwner);
        risk.Property(r => r.OwnerUserName).HasMaxLength(256);
        risk.Property(r => r.Controls).HasMaxLength(RiskFields.MaxText);
        risk.Property(r => r.Assurances).HasMaxLength(RiskFields.MaxText);
        risk.Property(r => r.Gaps).HasMaxLength(RiskFields.MaxText);
        risk.Ignore(r => r.Initial);
        risk.Ignore(r => r.Current);
        risk.Ignore(r => r.Target);
        risk.HasMany(r => r.Links).WithOne().HasForeignKey(l => l.RiskCode).OnDelete(DeleteBehavior.Cascade);
        risk.HasMany(r => r.Actions).WithOne().HasForeignKey(a => a.RiskCode).OnDelete(DeleteBehavior.Cascade);
        risk.HasMany(r => r.History).WithOne().HasForeignKey(p => p.RiskCode).OnDelete(DeleteBehavior.Cascade);
        risk.HasIndex(r => r.ReviewDate);
        risk.ToTable(t =>
        {
            // The 5×5 matrix in the database too: a value outside 1–5 can never be stored, whatever writes it.
            foreach (var column in ScoreColumns)
            {
                t.HasCheckConstraint($"CK_Risks_{column}", $"\"{column}\" BETWEEN 1 AND 5");
            }
        });
    }
}

internal sealed class RiskLinkConfiguration : IEntityTypeConfiguration<RiskLink>
{
    public void Configure(EntityTypeBuilder<RiskLink> link)
    {
        link.HasKey(l => new { l.RiskCode, l.Kind, l.Target });
        link.Property(l => l.RiskCode).HasMaxLength(32);
        link.Property(l => l.Target).HasMaxLength(64);
        link.HasIndex(l => new { l.Kind, l.Target });
    }
}

internal sealed class RiskScorePointConfiguration : IEntityTypeConfiguration<RiskScorePoint>
{
    public void Configure(EntityTypeBuilder<RiskScorePoint> point)
    {
        point.HasKey(p => new { p.RiskCode, p.Number });
        point.Property(p => p.RiskCode).HasMaxLength(32);
        point.Property(p => p.Note).HasMaxLength(RiskFields.MaxText);
        point.Property(p => p.RecordedBy).HasMaxLength(256);
        point.Ignore(p => p.Score);
        point.ToTable(t =>
        {
            t.HasCheckConstraint("CK_RiskScorePoints_Likelihood", "\"Likelihood\" BETWEEN 1 AND 5");
            t.HasCheckConstraint("CK_RiskScorePoints_Consequence", "\"Consequence\" BETWEEN 1 AND 5");
        });
    }
}

internal sealed class RiskActionConfiguration : IEntityTypeConfiguration<RiskAction>
{
    public void Configure(EntityTypeBuilder<RiskAction> action)
    {
        action.HasKey(a => new { a.RiskCode, a.Number });
        action.Property(a => a.RiskCode).HasMaxLength(32);
        action.Property(a => a.Description).HasMaxLength(RiskFields.MaxText);
        action.Property(a => a.Owner).HasMaxLength(RiskFields.MaxOwner);
    }
}
