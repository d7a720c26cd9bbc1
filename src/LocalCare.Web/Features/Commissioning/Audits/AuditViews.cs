using System.Globalization;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Inputs;
using LocalCare.Web.Features.Performance;

namespace LocalCare.Web.Features.Commissioning.Audits;

/// <summary>An NHS.UK tag: its classes and text.</summary>
public sealed record AuditTag(string CssClass, string Text);

/// <summary>How the audit pages write bands, ratings, dates and the URLs they link to.</summary>
public static class AuditViews
{
    public const string ScheduleUrl = "/commissioning/audits";

    public static string AuditUrl(string code) => $"{ScheduleUrl}/{Uri.EscapeDataString(code)}";

    public static string NewAuditUrl(string providerCode) => $"{ScheduleUrl}/new?provider={Uri.EscapeDataString(providerCode)}";

    /// <summary>The other register page of a provider (its contracts, ratings, risk).</summary>
    public static string ProviderUrl(string providerCode) => $"/commissioning/providers/{Uri.EscapeDataString(providerCode)}";

    public static AuditTag Band(RiskBand band) => band switch
    {
        RiskBand.High => new("nhsuk-tag nhsuk-tag--red", "High"),
        RiskBand.Medium => new("nhsuk-tag nhsuk-tag--orange", "Medium"),
        _ => new("nhsuk-tag nhsuk-tag--green", "Low"),
    };

    public static AuditTag Rating(AuditRating? rating) => rating switch
    {
        null => new("nhsuk-tag nhsuk-tag--grey", "Not looked at"),
        AuditRating.Excellent => new("nhsuk-tag nhsuk-tag--blue", "Excellent"),
        AuditRating.Good => new("nhsuk-tag nhsuk-tag--green", "Good"),
        AuditRating.RequiresImprovement => new("nhsuk-tag nhsuk-tag--orange", "Requires improvement"),
        _ => new("nhsuk-tag nhsuk-tag--red", "Poor"),
    };

    /// <summary>An action's state on <paramref name="today"/>: completed (and when), overdue, or open.</summary>
    public static AuditTag ActionState(AuditAction action, DateOnly today) =>
        action.CompletedDate is { } done ? new("nhsuk-tag nhsuk-tag--green", "Completed " + Date(done))
        : action.IsOverdueOn(today) ? new("nhsuk-tag nhsuk-tag--red", "Overdue")
        : new("nhsuk-tag nhsuk-tag--blue", "Open");

    /// <summary>"Overdue by 3 days", "Due today", "Due in 12 days".</summary>
    public static string Due(AuditScheduleRow row) => row.DaysUntilDue switch
    {
        < 0 => $"Overdue by {Days(-row.DaysUntilDue)}",
        0 => "Due today",
        _ => $"Due in {Days(row.DaysUntilDue)}",
    };

    public static string Date(DateOnly date) => AuditFields.Format(date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Each problem against the id of its field on the page: <c>{prefix}-{field}</c>, or the field itself with no prefix.</summary>
    public static FormErrors Errors(string? prefix, IEnumerable<FieldProblem> problems)
    {
        var errors = new FormErrors();
        foreach (var problem in problems)
        {
            errors.Add(prefix is null ? problem.Field : $"{prefix}-{problem.Field}", problem.Message);
        }

        return errors;
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
