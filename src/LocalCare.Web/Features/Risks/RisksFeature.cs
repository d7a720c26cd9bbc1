using System.Security.Claims;
using LocalCare.Core.Risks;
using LocalCare.Web.Features.Plans;

namespace LocalCare.Web.Features.Risks;

/// <summary>Registers the risk register's pages and API (its reader and editor live in LocalCare.Data).</summary>
public static class RisksFeature
{
    public static WebApplicationBuilder AddLocalCareRisks(this WebApplicationBuilder builder) => builder;
}

/// <summary>The signed-in user's rights over the risk register (<see cref="RiskPermissions"/>).</summary>
public static class RiskAccess
{
    /// <summary>Raise and change any risk and its actions: administrators and executives.</summary>
    public static bool CanEditRisks(this ClaimsPrincipal user) => RiskPermissions.CanEdit(user.RolesOf());

    /// <summary>Re-score and review this risk: editors and its owner.</summary>
    public static bool CanRescore(this ClaimsPrincipal user, Risk risk) => RiskPermissions.CanRescore(user.RolesOf(), user.Identity?.Name, risk);

    /// <summary>The name the edit is recorded under (the signed-in user).</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}

/// <summary>An NHS.UK tag: its classes and text.</summary>
public sealed record RiskTag(string CssClass, string Text);

/// <summary>How the risk pages write bands, scores and dates, and the URLs they link to.</summary>
public static class RiskViews
{
    public const string RegisterUrl = "/risks";

    public const string NewUrl = "/risks/new";

    public static string RiskUrl(string code) => $"{RegisterUrl}/{Uri.EscapeDataString(code)}";

    public static string EditUrl(string code) => $"{RiskUrl(code)}/edit";

    /// <summary>The band as a tag: low green, moderate yellow, high orange, extreme red; always with its word.</summary>
    public static RiskTag Band(RiskScoreBand band) => band switch
    {
        RiskScoreBand.Low => new("nhsuk-tag nhsuk-tag--green", "Low"),
        RiskScoreBand.Moderate => new("nhsuk-tag nhsuk-tag--yellow", "Moderate"),
        RiskScoreBand.High => new("nhsuk-tag nhsuk-tag--orange", "High"),
        _ => new("nhsuk-tag nhsuk-tag--red", "Extreme"),
    };

    /// <summary>The heat map cell's class for a score's band.</summary>
    public static string CellClass(RiskScoreBand band) => "app-risk-cell app-risk-cell--" + band.ToCode();

    public static string Date(DateOnly date) => RiskFields.Format(date);

    public static RiskTag ActionStatus(RiskAction action, DateOnly today) =>
        action.Status == RiskActionStatus.Complete ? new("nhsuk-tag nhsuk-tag--green", "Complete")
        : action.IsOverdueOn(today) ? new("nhsuk-tag nhsuk-tag--red", "Overdue")
        : new("nhsuk-tag nhsuk-tag--blue", action.Status.ToLabel());

    /// <summary>"Likelihood 1 (rare)" … the NHS matrix's words for each value.</summary>
    public static string LikelihoodWord(int value) => value switch
    {
        1 => "Rare",
        2 => "Unlikely",
        3 => "Possible",
        4 => "Likely",
        _ => "Almost certain",
    };

    public static string ConsequenceWord(int value) => value switch
    {
        1 => "Negligible",
        2 => "Minor",
        3 => "Moderate",
        4 => "Major",
        _ => "Catastrophic",
    };
}
