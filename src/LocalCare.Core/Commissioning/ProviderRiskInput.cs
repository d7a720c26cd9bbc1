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

    /// <summary>
    /// Every provider's input, the same as <see cref="For"/> gives one by one, from rows grouped once (the reviews metric
    /// rates every provider every month; <see cref="For"/> for each would scan every row for each provider).
    /// </summary>
    public static IReadOnlyDictionary<string, ProviderRiskInput> ForAll(CommissioningData data)
    {
        var ratings = data.CqcRatings.ToLookup(r => r.LocationId.Trim(), StringComparer.OrdinalIgnoreCase);
        var audits = data.Audits.ToLookup(a => a.ProviderCode, StringComparer.Ordinal);
        var actions = data.Actions.ToLookup(a => a.AuditCode, StringComparer.Ordinal);
        var concerns = data.Concerns.ToLookup(c => c.ProviderCode, StringComparer.Ordinal);
        var inputs = new Dictionary<string, ProviderRiskInput>(StringComparer.Ordinal);
        foreach (var provider in data.Providers)
        {
            var location = provider.CqcLocationId?.Trim();
            var own = audits[provider.Code].ToList();
            var codes = own.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            inputs.TryAdd(provider.Code, new ProviderRiskInput(
                provider,
                string.IsNullOrEmpty(location) ? [] : [.. ratings[location]],
                own,
                [.. codes.SelectMany(c => actions[c])],
                [.. concerns[provider.Code]]));
        }

        return inputs;
    }
}
