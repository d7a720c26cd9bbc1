using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Inputs;
using LocalCare.Data;
using LocalCare.Data.Audit;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>
/// A meeting: its pack (draft and published versions), the board's metrics with their flags and narratives, the cover sheet,
/// the actions raised and open, and the decisions. Analysts, executives and administrators run it from here; a viewer sees
/// only the meeting and its published packs.
/// </summary>
public sealed class MeetingModel(LocalCareDbContext db, BoardLogs logs, ChangeHistory history) : PageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public Board Board { get; private set; } = null!;

    public MeetingInput Cover { get; private set; } = new();

    public ActionInput NewAction { get; private set; } = new();

    public IReadOnlyList<ActionRow> OpenActions { get; private set; } = [];

    public IReadOnlyList<ActionRow> RaisedHere { get; private set; } = [];

    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    /// <summary>The board's metrics: whether each is flagged for this meeting, has narrative, and who is accountable.</summary>
    public IReadOnlyList<(string Id, string Name, string? Accountable, bool Flagged, bool HasNarrative)> Metrics { get; private set; } = [];

    public IReadOnlyList<PackVersion> Versions { get; private set; } = [];

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    [TempData]
    public string? Message { get; set; }

    public bool CanRun => User.CanRunMeetings();

    public bool CanReadDrafts => User.CanReadDrafts();

    public DateOnly Today => logs.Today;

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Cover = MeetingInput.From(Meeting);
        return Page();
    }

    public Task<IActionResult> OnPostCoverAsync(int id, MeetingInput cover, CancellationToken cancellationToken) => RunAsync(id, async meeting =>
    {
        Cover = cover;
        if (cover.Problems() is { Count: > 0 } problems)
        {
            return problems;
        }

        var tracked = await db.Meetings.SingleAsync(m => m.Id == meeting.Id, cancellationToken);
        cover.ApplyTo(tracked);
        tracked.Status = tracked.Status.AfterPackWork();
        await db.SaveChangesAsync(cancellationToken);
        Message = "Meeting and cover sheet saved";
        return [];
    }, cancellationToken);

    public Task<IActionResult> OnPostHeldAsync(int id, CancellationToken cancellationToken) => RunAsync(id, async meeting =>
    {
        if (meeting.Date > Today)
        {
            return [new FieldProblem("held", "A meeting can be marked as held only on or after its date")];
        }

        var tracked = await db.Meetings.SingleAsync(m => m.Id == meeting.Id, cancellationToken);
        tracked.Status = MeetingStatus.Held;
        await db.SaveChangesAsync(cancellationToken);
        Message = "Meeting marked as held";
        return [];
    }, cancellationToken);

    public Task<IActionResult> OnPostRaiseAsync(int id, ActionInput action, CancellationToken cancellationToken) => RunAsync(id, async meeting =>
    {
        NewAction = action;
        var (reference, problems) = await logs.RaiseAsync(meeting, action, cancellationToken);
        Message = reference is null ? null : $"Action {reference} raised";
        return problems;
    }, cancellationToken);

    public Task<IActionResult> OnPostUpdateAsync(int id, string reference, string? status, string? text, CancellationToken cancellationToken) => RunAsync(id, async meeting =>
    {
        var problems = await logs.UpdateAsync(meeting.BoardCode, reference, status, text, User.NameOf(), cancellationToken)
            ?? [new FieldProblem("update-status", $"{meeting.BoardCode} has no action {reference}")];
        Message = problems.Count == 0 ? $"Action {reference} updated" : null;
        return problems;
    }, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(int id, string reference, CancellationToken cancellationToken) => RunAsync(id, async meeting =>
    {
        var problems = await logs.CloseAsync(reference, meeting, User.NameOf(), cancellationToken) ?? [new FieldProblem("close-" + reference, $"There is no action {reference}")];
        Message = problems.Count == 0 ? $"Action {reference} closed at this meeting" : null;
        return problems;
    }, cancellationToken);

    public Task<IActionResult> OnPostDecideAsync(int id, string? decision, CancellationToken cancellationToken) => RunAsync(id, async meeting =>
    {
        var (reference, problems) = await logs.DecideAsync(meeting, decision, cancellationToken);
        Message = reference is null ? null : $"Decision {reference} recorded";
        return problems;
    }, cancellationToken);

    public Task<IActionResult> OnPostFlagAsync(int id, string? metricId, string? reason, CancellationToken cancellationToken) => RunAsync(id, async meeting =>
    {
        if (!Metrics.Any(m => m.Id == metricId))
        {
            return [new FieldProblem("flag-metric", "Select a metric of this board")];
        }

        var existing = await db.ExceptionFlags.SingleOrDefaultAsync(f => f.MeetingId == meeting.Id && f.MetricId == metricId, cancellationToken);
        if (existing is null)
        {
            db.ExceptionFlags.Add(new ExceptionFlag { MeetingId = meeting.Id, MetricId = metricId!, FlaggedBy = User.NameOf(), Reason = reason?.Trim() ?? "" });
            Message = $"{Metrics.First(m => m.Id == metricId).Name} flagged as an exception for this meeting";
        }
        else
        {
            db.ExceptionFlags.Remove(existing);
            Message = $"{Metrics.First(m => m.Id == metricId).Name} is no longer flagged";
        }

        var tracked = await db.Meetings.SingleAsync(m => m.Id == meeting.Id, cancellationToken);
        tracked.Status = tracked.Status.AfterPackWork();
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }, cancellationToken);

    /// <summary>Runs a change of meeting staff; redirects after it, or re-renders with its problems and status 400.</summary>
    private async Task<IActionResult> RunAsync(int id, Func<Meeting, Task<IReadOnlyList<FieldProblem>>> change, CancellationToken cancellationToken)
    {
        if (!CanRun)
        {
            return Forbid();
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var problems = await change(Meeting);
        if (problems.Count == 0)
        {
            return Redirect($"/meetings/{id}");
        }

        Errors = FormErrors.Of(problems);
        if (Cover.Date is null)
        {
            Cover = MeetingInput.From(Meeting);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return false;
        }

        Meeting = meeting;
        Board = await db.Boards.AsNoTracking().SingleAsync(b => b.Code == meeting.BoardCode, cancellationToken);
        Versions = await db.PackVersions.AsNoTracking().Where(v => v.MeetingId == id).OrderBy(v => v.Version)
            .Select(v => new PackVersion
            {
                Id = v.Id,
                MeetingId = v.MeetingId,
                Version = v.Version,
                PublishedAt = v.PublishedAt,
                PublishedBy = v.PublishedBy,
                CorrectionReason = v.CorrectionReason,
                NarrativeToFollow = v.NarrativeToFollow,
                Html = Array.Empty<byte>(),
                Pdf = Array.Empty<byte>(),
                Xlsx = Array.Empty<byte>(),
                Json = Array.Empty<byte>(),
                HtmlSha256 = v.HtmlSha256,
                PdfSha256 = v.PdfSha256,
                XlsxSha256 = v.XlsxSha256,
                JsonSha256 = v.JsonSha256,
            })
            .ToListAsync(cancellationToken);
        if (!CanReadDrafts)
        {
            return true;
        }

        var flags = await db.ExceptionFlags.AsNoTracking().Where(f => f.MeetingId == id).Select(f => f.MetricId).ToListAsync(cancellationToken);
        var narratives = await db.Narratives.AsNoTracking().Where(n => n.MeetingId == id).Select(n => n.MetricId).ToListAsync(cancellationToken);
        Metrics = [.. (await db.Metrics.AsNoTracking().Where(m => m.BoardCode == meeting.BoardCode).OrderBy(m => m.Name).ToListAsync(cancellationToken))
            .Select(m => (m.Id, m.Name, m.AccountableUserName, flags.Contains(m.Id), narratives.Contains(m.Id)))];
        var actions = await logs.ActionsAsync(meeting.BoardCode, cancellationToken);
        OpenActions = [.. actions.Where(a => a.Status != BoardActionStatus.Closed.ToCode())];
        RaisedHere = [.. actions.Where(a => a.RaisedAt == meeting.Date)];
        Decisions = [.. (await logs.DecisionsAsync(meeting.BoardCode, cancellationToken)).Where(d => d.MadeAt == meeting.Date)];
        History = await history.ForAsync(Subjects.Meeting(id), cancellationToken);
        return true;
    }
}
