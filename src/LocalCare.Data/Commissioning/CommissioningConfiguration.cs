using LocalCare.Core.Commissioning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocalCare.Data.Commissioning;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> provider)
    {
        provider.HasKey(p => p.Code);
        provider.Property(p => p.Code).HasMaxLength(32);
        provider.Property(p => p.Name).HasMaxLength(300);
        provider.Property(p => p.CqcLocationId).HasMaxLength(64);
        provider.Property(p => p.NeighbourhoodCode).HasMaxLength(32);
        provider.HasIndex(p => p.CqcLocationId);
    }
}

internal sealed class CqcRatingRecordConfiguration : IEntityTypeConfiguration<CqcRatingRecord>
{
    public void Configure(EntityTypeBuilder<CqcRatingRecord> rating)
    {
        rating.HasKey(r => r.Id);
        rating.Property(r => r.LocationId).HasMaxLength(64);
        rating.Property(r => r.LocationName).HasMaxLength(300);
        rating.Property(r => r.ServiceGroup).HasMaxLength(200);
        rating.Property(r => r.RatingText).HasMaxLength(100);
        rating.Property(r => r.CqcProviderId).HasMaxLength(64);
        rating.Property(r => r.CqcProviderName).HasMaxLength(300);
        rating.HasIndex(r => new { r.LocationId, r.ServiceGroup, r.Domain, r.PublicationDate }).IsUnique();
    }
}

internal sealed class ProviderContractConfiguration : IEntityTypeConfiguration<ProviderContract>
{
    public void Configure(EntityTypeBuilder<ProviderContract> contract)
    {
        contract.HasKey(c => c.Code);
        contract.Property(c => c.Code).HasMaxLength(64);
        contract.Property(c => c.ProviderCode).HasMaxLength(32);
        contract.Property(c => c.Title).HasMaxLength(300);
        contract.Property(c => c.Manager).HasMaxLength(200);
        contract.Property(c => c.AnnualValue).HasPrecision(18, 2);
        contract.HasOne<Provider>().WithMany().HasForeignKey(c => c.ProviderCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContractSpendConfiguration : IEntityTypeConfiguration<ContractSpend>
{
    public void Configure(EntityTypeBuilder<ContractSpend> spend)
    {
        spend.HasKey(s => new { s.Month, s.ContractCode });
        spend.Property(s => s.ContractCode).HasMaxLength(64);
        spend.Property(s => s.Amount).HasPrecision(18, 2);
        spend.HasOne<ProviderContract>().WithMany().HasForeignKey(s => s.ContractCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SocialValueCommitmentConfiguration : IEntityTypeConfiguration<SocialValueCommitment>
{
    public void Configure(EntityTypeBuilder<SocialValueCommitment> commitment)
    {
        commitment.HasKey(s => new { s.ContractCode, s.Theme, s.Measure });
        commitment.Property(s => s.ContractCode).HasMaxLength(64);
        commitment.Property(s => s.Measure).HasMaxLength(200);
        commitment.Property(s => s.Unit).HasMaxLength(50);
        commitment.Property(s => s.Committed).HasPrecision(18, 2);
        commitment.Property(s => s.Delivered).HasPrecision(18, 2);
        commitment.HasOne<ProviderContract>().WithMany().HasForeignKey(s => s.ContractCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QualityAuditConfiguration : IEntityTypeConfiguration<QualityAudit>
{
    public void Configure(EntityTypeBuilder<QualityAudit> audit)
    {
        audit.HasKey(a => a.Code);
        audit.Property(a => a.Code).HasMaxLength(64);
        audit.Property(a => a.ProviderCode).HasMaxLength(32);
        audit.Property(a => a.Auditor).HasMaxLength(200);
        audit.HasOne<Provider>().WithMany().HasForeignKey(a => a.ProviderCode).OnDelete(DeleteBehavior.Restrict);
        audit.HasIndex(a => new { a.ProviderCode, a.AuditDate });
    }
}

internal sealed class AuditActionConfiguration : IEntityTypeConfiguration<AuditAction>
{
    public void Configure(EntityTypeBuilder<AuditAction> action)
    {
        action.HasKey(a => a.Code);
        action.Property(a => a.Code).HasMaxLength(64);
        action.Property(a => a.AuditCode).HasMaxLength(64);
        action.Property(a => a.Description).HasMaxLength(2000);
        action.Property(a => a.Owner).HasMaxLength(200);
        action.HasOne<QualityAudit>().WithMany().HasForeignKey(a => a.AuditCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProviderConcernConfiguration : IEntityTypeConfiguration<ProviderConcern>
{
    public void Configure(EntityTypeBuilder<ProviderConcern> concern)
    {
        concern.HasKey(c => c.Code);
        concern.Property(c => c.Code).HasMaxLength(64);
        concern.Property(c => c.ProviderCode).HasMaxLength(32);
        concern.Property(c => c.Summary).HasMaxLength(2000);
        concern.HasOne<Provider>().WithMany().HasForeignKey(c => c.ProviderCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> line)
    {
        line.HasKey(b => new { b.Month, b.ServiceCode });
        line.Property(b => b.ServiceCode).HasMaxLength(32);
        line.Property(b => b.Budget).HasPrecision(18, 2);
        line.Property(b => b.Actual).HasPrecision(18, 2);
    }
}

internal sealed class VfpSchemeConfiguration : IEntityTypeConfiguration<VfpScheme>
{
    public void Configure(EntityTypeBuilder<VfpScheme> scheme)
    {
        scheme.HasKey(s => s.Code);
        scheme.Property(s => s.Code).HasMaxLength(64);
        scheme.Property(s => s.Title).HasMaxLength(300);
        scheme.Property(s => s.ServiceCode).HasMaxLength(32);
        scheme.Property(s => s.AnnualTarget).HasPrecision(18, 2);
    }
}

internal sealed class VfpDeliveryConfiguration : IEntityTypeConfiguration<VfpDelivery>
{
    public void Configure(EntityTypeBuilder<VfpDelivery> delivery)
    {
        delivery.HasKey(d => new { d.Month, d.SchemeCode });
        delivery.Property(d => d.SchemeCode).HasMaxLength(64);
        delivery.Property(d => d.Saving).HasPrecision(18, 2);
        delivery.HasOne<VfpScheme>().WithMany().HasForeignKey(d => d.SchemeCode).OnDelete(DeleteBehavior.Cascade);
    }
}
