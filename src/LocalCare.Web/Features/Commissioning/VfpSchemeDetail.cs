using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>A month of a scheme's plan year: its saving (null: none recorded), delivered from April to it, and the plan to it (annual target × months ÷ 12).</summary>
public sealed record VfpMonthRow(YearMonth Month, decimal? Saving, decimal DeliveredToDate, decimal PlanToDate);

/// <summary>
/// A VfP scheme's page: the scheme as the budget page's row shows it (savings by month, delivered to the reporting month) and its
/// plan year month by month. The plan to a month is the annual target × months elapsed (April = 1) ÷ 12, the vfp-delivery metric's
/// denominator for one scheme; a scheme whose QIA is not approved counts in neither side of that metric.
/// </summary>
public sealed record VfpSchemeDetail(SchemeRow Row, IReadOnlyList<VfpMonthRow> Months, YearMonth? ReportingMonth, int MonthsElapsed)
{
    /// <summary>The plan from April to the reporting month.</summary>
    public decimal PlanToDate => Row.Scheme.AnnualTarget * MonthsElapsed / 12m;

    /// <summary>Counted in Value for Patients delivery against plan: only schemes whose QIA is approved.</summary>
    public bool Counted => Row.Scheme.QiaStatus == QiaStatus.Approved;

    /// <summary>The scheme with that code (ordinal), read through its plan year's <see cref="BudgetView"/>; null when there is none.</summary>
    public static VfpSchemeDetail? Of(CommissioningSnapshot snapshot, string code)
    {
        if (snapshot.Data.Schemes.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal)) is not { } scheme)
        {
            return null;
        }

        var view = BudgetView.Of(snapshot, scheme.PlanYear);
        var row = view.Schemes.Single(s => string.Equals(s.Scheme.Code, code, StringComparison.Ordinal));
        var months = new List<VfpMonthRow>();
        var delivered = 0m;
        for (var i = 0; i < view.Months.Count; i++)
        {
            var month = view.Months[i];
            decimal? saving = row.Savings.TryGetValue(month, out var s) ? s : null;
            delivered += saving ?? 0m;
            months.Add(new VfpMonthRow(month, saving, delivered, scheme.AnnualTarget * (i + 1) / 12m));
        }

        return new VfpSchemeDetail(row, months, view.ReportingMonth, view.MonthsElapsed);
    }
}
