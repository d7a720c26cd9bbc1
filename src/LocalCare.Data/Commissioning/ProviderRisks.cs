using LocalCare.Core.Commissioning;

namespace LocalCare.Data.Commissioning;

/// <summary>Every provider's risk rating at a date (commissioning.md): the providers with a contract active on it, ordered by code.</summary>
public sealed class ProviderRisks(LocalCareDbContext db)
{
    public async Task<IReadOnlyList<ProviderRiskResult>> AtAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        ProviderRisk.AssessActive(await CommissioningDataReader.ReadAsync(db, cancellationToken), date);
}
