using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Performance;

/// <summary>The commentary form as posted: the month, what the data shows, the underlying issues and the actions.</summary>
public sealed class CommentaryInput
{
    /// <summary>How many empty action rows the form offers below those already written.</summary>
    public const int BlankActions = 2;

    public const int MinimumActions = 3;

    public string? Month { get; set; }

    public string? WhatTheDataShows { get; set; }

    public string? UnderlyingIssues { get; set; }

    public List<ActionInput> Actions { get; set; } = [];

    /// <summary>The form for a month: filled from its commentary when there is one, with blank action rows to add more.</summary>
    public static CommentaryInput For(string? month, MetricCommentary? existing)
    {
        var input = new CommentaryInput
        {
            Month = month,
            WhatTheDataShows = existing?.WhatTheDataShows,
            UnderlyingIssues = existing?.UnderlyingIssues,
            Actions = existing?.Actions.OrderBy(a => a.Id).Select(ActionInput.From).ToList() ?? [],
        };
        return input.WithBlankRows();
    }

    public CommentaryInput WithBlankRows()
    {
        var filled = Actions.Where(a => !a.IsEmpty).ToList();
        var rows = Math.Max(MinimumActions, filled.Count + BlankActions);
        Actions = [.. filled, .. Enumerable.Range(0, rows - filled.Count).Select(_ => new ActionInput())];
        return this;
    }
}

/// <summary>One action row: what will be done, who owns it, and the day, month and year it is due.</summary>
public sealed class ActionInput
{
    public string? Action { get; set; }

    public string? Owner { get; set; }

    public string? DueDay { get; set; }

    public string? DueMonth { get; set; }

    public string? DueYear { get; set; }

    public bool IsEmpty => new[] { Action, Owner, DueDay, DueMonth, DueYear }.All(string.IsNullOrWhiteSpace);

    public static ActionInput From(MetricAction action) => new()
    {
        Action = action.Action,
        Owner = action.Owner,
        DueDay = action.Due.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DueMonth = action.Due.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DueYear = action.Due.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The due date when the three fields make a real date.</summary>
    public DateOnly? Due() =>
        int.TryParse(DueDay?.Trim(), out var day) && int.TryParse(DueMonth?.Trim(), out var month) && int.TryParse(DueYear?.Trim(), out var year)
        && year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}

/// <summary>Checks and saves commentary: one per metric, unit and month, replaced (actions too) when written again.</summary>
public sealed class CommentaryEditor(LocalCareDbContext db, TimeProvider clock)
{
    public const int MaxText = 4000;
    public const int MaxAction = 1000;
    public const int MaxOwner = 200;
    public const int MaxActions = 20;

    /// <summary>The problems, in the order the fields appear; <paramref name="months"/> are the months that may be commented on.</summary>
    public static FormErrors Check(CommentaryInput input, IReadOnlyCollection<string> months)
    {
        var errors = new FormErrors();
        if (input.Month is null || !months.Contains(input.Month))
        {
            errors.Add("commentary-month", "Select the month the commentary is about");
        }

        if (string.IsNullOrWhiteSpace(input.WhatTheDataShows))
        {
            errors.Add("what-the-data-shows", "Enter what the data shows");
        }
        else if (input.WhatTheDataShows.Trim().Length > MaxText)
        {
            errors.Add("what-the-data-shows", $"What the data shows must be {FormErrors.Thousands(MaxText)} characters or fewer");
        }

        if (input.UnderlyingIssues?.Trim().Length > MaxText)
        {
            errors.Add("underlying-issues", $"Underlying issues must be {FormErrors.Thousands(MaxText)} characters or fewer");
        }

        if (input.Actions.Count(a => !a.IsEmpty) > MaxActions)
        {
            errors.Add("action-1", $"Enter {MaxActions} actions or fewer");
        }

        for (var i = 0; i < Math.Min(input.Actions.Count, MaxActions * 2); i++)
        {
            var action = input.Actions[i];
            var n = i + 1;
            if (action.IsEmpty)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(action.Action))
            {
                errors.Add($"action-{n}", $"Enter action {n}");
            }
            else if (action.Action.Trim().Length > MaxAction)
            {
                errors.Add($"action-{n}", $"Action {n} must be {FormErrors.Thousands(MaxAction)} characters or fewer");
            }

            if (string.IsNullOrWhiteSpace(action.Owner))
            {
                errors.Add($"action-{n}-owner", $"Enter who owns action {n}");
            }
            else if (action.Owner.Trim().Length > MaxOwner)
            {
                errors.Add($"action-{n}-owner", $"The owner of action {n} must be {FormErrors.Thousands(MaxOwner)} characters or fewer");
            }

            if (new[] { action.DueDay, action.DueMonth, action.DueYear }.All(string.IsNullOrWhiteSpace))
            {
                errors.Add($"action-{n}-due-day", $"Enter the date action {n} is due");
            }
            else if (action.Due() is null)
            {
                errors.Add($"action-{n}-due-day", $"The date action {n} is due must be a real date");
            }
        }

        return errors;
    }

    /// <summary>Saves a checked form (see <see cref="Check"/>) as <paramref name="user"/>, replacing the month's commentary if there is one.</summary>
    public async Task SaveAsync(string metricId, string unit, CommentaryInput input, string user, CancellationToken cancellationToken)
    {
        var month = YearMonth.Parse(input.Month!);
        var commentary = await db.MetricCommentaries.Include(c => c.Actions)
            .SingleOrDefaultAsync(c => c.MetricId == metricId && c.Unit == unit && c.Month == month, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (commentary is null)
        {
            commentary = new MetricCommentary { MetricId = metricId, Unit = unit, Month = month, WhatTheDataShows = "", UpdatedBy = user, UpdatedAt = now };
            db.MetricCommentaries.Add(commentary);
        }

        commentary.WhatTheDataShows = input.WhatTheDataShows!.Trim();
        commentary.UnderlyingIssues = string.IsNullOrWhiteSpace(input.UnderlyingIssues) ? null : input.UnderlyingIssues.Trim();
        commentary.UpdatedBy = user;
        commentary.UpdatedAt = now;
        commentary.Actions.Clear();
        foreach (var action in input.Actions.Where(a => !a.IsEmpty))
        {
            commentary.Actions.Add(new MetricAction { Action = action.Action!.Trim(), Owner = action.Owner!.Trim(), Due = action.Due()!.Value });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
