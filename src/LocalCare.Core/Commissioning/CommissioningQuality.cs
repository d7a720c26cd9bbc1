using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;

namespace LocalCare.Core.Commissioning;

/// <summary>What the data-quality mark reads for one commissioning metric in a month: its source files, how recent each dated source is, and the month's rows with those that have a problem.</summary>
/// <param name="Files">The commissioning files (and the CQC ratings) the metric is computed from, for the appendix.</param>
/// <param name="LatestMonths">The latest month of each dated source; null when it has no data.</param>
/// <param name="Rows">The month's rows the figure rests on, plus the rows the latest imports of its files rejected.</param>
/// <param name="ProblemRows">Of those: rejected rows and rows missing their linkage (a provider with no CQC location in the ratings).</param>
public sealed record CommissioningSourceMonth(IReadOnlyList<string> Files, IReadOnlyList<YearMonth?> LatestMonths, long Rows, long ProblemRows);

/// <summary>
/// Timely and Complete for the six commissioning metrics (board-packs.md, docs/board-packs.md): computed from the commissioning
/// data and the latest import's rejected rows of each file, never typed. The dated sources are the CQC ratings (their latest
/// publication), spend, budget actuals and Value for Patients delivery (their latest month); the registers (providers,
/// contracts, audits, concerns) are a state rather than a monthly feed, so they count for Complete only.
/// </summary>
public static class CommissioningQuality
{
    /// <summary>The key of the CQC ratings import's rejected rows (its file name varies from month to month).</summary>
    public const string CqcRatings = "cqc-ratings";

    /// <param name="metricId">One of <see cref="CommissioningMetrics.Ids"/>.</param>
    /// <param name="data">The commissioning data as stored.</param>
    /// <param name="month">The reporting month.</param>
    /// <param name="rejectedByFile">Per file name (lower case; <see cref="CqcRatings"/> for the ratings), the rows its latest import rejected.</param>
    public static CommissioningSourceMonth Of(string metricId, CommissioningData data, YearMonth month, IReadOnlyDictionary<string, long> rejectedByFile)
    {
        var census = month.LastDay;
        long Rejected(IEnumerable<string> files) => files.Sum(f => rejectedByFile.GetValueOrDefault(f));
        switch (metricId)
        {
            case CommissioningMetrics.CareHomeBedsGoodOutstanding:
            case CommissioningMetrics.ProvidersGoodOutstanding:
            case CommissioningMetrics.ProviderReviewsOnTime:
                {
                    string[] files = metricId == CommissioningMetrics.ProviderReviewsOnTime
                        ? ["providers.csv", "contracts.csv", "audits.csv", "concerns.csv", CqcRatings]
                        : ["providers.csv", "contracts.csv", CqcRatings];
                    var active = ProviderRisk.ActiveProviders(data.Contracts, census).ToHashSet(StringComparer.Ordinal);
                    var population = data.Providers
                        .Where(p => active.Contains(p.Code) && (metricId != CommissioningMetrics.CareHomeBedsGoodOutstanding || p.ServiceType.IsCareHome()))
                        .ToList();
                    var located = data.CqcRatings.Select(r => r.LocationId.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    var unlinked = population.Count(p => p.CqcLocationId is not { } location || !located.Contains(location.Trim()));
                    var published = data.CqcRatings.Count == 0 ? (YearMonth?)null : YearMonth.Of(data.CqcRatings.Max(r => r.PublicationDate));
                    var rejected = Rejected(files);
                    return new CommissioningSourceMonth(files, [published], population.Count + rejected, unlinked + rejected);
                }

            case CommissioningMetrics.LocalSpend:
                {
                    string[] files = ["spend.csv", "contracts.csv", "providers.csv"];
                    var contracts = data.Contracts.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
                    var rows = data.Spend.Where(s => s.Month == month).ToList();
                    var rejected = Rejected(files);
                    return new CommissioningSourceMonth(
                        files, [Latest(data.Spend.Select(s => s.Month))], rows.Count + rejected, rows.Count(s => !contracts.Contains(s.ContractCode)) + rejected);
                }

            case CommissioningMetrics.BudgetVariance:
                {
                    string[] files = ["budget.csv"];
                    var rows = data.Budget.Count(b => b.Month == month);
                    var rejected = Rejected(files);
                    return new CommissioningSourceMonth(files, [Latest(data.Budget.Where(b => b.Actual is not null).Select(b => b.Month))], rows + rejected, rejected);
                }

            case CommissioningMetrics.VfpDelivery:
                {
                    string[] files = ["vfp_schemes.csv", "vfp_delivery.csv"];
                    var year = Plans.PlanYear.Of(month.FirstDay);
                    var schemes = data.Schemes.ToDictionary(s => s.Code, StringComparer.Ordinal);
                    // The year to date the figure adds up: April to the month.
                    var rows = data.Delivery.Where(d => d.Month <= month && Plans.PlanYear.Of(d.Month.FirstDay) == year).ToList();
                    var unlinked = rows.Count(d => !schemes.ContainsKey(d.SchemeCode));
                    var rejected = Rejected(files);
                    return new CommissioningSourceMonth(files, [Latest(data.Delivery.Select(d => d.Month))], rows.Count + rejected, unlinked + rejected);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(metricId), metricId, "not a commissioning metric");
        }
    }

    /// <summary>Timely and Complete by the packs' rules from what <see cref="Of"/> read.</summary>
    public static (Rag Timely, Rag Complete) Mark(YearMonth month, CommissioningSourceMonth sources) =>
        (DataQualityRules.Timely(month, sources.LatestMonths), DataQualityRules.Complete(sources.Rows, sources.ProblemRows));

    private static YearMonth? Latest(IEnumerable<YearMonth> months)
    {
        var list = months.ToList();
        return list.Count == 0 ? null : list.Max();
    }
}
