using LocalCare.Core.Generation;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Commissioning;

/// <summary>
/// The six commissioning metrics of commissioning.md as base rows per month; the census of a month is its last day.
/// Provider metrics give one row per month and provider neighbourhood (null: none) with ServiceCode null; budget-variance
/// and vfp-delivery give one row per month and service with NeighbourhoodCode null. Rows come only where there is something
/// to count, ordered by month then neighbourhood or service (null first, then ordinal); a month asked for twice counts once.
/// </summary>
/// <remarks>
/// A provider's CQC rating is <see cref="CqcRatingAt.ForProvider"/> (domain Overall, at the census; no location: unrated).
/// "Active contract" is a contract with start &lt;= census &lt;= end; a contract ending mid-month is not active at the census.
/// A contract whose provider is missing from the register is left out of the provider metrics.
/// </remarks>
public static class CommissioningMetrics
{
    public const string CareHomeBedsGoodOutstanding = "care-home-beds-good-outstanding";

    public const string ProvidersGoodOutstanding = "providers-good-outstanding";

    public const string ProviderReviewsOnTime = "provider-reviews-on-time";

    public const string LocalSpend = "local-spend";

    public const string BudgetVariance = "budget-variance";

    public const string VfpDelivery = "vfp-delivery";

    public static IReadOnlyList<string> Ids { get; } =
        [CareHomeBedsGoodOutstanding, ProvidersGoodOutstanding, ProviderReviewsOnTime, LocalSpend, BudgetVariance, VfpDelivery];

    /// <summary>The base rows of <paramref name="metricId"/> for <paramref name="months"/>.</summary>
    /// <exception cref="ArgumentException">The id is not one of <see cref="Ids"/>.</exception>
    public static IReadOnlyList<CommissioningMetricRow> Rows(string metricId, CommissioningData data, IEnumerable<YearMonth> months)
    {
        var ordered = months.Distinct().Order().ToList();
        return metricId switch
        {
            CareHomeBedsGoodOutstanding => CareHomeBeds(data, ordered),
            ProvidersGoodOutstanding => ProvidersRated(data, ordered),
            ProviderReviewsOnTime => ReviewsOnTime(data, ordered),
            LocalSpend => SpendWithLocalProviders(data, ordered),
            BudgetVariance => VarianceToBudget(data, ordered),
            VfpDelivery => VfpDeliveredAgainstPlan(data, ordered),
            _ => throw new ArgumentException($"'{metricId}' is not a commissioning metric.", nameof(metricId)),
        };
    }

    /// <summary>
    /// Beds of <c>care_home_*</c> providers with an active contract rated good or outstanding at the census / beds of those rated
    /// (unrated homes are in neither). A home with no beds given counts 0 beds. A row for each neighbourhood with at least one
    /// rated home, even if its beds total 0.
    /// </summary>
    private static List<CommissioningMetricRow> CareHomeBeds(CommissioningData data, List<YearMonth> months) =>
        RatedProviderRows(data, months, p => p.ServiceType.IsCareHome(), p => p.Beds ?? 0);

    /// <summary>
    /// Providers (every service type) with an active contract rated good or outstanding at the census / those rated; unrated
    /// providers are in neither. A row for each neighbourhood with at least one rated provider.
    /// </summary>
    private static List<CommissioningMetricRow> ProvidersRated(CommissioningData data, List<YearMonth> months) =>
        RatedProviderRows(data, months, _ => true, _ => 1);

    private static List<CommissioningMetricRow> RatedProviderRows(
        CommissioningData data, List<YearMonth> months, Func<Provider, bool> include, Func<Provider, int> weight)
    {
        var providers = Register(data);
        var locationRows = data.CqcRatings.ToLookup(r => r.LocationId.Trim(), StringComparer.OrdinalIgnoreCase);
        var rows = new List<CommissioningMetricRow>();
        foreach (var month in months)
        {
            var census = month.LastDay;
            var sums = new SortedDictionary<NeighbourhoodKey, (double Numerator, double Denominator)>();
            foreach (var provider in ActiveOn(data, providers, census).Where(include))
            {
                var history = provider.CqcLocationId is { } location ? locationRows[location.Trim()] : [];
                if (CqcRatingAt.ForProvider(provider, history, census).Rating is not { } rating)
                {
                    continue;
                }

                var key = new NeighbourhoodKey(provider.NeighbourhoodCode);
                var sum = sums.GetValueOrDefault(key);
                sums[key] = (sum.Numerator + (rating.IsGoodOrOutstanding() ? weight(provider) : 0), sum.Denominator + weight(provider));
            }

            rows.AddRange(sums.Select(s => new CommissioningMetricRow(month, null, s.Key.Code, s.Value.Numerator, s.Value.Denominator)));
        }

        return rows;
    }

