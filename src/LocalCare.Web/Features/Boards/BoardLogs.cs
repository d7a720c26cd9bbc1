using System.Globalization;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Inputs;
using LocalCare.Core.Time;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>A new or changed board action as a form or the API posts it.</summary>
public sealed class ActionInput
{
    public string? Description { get; set; }

    public string? Owner { get; set; }

    /// <summary><c>YYYY-MM-DD</c>.</summary>
    public string? Due { get; set; }

    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(Description) || Description.Trim().Length > 2000)
        {
            problems.Add(new("action-description", string.IsNullOrWhiteSpace(Description) ? "Enter what the board asked for" : "The action must be 2,000 characters or fewer"));
        }

        if (string.IsNullOrWhiteSpace(Owner) || Owner.Trim().Length > 200)
        {
            problems.Add(new("action-owner", string.IsNullOrWhiteSpace(Owner) ? "Enter who owns the action" : "The owner must be 200 characters or fewer"));
        }

        if (DueDate() is null)
        {
            problems.Add(new("action-due", string.IsNullOrWhiteSpace(Due) ? "Enter the date the action is due" : "The date the action is due must be a real date, such as 2025-03-31"));
        }

        return problems;
    }

    public DateOnly? DueDate() => DateOnly.TryParseExact(Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null;
}

/// <summary>A board's actions and decisions logs: raising, updating and closing actions (only at a meeting), recording decisions.</summary>
public sealed class BoardLogs(LocalCareDbContext db, TimeProvider clock)
{
    public DateOnly Today => UkTime.Today(clock);

    /// <summary>The board's actions, overdue first (as of today), with the meeting dates that raised and closed them.</summary>
    public async Task<IReadOnlyList<ActionRow>> ActionsAsync(string boardCode, CancellationToken cancellationToken)
    {
        var actions = await db.BoardActions.AsNoTracking().Include(a => a.Updates).Where(a => a.BoardCode == boardCode).ToListAsync(cancellationToken);
        var dates = await db.Meetings.AsNoTracking().Where(m => m.BoardCode == boardCode).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        return MeetingText.Ordered(actions.Select(a => MeetingText.Row(a, dates, Today)));
    }

    public async Task<IReadOnlyList<DecisionRow>> DecisionsAsync(string boardCode, CancellationToken cancellationToken)
    {
        var dates = await db.Meetings.AsNoTracking().Where(m => m.BoardCode == boardCode).ToDictionaryAsync(m => m.Id, m => m.Date, cancellationToken);
        return [.. (await db.BoardDecisions.AsNoTracking().Where(d => d.BoardCode == boardCode).ToListAsync(cancellationToken))
            .OrderByDescending(d => dates.GetValueOrDefault(d.MeetingId)).ThenBy(d => d.Reference, StringComparer.Ordinal)
            .Select(d => new DecisionRow(d.Reference, dates.GetValueOrDefault(d.MeetingId), d.Decision))];
    }

    /// <summary>Raises an action at a meeting under the board's next reference; the reference, or the problems.</summary>
    public async Task<(string? Reference, IReadOnlyList<FieldProblem> Problems)> RaiseAsync(Meeting meeting, ActionInput input, CancellationToken cancellationToken)
    {
        if (input.Problems() is { Count: > 0 } problems)
        {
            return (null, problems);
        }

        var reference = await NextAsync(meeting.BoardCode, "A", db.BoardActions.Where(a => a.BoardCode == meeting.BoardCode).Select(a => a.Reference), cancellationToken);
        db.BoardActions.Add(new BoardAction
        {
            Reference = reference,
            BoardCode = meeting.BoardCode,
            RaisedAtMeetingId = meeting.Id,
            Description = input.Description!.Trim(),
            Owner = input.Owner!.Trim(),
            Due = input.DueDate()!.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (reference, []);
    }

    /// <summary>Records progress and a status other than closed; null when the board has no such action.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> UpdateAsync(string boardCode, string reference, string? status, string? text, string user, CancellationToken cancellationToken)
    {
        var action = await db.BoardActions.SingleOrDefaultAsync(a => a.Reference == reference && a.BoardCode == boardCode, cancellationToken);
        if (action is null)
        {
            return null;
        }

        var problems = new List<FieldProblem>();
        var parsed = BoardActionStatuses.Parse(status);
        if (parsed is null)
        {
            problems.Add(new("update-status", "Select the action's status"));
        }
        else if (parsed == BoardActionStatus.Closed)
        {
            problems.Add(new("update-status", "An action is closed only at a meeting of its board: close it there"));
        }
        else if (action.Status == BoardActionStatus.Closed)
        {
            problems.Add(new("update-status", $"Action {reference} is closed"));
        }

        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000)
        {
            problems.Add(new("update-text", string.IsNullOrWhiteSpace(text) ? "Enter the update" : "The update must be 2,000 characters or fewer"));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        action.Status = parsed!.Value;
        db.BoardActionUpdates.Add(new BoardActionUpdate { ActionReference = reference, At = clock.GetUtcNow().UtcDateTime, By = user, Text = text!.Trim(), Status = parsed.Value });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Closes an action at a meeting of its board that has taken place; null when there is no such action.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> CloseAsync(string reference, Meeting meeting, string user, CancellationToken cancellationToken)
    {
        var action = await db.BoardActions.SingleOrDefaultAsync(a => a.Reference == reference, cancellationToken);
        if (action is null)
        {
            return null;
        }

        if (BoardActionStatuses.WhyNotClosable(action, meeting, Today) is { } reason)
        {
            return [new("close-" + reference, reason)];
        }

        action.Status = BoardActionStatus.Closed;
        action.ClosedAtMeetingId = meeting.Id;
        db.BoardActionUpdates.Add(new BoardActionUpdate
        {
            ActionReference = reference,
            At = clock.GetUtcNow().UtcDateTime,
            By = user,
            Status = BoardActionStatus.Closed,
            Text = $"Closed at the meeting of {meeting.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Records a decision made at a meeting; the reference, or the problems.</summary>
    public async Task<(string? Reference, IReadOnlyList<FieldProblem> Problems)> DecideAsync(Meeting meeting, string? decision, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(decision) || decision.Trim().Length > 2000)
        {
            return (null, [new("decision", string.IsNullOrWhiteSpace(decision) ? "Enter the decision" : "The decision must be 2,000 characters or fewer")]);
        }

        var reference = await NextAsync(meeting.BoardCode, "D", db.BoardDecisions.Where(d => d.BoardCode == meeting.BoardCode).Select(d => d.Reference), cancellationToken);
        db.BoardDecisions.Add(new BoardDecision { Reference = reference, BoardCode = meeting.BoardCode, MeetingId = meeting.Id, Decision = decision.Trim() });
        await db.SaveChangesAsync(cancellationToken);
        return (reference, []);
    }

    /// <summary>"HPB-A-005" after "HPB-A-004": the board's code, A for actions or D for decisions, and the next number.</summary>
    private static async Task<string> NextAsync(string boardCode, string letter, IQueryable<string> references, CancellationToken cancellationToken)
    {
        var prefix = $"{boardCode}-{letter}-";
        var used = (await references.ToListAsync(cancellationToken))
            .Select(r => int.TryParse(r.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{used + 1:000}");
    }
}
