using LocalCare.Core.Boards;
using LocalCare.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>One board: its KLOEs, the metrics it monitors and its meetings; 404 for a code that does not exist.</summary>
public sealed class BoardModel(
    BoardQueries boards, LocalCareDbContext db, LocalCare.Data.Risks.RiskEditor risks, BoardMeetings calendar, BoardKloes kloes, History.ChangeHistory history) : PageModel
{
    public BoardDetail Board { get; private set; } = null!;

    /// <summary>The board's meetings, newest last, with how many pack versions each has.</summary>
    public IReadOnlyList<MeetingSummary> Meetings { get; private set; } = [];

    /// <summary>Metrics another board monitors, which an administrator may move to this one.</summary>
    public IReadOnlyList<(string Id, string Name, string BoardCode)> OtherMetrics { get; private set; } = [];

    /// <summary>The shown plan year's KLOEs other boards monitor, which an administrator may move to this one.</summary>
    public IReadOnlyList<Kloe> OtherKloes { get; private set; } = [];

    /// <summary>The board's record, for its pack sections.</summary>
    public Board Record { get; private set; } = null!;

    public bool CanConfigure => User.CanConfigureBoards();

    /// <summary>Changes to the board's record and its actions and decisions logs.</summary>
    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    public string? Problem { get; private set; }

    /// <summary>What is wrong with the risk appetite typed; null when nothing.</summary>
    public string? AppetiteProblem { get; private set; }

    /// <summary>The problems of the meeting forms just posted (add, delete, plan next year).</summary>
    public Performance.FormErrors Errors { get; private set; } = new();

    /// <summary>The date and reporting month typed into the form that adds a meeting.</summary>
    public (string? Date, string? ReportingMonth) NewMeeting { get; private set; }

    /// <summary>The plan year an administrator can plan the meetings of: the one after today's.</summary>
    public Core.Plans.PlanYear NextPlanYear => calendar.NextPlanYear;

    public Performance.FieldError Field(string id) => new(id, Errors.For(id));

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    /// <summary>Makes this board monitor a metric (a metric reports to one board, so it leaves its old one).</summary>
    public async Task<IActionResult> OnPostMetricAsync(string code, string? metricId, CancellationToken cancellationToken)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }

        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        var metric = await db.Metrics.SingleOrDefaultAsync(m => m.Id == metricId, cancellationToken);
        if (metric is null || metric.BoardCode == code)
        {
            Problem = "Select a metric another board monitors";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var from = metric.BoardCode;
        metric.BoardCode = code;
        await db.SaveChangesAsync(cancellationToken);
        Message = $"{metric.Name} moved from {from} to {code}";
        return Redirect($"/boards/{Uri.EscapeDataString(code)}#monitors");
    }

    /// <summary>Makes this board monitor a key line of enquiry of the shown plan year (a KLOE has one board, so it leaves its old one).</summary>
    public async Task<IActionResult> OnPostKloeAsync(string code, string? kloeCode, CancellationToken cancellationToken)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }

        switch (await kloes.MoveAsync(code, kloeCode, refuseUnchanged: true, cancellationToken))
        {
            case null:
                return NotFound();
            case { Problems.Count: > 0 } refused:
                return await InvalidAsync(code, refused.Problems, cancellationToken);
            case var moved:
                Message = $"{moved.Kloe!.Theme} ({moved.Kloe.Code}) moved from {moved.From} to {code}";
                return Redirect($"/boards/{Uri.EscapeDataString(code)}#kloes");
        }
    }

    /// <summary>The board's risk appetite (1–25): risks linked to it above this score go in its packs (docs/risks.md).</summary>
    public async Task<IActionResult> OnPostAppetiteAsync(string code, string? appetite, CancellationToken cancellationToken)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }

        switch (await risks.SetAppetiteAsync(code, appetite, cancellationToken))
        {
            case null:
                return NotFound();
            case { Count: > 0 } problems:
                await LoadAsync(code, cancellationToken);
                AppetiteProblem = problems[0].Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                Message = "Risk appetite saved";
                return Redirect($"/boards/{Uri.EscapeDataString(code)}#risk-appetite");
        }
    }

    /// <summary>Adds a planned meeting to the board on a date (administrators).</summary>
    public async Task<IActionResult> OnPostAddMeetingAsync(string code, string? date, string? reportingMonth, CancellationToken cancellationToken)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }

        NewMeeting = (date, reportingMonth);
        return await CalendarAsync(code, () => calendar.AddAsync(code, date, reportingMonth, cancellationToken), added =>
            $"Meeting of {added[0].Date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} added", cancellationToken);
    }

    /// <summary>Plans the next plan year's meetings from the board's cadence (administrators).</summary>
    public async Task<IActionResult> OnPostNextYearAsync(string code, CancellationToken cancellationToken)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }

        return await CalendarAsync(code, () => calendar.PlanNextYearAsync(code, cancellationToken), added =>
            $"{added.Count} meetings planned for {NextPlanYear.Label}", cancellationToken);
    }

    /// <summary>Deletes a planned meeting of the board that has no pack (administrators).</summary>
    public async Task<IActionResult> OnPostDeleteMeetingAsync(string code, int meetingId, CancellationToken cancellationToken)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }

        var date = await db.Meetings.Where(m => m.Id == meetingId && m.BoardCode == code).Select(m => (DateOnly?)m.Date).SingleOrDefaultAsync(cancellationToken);
        if (date is null)
        {
            return NotFound();
        }

        var problems = (await calendar.DeleteAsync(meetingId, cancellationToken))!;
        if (problems.Count > 0)
        {
            return await InvalidAsync(code, problems, cancellationToken);
        }

        Message = $"Meeting of {date.Value.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} deleted";
        return Redirect($"/boards/{Uri.EscapeDataString(code)}#meetings");
    }

    private async Task<IActionResult> CalendarAsync(
        string code, Func<Task<MeetingPlanResult?>> change, Func<IReadOnlyList<Meeting>, string> message, CancellationToken cancellationToken)
    {
        switch (await change())
        {
            case null:
                return NotFound();
            case { Problems.Count: > 0 } refused:
                return await InvalidAsync(code, refused.Problems, cancellationToken);
            case var done:
                Message = message(done.Meetings);
                return Redirect($"/boards/{Uri.EscapeDataString(code)}#meetings");
        }
    }

    private async Task<IActionResult> InvalidAsync(string code, IReadOnlyList<Core.Inputs.FieldProblem> problems, CancellationToken cancellationToken)
    {
        await LoadAsync(code, cancellationToken);
        Errors = Performance.FormErrors.Of(problems);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Which optional sections the board's packs carry.</summary>
    public async Task<IActionResult> OnPostSectionsAsync(string code, bool planProgress, bool waitingLists, CancellationToken cancellationToken)
    {
        if (!CanConfigure)
        {
            return Forbid();
        }

        var board = await db.Boards.SingleOrDefaultAsync(b => b.Code == code, cancellationToken);
        if (board is null)
        {
            return NotFound();
        }

        board.ReceivesPlanProgress = planProgress;
        board.ReceivesWaitingLists = waitingLists;
        await db.SaveChangesAsync(cancellationToken);
        Message = "Pack sections saved";
        return Redirect($"/boards/{Uri.EscapeDataString(code)}#sections");
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await boards.LoadAsync(code, cancellationToken) is not { } board)
        {
            return false;
        }

        Board = board;
        Record = await db.Boards.AsNoTracking().SingleAsync(b => b.Code == code, cancellationToken);
        Meetings = await MeetingsOf(db, code, cancellationToken);
        OtherMetrics = [.. (await db.Metrics.AsNoTracking().Where(m => m.BoardCode != code).OrderBy(m => m.Name).ToListAsync(cancellationToken))
            .Select(m => (m.Id, m.Name, m.BoardCode))];
        OtherKloes = await kloes.OthersAsync(code, board.PlanYear, cancellationToken);
        // The KLOEs it monitors show their metric links here, so their changes too (moving a KLOE is in its plan year's history).
        History = await history.ForAnyAsync(
            [LocalCare.Data.Audit.Subjects.Board(code), LocalCare.Data.Audit.Subjects.BoardActions(code), .. board.Kloes.Select(k => LocalCare.Data.Audit.Subjects.Kloe(k.Code))], cancellationToken);
        return true;
    }

    /// <summary>Every meeting of a board in date order.</summary>
    public static async Task<IReadOnlyList<MeetingSummary>> MeetingsOf(LocalCareDbContext db, string code, CancellationToken cancellationToken)
    {
        var versions = await db.PackVersions.AsNoTracking().GroupBy(v => v.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. (await db.Meetings.AsNoTracking().Where(m => m.BoardCode == code).OrderBy(m => m.Date).ToListAsync(cancellationToken))
            .Select(m => new MeetingSummary(m.Id, m.BoardCode, m.Date, m.ReportingMonth.ToString(), m.Status.ToCode(), m.Status.ToLabel(), versions.GetValueOrDefault(m.Id)))];
    }
}
