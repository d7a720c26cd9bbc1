using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>A service's budget lines of a plan year and their year-to-date sums.</summary>
/// <remarks>
/// Year to date is the months that have an actual. Variance = actual − budget over those months. Forecast outturn =
/// year-to-date actual plus the budget of the remaining months (those without an actual yet), stated as such.
/// </remarks>
public sealed record ServiceBudget(string ServiceCode, string ServiceName, IReadOnlyList<BudgetLine> Lines)
{
    public decimal Budget => Lines.Sum(l => l.Budget);

    public decimal BudgetToDate => Lines.Where(l => l.Actual is not null).Sum(l => l.Budget);

    public decimal ActualToDate => Lines.Sum(l => l.Actual ?? 0m);

    public decimal VarianceToDate => ActualToDate - BudgetToDate;

    public decimal RemainingBudget => Lines.Where(l => l.Actual is null).Sum(l => l.Budget);

    public decimal ForecastOutturn => ActualToDate + RemainingBudget;

    public int MonthsWithActual => Lines.Count(l => l.Actual is not null);
}

/// <summary>A VfP scheme of the year with its savings by month and delivered to the reporting month.</summary>
public sealed record SchemeRow(VfpScheme Scheme, string ServiceName, IReadOnlyDictionary<YearMonth, decimal> Savings, decimal DeliveredToDate)
{
    /// <summary>
    /// Savings are recorded but the scheme's QIA is not approved (it lost approval after they were recorded): they stay
    /// stored and shown, but count in no delivery against plan until it is approved again.
    /// </summary>
    public bool SavingsNotCounted => Scheme.QiaStatus != QiaStatus.Approved && Savings.Values.Any(s => s != 0);
}

/// <summary>A service's VfP delivery against plan to the reporting month: approved schemes only (Core's vfp-delivery rule).</summary>
public sealed record VfpServiceRow(string ServiceCode, string ServiceName, decimal Delivered, decimal Plan);

/// <summary>The budget and Value for Patients of a plan year, as at today.</summary>
public sealed record BudgetView(
    PlanYear Year,
    IReadOnlyList<YearMonth> Months,
    IReadOnlyList<ServiceBudget> Services,
    IReadOnlyList<SchemeRow> Schemes,
    YearMonth? ReportingMonth,
    int MonthsElapsed,
    IReadOnlyList<VfpServiceRow> Delivery)
{
    public static BudgetView Of(CommissioningSnapshot snapshot, PlanYear year)
    {
        var april = YearMonth.Of(year.Start);
        var months = Enumerable.Range(0, 12).Select(april.AddMonths).ToList();
        var inYear = months.ToHashSet();
        var services = snapshot.Data.Budget.Where(b => inYear.Contains(b.Month))
            .GroupBy(b => b.ServiceCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ServiceBudget(g.Key, snapshot.UnitName(g.Key), [.. g.OrderBy(b => b.Month)]))
            .ToList();

        var reporting = ReportingMonthOf(year, snapshot.Today);
        var elapsed = reporting is { } r ? r.Index - april.Index + 1 : 0;
        var schemes = snapshot.Data.Schemes.Where(s => s.PlanYear == year)
            .OrderBy(s => s.ServiceCode, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s =>
            {
                var delivery = snapshot.Data.Delivery.Where(d => string.Equals(d.SchemeCode, s.Code, StringComparison.Ordinal) && inYear.Contains(d.Month)).ToList();
                return new SchemeRow(
                    s,
                    snapshot.UnitName(s.ServiceCode),
                    delivery.GroupBy(d => d.Month).ToDictionary(g => g.Key, g => g.Sum(d => d.Saving)),
                    reporting is { } to ? delivery.Where(d => d.Month <= to).Sum(d => d.Saving) : 0m);
            })
            .ToList();

        var delivered = reporting is { } month
            ? CommissioningMetrics.Rows(CommissioningMetrics.VfpDelivery, snapshot.Data, [month])
                .Select(row => new VfpServiceRow(row.ServiceCode!, snapshot.UnitName(row.ServiceCode), (decimal)row.Numerator, (decimal)(row.Denominator ?? 0)))
                .ToList()
            : [];
        return new BudgetView(year, months, services, schemes, reporting, elapsed, delivered);
    }

    /// <summary>
    /// The month VfP delivery is reported to: the last complete month before today within the year; March for a past year;
    /// null for a year not yet begun or whose first month is not complete.
    /// </summary>
    public static YearMonth? ReportingMonthOf(PlanYear year, DateOnly today)
    {
        var april = YearMonth.Of(year.Start);
        var march = april.AddMonths(11);
        var lastComplete = YearMonth.Of(today).AddMonths(-1);
        if (lastComplete < april)
        {
            return null;
        }

        return lastComplete > march ? march : lastComplete;
    }

    /// <summary>This view kept to one service: its budget lines, its schemes and its delivery against plan.</summary>
    public BudgetView ForService(string serviceCode) => this with
    {
        Services = [.. Services.Where(s => string.Equals(s.ServiceCode, serviceCode, StringComparison.Ordinal))],
        Schemes = [.. Schemes.Where(s => string.Equals(s.Scheme.ServiceCode, serviceCode, StringComparison.Ordinal))],
        Delivery = [.. Delivery.Where(d => string.Equals(d.ServiceCode, serviceCode, StringComparison.Ordinal))],
    };

    public decimal Budget => Services.Sum(s => s.Budget);

    public decimal BudgetToDate => Services.Sum(s => s.BudgetToDate);

    public decimal ActualToDate => Services.Sum(s => s.ActualToDate);

    public decimal VarianceToDate => Services.Sum(s => s.VarianceToDate);

    public decimal RemainingBudget => Services.Sum(s => s.RemainingBudget);

    public decimal ForecastOutturn => Services.Sum(s => s.ForecastOutturn);
}
