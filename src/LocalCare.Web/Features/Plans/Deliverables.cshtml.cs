using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Plans;

/// <summary>The deliverables table with its GET filters.</summary>
public sealed class DeliverablesModel(DeliverableListQuery query) : PageModel
{
    public DeliverableList List { get; private set; } = null!;

    /// <summary>Filter problems by parameter name (a status typed into the address that does not exist).</summary>
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(string? priority, string? workplan, string? status, string? owner, CancellationToken cancellationToken)
    {
        var filter = new DeliverableFilter(priority, workplan, status, owner).Normalised();
        Problems = filter.Problems();
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = filter with { Status = null };
        }

        List = await query.LoadAsync(filter, cancellationToken);
    }
}
