using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Home;

/// <summary>Home: the plan at a glance.</summary>
public sealed class IndexModel(PlanAtAGlanceQuery query) : PageModel
{
    public PlanAtAGlance Plan { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Plan = await query.LoadAsync(cancellationToken);

    /// <summary>The deliverables list filtered to one priority (or all) and one status (or all).</summary>
    public static string DeliverablesLink(string? priority, string? status)
    {
        var query = new List<string>();
        if (priority is not null)
        {
            query.Add("priority=" + Uri.EscapeDataString(priority));
        }

        if (status is not null)
        {
            query.Add("status=" + Uri.EscapeDataString(status));
        }

        return "/deliverables" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
