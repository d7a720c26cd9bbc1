using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Admin.Audit;

/// <summary>The page that shows a subject's history (<see cref="LocalCare.Data.Audit.Subjects"/>), where there is one.</summary>
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
            "meeting" => "/meetings/" + E(key),
            "board" => "/boards/" + E(key),
            "board-actions" => $"/boards/{E(key)}/actions",
            "programme" => "/portfolio/" + E(key),
            "service-plan" when key.Split(':') is [var year, var unit] && PlanYear.TryParse(year, out var planYear) => $"/service-plans/{planYear.StartYear}/{E(unit)}",
            "quality-audit" => "/commissioning/audits/" + E(key),
            "provider" => "/commissioning/providers/" + E(key),
            "metric" => "/performance/" + E(key),
            "budget" => "/commissioning/budget",
            "vfp-scheme" => "/commissioning/budget",
            "contract" => "/commissioning/contracts",
            "risk" => "/risks/" + E(key),
            "user" => "/admin/users/" + E(key),
            "import" when key is "commissioning" or "cqc-ratings" => "/commissioning",
            _ => null,
        };
    }
}
