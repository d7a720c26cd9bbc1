namespace LocalCare.Core.Commissioning;

/// <summary>
/// What a provider's risk rating is computed from. The lists may hold other providers' rows too: the rating keeps only the
/// CQC rows of the provider's location, its audits, the actions of those audits and its concerns.
/// </summary>
public sealed record ProviderRiskInput(
    Provider Provider,
    IReadOnlyList<CqcRatingRecord> CqcRows,
    IReadOnlyList<QualityAudit> Audits,
    IReadOnlyList<AuditAction> Actions,
    IReadOnlyList<ProviderConcern> Concerns)
{
    /// <summary>The input for one provider, holding only its own rows of <paramref name="data"/>.</summary>
    public static ProviderRiskInput For(Provider provider, CommissioningData data)
    {
        var location = provider.CqcLocationId?.Trim();
        var audits = data.Audits.Where(a => string.Equals(a.ProviderCode, provider.Code, StringComparison.Ordinal)).ToList();
        var auditCodes = audits.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        return new ProviderRiskInput(
            provider,
            string.IsNullOrEmpty(location) ? [] : data.CqcRatings.Where(r => string.Equals(r.LocationId.Trim(), location, StringComparison.OrdinalIgnoreCase)).ToList(),
            audits,
            data.Actions.Where(a => auditCodes.Contains(a.AuditCode)).ToList(),
            data.Concerns.Where(c => string.Equals(c.ProviderCode, provider.Code, StringComparison.Ordinal)).ToList());
    }
}
