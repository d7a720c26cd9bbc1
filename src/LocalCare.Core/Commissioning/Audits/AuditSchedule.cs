namespace LocalCare.Core.Commissioning.Audits;

/// <summary>
/// One provider on the audit schedule at a date: its risk band and score, its latest audit (date and code), when its next review
/// is due, whether that is overdue and how many days away it is (negative when overdue).
/// </summary>
public sealed record AuditScheduleRow(
    string ProviderCode,
    string ProviderName,
    RiskBand Band,
    int Score,
    DateOnly? LastAudit,
    string? LastAuditCode,
    DateOnly NextReview,
    bool Overdue,
    int DaysUntilDue);

/// <summary>
/// Which rows of the schedule to show: only overdue ones, only those due within a number of days of the schedule's date
/// (overdue ones included: they are due too), and only one band. Null or false: no filter.
/// </summary>
public sealed record AuditScheduleFilter(bool OverdueOnly = false, int? DueWithinDays = null, RiskBand? Band = null)
{
    public static AuditScheduleFilter None { get; } = new();

    /// <summary>Due within N days of the date: next review on or before date + N.</summary>
    public bool Matches(AuditScheduleRow row) =>
        (!OverdueOnly || row.Overdue)
        && (DueWithinDays is not { } days || row.DaysUntilDue <= days)
        && (Band is not { } band || row.Band == band);
}

/// <summary>
/// The quality-audit schedule at a date, from the provider risk rating (commissioning.md): every provider with a contract active
/// on it, its band, its last audit and when the next review is due; overdue first, then by due date, then by provider code.
/// </summary>
public static class AuditSchedule
{
    /// <summary>The schedule of <paramref name="data"/> at <paramref name="date"/>.</summary>
    public static IReadOnlyList<AuditScheduleRow> At(CommissioningData data, DateOnly date) =>
        From(ProviderRisk.AssessActive(data, date), data.Providers, data.Audits, date);

    /// <summary>
    /// The schedule from risk results already computed at <paramref name="date"/>. The last audit's code is that of the audit the
    /// rating took (the latest on or before the date; on a day with two, the worse overall, then the lower code).
    /// </summary>
    public static IReadOnlyList<AuditScheduleRow> From(
        IEnumerable<ProviderRiskResult> results, IEnumerable<Provider> providers, IEnumerable<QualityAudit> audits, DateOnly date)
    {
        var names = providers.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var byProvider = audits.Where(a => a.AuditDate <= date).ToLookup(a => a.ProviderCode, StringComparer.Ordinal);
        return results
            .Select(r => new AuditScheduleRow(
                r.ProviderCode,
                names.GetValueOrDefault(r.ProviderCode, r.ProviderCode),
                r.Band,
                r.Score,
                r.LastAudit,
                r.LastAudit is { } last
                    ? byProvider[r.ProviderCode].Where(a => a.AuditDate == last).OrderByDescending(a => a.Overall).ThenBy(a => a.Code, StringComparer.Ordinal).First().Code
                    : null,
                r.NextReview,
                r.Overdue,
                r.NextReview.DayNumber - date.DayNumber))
            .OrderByDescending(r => r.Overdue)
            .ThenBy(r => r.NextReview)
            .ThenBy(r => r.ProviderCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The rows <paramref name="filter"/> keeps, in their order.</summary>
    public static IReadOnlyList<AuditScheduleRow> Filter(IEnumerable<AuditScheduleRow> rows, AuditScheduleFilter filter) => rows.Where(filter.Matches).ToList();
}