    /// <summary>
    /// Providers with an active contract at the census whose <see cref="ProviderRisk.Assess"/> at the census is not overdue /
    /// providers with an active contract at the census. A row for each neighbourhood with at least one such provider.
    /// </summary>
    private static List<CommissioningMetricRow> ReviewsOnTime(CommissioningData data, List<YearMonth> months)
    {
        var providers = Register(data);
        var inputs = ProviderRiskInput.ForAll(data);
        var rows = new List<CommissioningMetricRow>();
        foreach (var month in months)
        {
            var census = month.LastDay;
            var sums = new SortedDictionary<NeighbourhoodKey, (double Numerator, double Denominator)>();
            foreach (var provider in ActiveOn(data, providers, census))
            {
                var input = inputs[provider.Code];
                var key = new NeighbourhoodKey(provider.NeighbourhoodCode);
                var sum = sums.GetValueOrDefault(key);
                sums[key] = (sum.Numerator + (ProviderRisk.Assess(input, census).Overdue ? 0 : 1), sum.Denominator + 1);
            }

            rows.AddRange(sums.Select(s => new CommissioningMetricRow(month, null, s.Key.Code, s.Value.Numerator, s.Value.Denominator)));
        }

        return rows;
    }

    /// <summary>
    /// Spend in the month on contracts of local providers / all spend in the month, credits included as negative amounts,
    /// whether or not the contract is active, per neighbourhood of the contract's provider. A row for each neighbourhood with
    /// at least one spend row in the month; when its spend nets to 0 the row's denominator is 0 (the value is then empty, not
    /// 0 or 100%). Spend on a contract not in the data is left out (it cannot be attributed); a contract whose provider is
    /// missing from the register counts as not local with no neighbourhood.
    /// </summary>
    private static List<CommissioningMetricRow> SpendWithLocalProviders(CommissioningData data, List<YearMonth> months)
    {
        var providers = Register(data);
        var contracts = data.Contracts.GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var wanted = months.ToHashSet();
        var sums = new SortedDictionary<(YearMonth Month, NeighbourhoodKey Neighbourhood), (decimal Local, decimal All)>();
        foreach (var spend in data.Spend.Where(s => wanted.Contains(s.Month)))
        {
            if (!contracts.TryGetValue(spend.ContractCode, out var contract))
            {
                continue;
            }

            var provider = providers.GetValueOrDefault(contract.ProviderCode);
            var key = (spend.Month, new NeighbourhoodKey(provider?.NeighbourhoodCode));
            var sum = sums.GetValueOrDefault(key);
            sums[key] = (sum.Local + (provider is { IsLocal: true } ? spend.Amount : 0m), sum.All + spend.Amount);
        }

        return sums.Select(s => new CommissioningMetricRow(s.Key.Month, null, s.Key.Neighbourhood.Code, (double)s.Value.Local, (double)s.Value.All)).ToList();
    }

    /// <summary>
    /// A count in GBP: per month and service, the sum of (actual − budget) over the budget lines of that month that have an
    /// actual; a row for each month and service with at least one actual. Lines with no actual (future months) are left out.
    /// </summary>
    private static List<CommissioningMetricRow> VarianceToBudget(CommissioningData data, List<YearMonth> months)
    {
        var wanted = months.ToHashSet();
        return data.Budget
            .Where(b => b.Actual is not null && wanted.Contains(b.Month))
            .GroupBy(b => (b.Month, b.ServiceCode))
            .Select(g => new CommissioningMetricRow(g.Key.Month, g.Key.ServiceCode, null, (double)g.Sum(b => b.Actual!.Value - b.Budget), null))
            .OrderBy(r => r.Month).ThenBy(r => r.ServiceCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Per month and service: savings delivered from April of the month's plan year to the month / (sum of annual_target of the
    /// service's approved schemes of that plan year × months elapsed ÷ 12), April being month 1. Both sides use the same
    /// schemes: those of the service whose plan year is the month's and whose QIA status is approved now (the import rejects a
    /// saving on a scheme not approved; a scheme that has lost approval since drops out of both). Savings of an earlier plan
    /// year's scheme delivered in this year are not counted. A row for each month and service with at least one such scheme,
    /// with numerator 0 when nothing is delivered yet.
    /// </summary>
    private static List<CommissioningMetricRow> VfpDeliveredAgainstPlan(CommissioningData data, List<YearMonth> months)
    {
        var rows = new List<CommissioningMetricRow>();
        var approved = data.Schemes.Where(s => s.QiaStatus == QiaStatus.Approved).ToList();
        foreach (var month in months)
        {
            var year = PlanYear.Of(month.FirstDay);
            var april = YearMonth.Of(year.Start);
            var elapsed = month.Index - april.Index + 1;
            foreach (var service in approved.Where(s => s.PlanYear == year).GroupBy(s => s.ServiceCode, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var codes = service.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
                var delivered = data.Delivery.Where(d => codes.Contains(d.SchemeCode) && d.Month >= april && d.Month <= month).Sum(d => d.Saving);
                var plan = service.Sum(s => s.AnnualTarget) * elapsed / 12m;
                rows.Add(new CommissioningMetricRow(month, service.Key, null, (double)delivered, (double)plan));
            }
        }

        return rows;
    }

    private static Dictionary<string, Provider> Register(CommissioningData data) =>
        data.Providers.GroupBy(p => p.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static IEnumerable<Provider> ActiveOn(CommissioningData data, Dictionary<string, Provider> providers, DateOnly census) =>
        ProviderRisk.ActiveProviders(data.Contracts, census).Where(providers.ContainsKey).Select(code => providers[code]);

    /// <summary>A neighbourhood code that sorts null first, then ordinally.</summary>
    private readonly record struct NeighbourhoodKey(string? Code) : IComparable<NeighbourhoodKey>
    {
        public int CompareTo(NeighbourhoodKey other) => string.CompareOrdinal(Code, other.Code);
    }
}
