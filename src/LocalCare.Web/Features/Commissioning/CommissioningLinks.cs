namespace LocalCare.Web.Features.Commissioning;

/// <summary>The addresses of a contract's, a VfP scheme's, a service's budget and a CQC location's pages (the audit search links to them too).</summary>
public static class CommissioningLinks
{
    public const string BudgetUrl = "/commissioning/budget";

    public static string Contract(string code) => "/commissioning/contracts/" + Uri.EscapeDataString(code);

    public static string VfpScheme(string code) => $"{BudgetUrl}/vfp/{Uri.EscapeDataString(code)}";

    /// <summary>The budget page kept to one service (its history below), for a plan year or the current one.</summary>
    public static string BudgetService(string serviceCode, Core.Plans.PlanYear? year = null) =>
        $"{BudgetUrl}?service={Uri.EscapeDataString(serviceCode)}" + (year is { } y ? "&year=" + Uri.EscapeDataString(y.Label) : "");

    /// <summary>Sends to the page of the provider with that CQC location (whose history shows the location's).</summary>
    public static string CqcLocation(string locationId) => "/commissioning/cqc-locations/" + Uri.EscapeDataString(locationId);
}
