using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using LocalCare.Data;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>
/// A metric's exception narrative for a meeting. Its accountable person, executives and administrators write it (starting from
/// the board's last meeting's text); others who may read drafts read it; a viewer may not.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = BoardAccess.DraftReaderRoles)] // drafts are not for viewers, as metadata so the matrix sees it
public sealed class NarrativeModel(LocalCareDbContext db, Narratives narratives) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public MetricDefinition Metric { get; private set; } = null!;

    public NarrativeInput Input { get; private set; } = new();

    public bool CanWrite { get; private set; }

    /// <summary>The date of the earlier meeting whose narrative the form starts from; null when it starts empty or from this meeting's own.</summary>
    public DateOnly? StartedFrom { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task<IActionResult> OnGetAsync(int id, string metricId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, metricId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await narratives.ForAsync(id, metricId, cancellationToken) is { } own)
        {
            Input = NarrativeInput.From(own);
        }
        else if (await narratives.PreviousAsync(Meeting, metricId, cancellationToken) is { } previous)
        {
            Input = NarrativeInput.From(previous.Narrative);
            StartedFrom = previous.Date;
        }
        else
        {
            Input = new NarrativeInput { AccountablePerson = Metric.AccountableUserName };
        }

        Input.WithBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string metricId, NarrativeInput input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, metricId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!CanWrite)
        {
            return Forbid();
        }

        var problems = await narratives.SaveAsync(Meeting, Metric, input, User.NameOf(), cancellationToken);
        if (problems.Count > 0)
        {
            Input = input.WithBlankRows();
            Errors = FormErrors.Of(problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["Message"] = $"Narrative for {Metric.Name} saved";
        return Redirect($"/meetings/{id}#metrics");
    }

    private async Task<IActionResult?> LoadAsync(int id, string metricId, CancellationToken cancellationToken)
    {
        if (!User.CanReadDrafts())
        {
            return Forbid();
        }

        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        var metric = await db.Metrics.AsNoTracking().SingleOrDefaultAsync(m => m.Id == metricId, cancellationToken);
        if (meeting is null || metric is null || metric.BoardCode != meeting.BoardCode)
        {
            return NotFound();
        }

        (Meeting, Metric) = (meeting, metric);
        CanWrite = User.CanWriteNarrative(metric.AccountableUserName);
        return null;
    }
}
