using LocalCare.Core.Plans;
using LocalCare.Data.Audit;
using LocalCare.Web.Features.Commissioning;

namespace LocalCare.Web.Features.Admin.Audit;

/// <summary>
/// The page that shows a subject's history (<see cref="Subjects"/>). Every kind of subject has one but
/// <c>metric-commentary:ID</c>, which the app never writes (see <see cref="Subjects.MetricCommentary"/>).
/// </summary>
public static class SubjectLinks
{
    public static string? For(string subject)
    {
        var colon = subject.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var (kind, key) = (subject[..colon], subject[(colon + 1)..]);
        string E(string s) => Uri.EscapeDataString(s);
        return kind switch
        {
            "plan" => "/plan?year=" + E(key),
            "deliverable" => "/deliverables/" + E(key),
            "workplan" => "/plan", // a workplan is in every year's plan history: the plan the pages show
            "kloe" => PlanCodes.YearOf(key) is { } year ? "/plan?year=" + E(year.Label) : "/plan",
            "partner-priority" => "/plan/alignment",
            "meeting" => "/meetings/" + E(key),
            "board" => "/boards/" + E(key),
            "board-actions" => $"/boards/{E(key)}/actions",
            "programme" => "/portfolio/" + E(key),
            "service-plan" when key.Split(':') is [var year, var unit] && PlanYear.TryParse(year, out var planYear) => $"/service-plans/{planYear.StartYear}/{E(unit)}",
            "quality-audit" => "/commissioning/audits/" + E(key),
            "provider" => "/commissioning/providers/" + E(key),
            "cqc-location" => CommissioningLinks.CqcLocation(key),
            "contract" => CommissioningLinks.Contract(key),
            "budget" => CommissioningLinks.BudgetService(key),
            "vfp-scheme" => CommissioningLinks.VfpScheme(key),
            "metric" => "/performance/" + E(key),
            "unit" => "/organisation",
            "risk" => "/risks/" + E(key),
            "user" => "/admin/users/" + E(key),
            "sign-in" => "/admin/audit?subject=" + E(subject), // the name typed may match no account: the search is its history
            "import" when key is Subjects.CommissioningImport or Subjects.CqcRatingsImport => Commissioning.Import.IndexModel.PageUrl,
            "import" when key is Subjects.OrganisationImport => "/organisation",
            _ => null,
        };
    }
}
