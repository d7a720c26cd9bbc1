using LocalCare.Core.Commissioning;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Commissioning;

/// <summary>Every provider's risk rating at a date (commissioning.md): the providers with a contract active on it, ordered by code.</summary>
public sealed class ProviderRisks(LocalCareDbContext db)
{
    public async Task<IReadOnlyList<ProviderRiskResult>> AtAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        At(await CommissioningDataReader.ReadAsync(db, cancellationToken), date);

    /// <summary>The ratings at <paramref name="date"/> from data already read (the metrics read it once for every month).</summary>
    public static IReadOnlyList<ProviderRiskResult> At(CommissioningData data, DateOnly date)
    {
        var active = ProviderRisk.ActiveProviders(data.Contracts, date).ToHashSet(StringComparer.Ordinal);
        var ratings = data.CqcRatings.ToLookup(r => r.LocationId, StringComparer.OrdinalIgnoreCase);
        var audits = data.Audits.ToLookup(a => a.ProviderCode, StringComparer.Ordinal);
        var actions = data.Actions.ToLookup(a => a.AuditCode, StringComparer.Ordinal);
        var concerns = data.Concerns.ToLookup(c => c.ProviderCode, StringComparer.Ordinal);
        return [.. data.Providers.Where(p => active.Contains(p.Code)).OrderBy(p => p.Code, StringComparer.Ordinal).Select(p =>
        {
            var own = audits[p.Code].ToList();
            return ProviderRisk.Assess(
                new ProviderRiskInput(
                    p,
                    p.CqcLocationId is { } location ? [.. ratings[location]] : [],
                    own,
                    [.. own.SelectMany(a => actions[a.Code])],
                    [.. concerns[p.Code]]),
                date);
        })];
    }
}
