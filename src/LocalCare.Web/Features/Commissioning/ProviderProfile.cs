using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>One month end of a provider's band history: its risk rating then (null: no active contract) and whether the band changed from the month before.</summary>
public sealed record BandHistoryRow(DateOnly MonthEnd, ProviderRiskResult? Risk, bool Changed);

/// <summary>One publication date of a location's CQC ratings: the rating text per domain published that day (null: none that day).</summary>
public sealed record CqcHistoryRow(DateOnly Published, IReadOnlyDictionary<CqcDomain, string?> Ratings);

/// <summary>A month's spend on a contract, the cumulative spend of its contract year and the monthly plan (annual value ÷ 12).</summary>
public sealed record SpendRow(YearMonth Month, decimal Spend, decimal ContractYearToDate, int ContractYear, decimal MonthlyPlan);

/// <summary>A contract with its spend by month and its social value commitments (the provider's page and the contract's own).</summary>
public sealed record ContractDetail(ProviderContract Contract, IReadOnlyList<SpendRow> Spend, IReadOnlyList<SocialValueCommitment> SocialValue)
{
    public static ContractDetail Of(CommissioningSnapshot snapshot, ProviderContract contract) => new(
        contract,
        ProviderProfile.SpendRows(contract, snapshot.Data.Spend.Where(s => string.Equals(s.ContractCode, contract.Code, StringComparison.Ordinal))),
        [.. snapshot.SocialValue.Where(s => string.Equals(s.ContractCode, contract.Code, StringComparison.Ordinal)).OrderBy(s => s.Theme).ThenBy(s => s.Measure, StringComparer.Ordinal)]);
}

/// <summary>An audit action with its state at today.</summary>
public sealed record ActionRow(AuditAction Action, bool Open, bool Overdue);

/// <summary>Everything the provider's page shows, at today.</summary>
public sealed record ProviderProfile(
    Provider Provider,
    CqcRatingResult Cqc,
    ProviderRiskResult? Risk,
    IReadOnlyList<BandHistoryRow> BandHistory,
    IReadOnlyList<CqcHistoryRow> CqcHistory,
    IReadOnlyDictionary<CqcDomain, CqcRatingResult> CqcToday,
    IReadOnlyList<QualityAudit> Audits,
    IReadOnlyList<ActionRow> Actions,
    IReadOnlyList<ProviderConcern> Concerns,
    IReadOnlyList<ContractDetail> Contracts)
{
    /// <summary>The month ends the band history covers: the last 24 before today, oldest first.</summary>
    public const int BandHistoryMonths = 24;

    public static ProviderProfile Of(CommissioningSnapshot snapshot, Provider provider)
    {
        var data = snapshot.Data;
        var today = snapshot.Today;
        var cqcRows = CqcRowsOf(provider, data.CqcRatings);

        var input = ProviderRiskInput.For(provider, data);
        var active = data.Contracts.Where(c => string.Equals(c.ProviderCode, provider.Code, StringComparison.Ordinal)).ToList();
        ProviderRiskResult? RiskAt(DateOnly date) => active.Any(c => c.IsActiveOn(date)) ? ProviderRisk.Assess(input, date) : null;

        var history = new List<BandHistoryRow>();
        var lastMonth = YearMonth.Of(today).AddMonths(-1);
        RiskBand? previous = null;
        var first = true;
        for (var i = BandHistoryMonths - 1; i >= 0; i--)
        {
            var monthEnd = lastMonth.AddMonths(-i).LastDay;
            var risk = RiskAt(monthEnd);
            history.Add(new BandHistoryRow(monthEnd, risk, !first && risk?.Band != previous));
            previous = risk?.Band;
            first = false;
        }

        var cqcHistory = cqcRows
            .GroupBy(r => r.PublicationDate)
            .OrderByDescending(g => g.Key)
            .Select(g => new CqcHistoryRow(g.Key, CqcDomains.All.ToDictionary(d => d, d => RatingText(g.Where(r => r.Domain == d).ToList()))))
            .ToList();

        var audits = input.Audits.OrderByDescending(a => a.AuditDate).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
        var actions = input.Actions
            .Select(a => new ActionRow(a, !(a.CompletedDate is { } done && done <= today), a.IsOverdueOn(today)))
            .OrderByDescending(a => a.Open).ThenByDescending(a => a.Overdue).ThenBy(a => a.Action.DueDate).ThenBy(a => a.Action.Code, StringComparer.Ordinal)
            .ToList();

        var contracts = active.OrderBy(c => c.StartDate).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => ContractDetail.Of(snapshot, c))
            .ToList();

        return new ProviderProfile(
            provider,
            CqcRatingAt.ForProvider(provider, cqcRows, today),
            RiskAt(today),
            history,
            cqcHistory,
            CqcDomains.All.ToDictionary(d => d, d => CqcRatingAt.At(cqcRows, d, today)),
            audits,
            actions,
            [.. input.Concerns.OrderByDescending(c => c.IsOpenOn(today)).ThenByDescending(c => c.Opened).ThenBy(c => c.Code, StringComparer.Ordinal)],
            contracts);
    }

    /// <summary>The ratings of the provider's CQC location (ids matched trimmed, in any case); none without a location.</summary>
    public static List<CqcRatingRecord> CqcRowsOf(Provider provider, IEnumerable<CqcRatingRecord> ratings)
    {
        var location = provider.CqcLocationId?.Trim();
        return string.IsNullOrEmpty(location)
            ? []
            : [.. ratings.Where(r => string.Equals(r.LocationId.Trim(), location, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>
    /// Spend by month, oldest first, with the cumulative spend of the contract year: contract year 1 is the 12 months from the
    /// start month, year 2 the next 12, and so on (the cumulative starts again each year).
    /// </summary>
    public static IReadOnlyList<SpendRow> SpendRows(ProviderContract contract, IEnumerable<ContractSpend> spend)
    {
        var start = YearMonth.Of(contract.StartDate);
        var plan = contract.AnnualValue / 12m;
        var rows = new List<SpendRow>();
        var year = int.MinValue;
        var cumulative = 0m;
        foreach (var month in spend.OrderBy(s => s.Month))
        {
            var contractYear = ((month.Month.Index - start.Index) / 12) + 1;
            if (month.Month.Index < start.Index)
            {
                contractYear = 0;
            }

            if (contractYear != year)
            {
                year = contractYear;
                cumulative = 0m;
            }

            cumulative += month.Amount;
            rows.Add(new SpendRow(month.Month, month.Amount, cumulative, contractYear, plan));
        }

        return rows;
    }

    /// <summary>The Overall group's text that day; without one, each other group's text ("group: text"); null with no row.</summary>
    private static string? RatingText(List<CqcRatingRecord> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        var overall = rows.Where(r => string.Equals(r.ServiceGroup.Trim(), CqcRatingAt.OverallGroup, StringComparison.OrdinalIgnoreCase)).ToList();
        return overall.Count > 0
            ? string.Join("; ", overall.Select(r => r.RatingText))
            : string.Join("; ", rows.OrderBy(r => r.ServiceGroup, StringComparer.Ordinal).Select(r => $"{r.ServiceGroup}: {r.RatingText}"));
    }
}
