using System.Globalization;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;

namespace LocalCare.Web.Features.Boards;

/// <summary>An exception narrative as the form or the API posts it.</summary>
public sealed class NarrativeInput
{
    public const int BlankActions = 2;

    public string? WhatTheChartTellsUs { get; set; }

    public string? RootCauses { get; set; }

    public List<NarrativeActionInput> Actions { get; set; } = [];

    public string? MitigationsAndRisks { get; set; }

    /// <summary><c>YYYY-MM</c>.</summary>
    public string? ExpectedRecovery { get; set; }

    public string? AccountablePerson { get; set; }

    public static NarrativeInput From(NarrativeRecord record) => new()
    {
        WhatTheChartTellsUs = record.WhatTheChartTellsUs,
        RootCauses = record.RootCauses,
        Actions = [.. record.Actions.OrderBy(a => a.Number).Select(a => new NarrativeActionInput { Action = a.Action, Owner = a.Owner, Due = a.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) })],
        MitigationsAndRisks = record.MitigationsAndRisks,
        ExpectedRecovery = record.ExpectedRecovery?.ToString(),
        AccountablePerson = record.AccountablePerson,
    };

    public NarrativeInput WithBlankRows()
    {
        Actions = [.. Actions.Where(a => !a.IsEmpty), .. Enumerable.Range(0, BlankActions).Select(_ => new NarrativeActionInput())];
        return this;
    }

    /// <summary>The problems by field: what the chart tells us, the accountable person and each action's parts are required.</summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        Text(problems, "what-the-chart-tells-us", WhatTheChartTellsUs, 4000, "Enter what the chart tells us", "What the chart tells us");
        Text(problems, "root-causes", RootCauses, 4000, null, "The root causes");
        for (var i = 0; i < Actions.Count; i++)
        {
            problems.AddRange(Actions[i].Problems(i + 1));
        }

        Text(problems, "mitigations", MitigationsAndRisks, 4000, null, "Mitigations and risks");
        if (!string.IsNullOrWhiteSpace(ExpectedRecovery) && !YearMonth.TryParse(ExpectedRecovery.Trim(), out _))
        {
            problems.Add(new("expected-recovery", "Enter the expected recovery as a month, such as 2025-06"));
        }

        Text(problems, "accountable-person", AccountablePerson, 200, "Enter the accountable person", "The accountable person");
        return problems;
    }

    /// <summary>Copies a checked input onto the record (its actions replaced).</summary>
    public void ApplyTo(NarrativeRecord record)
    {
        record.WhatTheChartTellsUs = WhatTheChartTellsUs!.Trim();
        record.RootCauses = RootCauses?.Trim() ?? "";
        record.MitigationsAndRisks = MitigationsAndRisks?.Trim() ?? "";
        record.ExpectedRecovery = string.IsNullOrWhiteSpace(ExpectedRecovery) ? null : YearMonth.Parse(ExpectedRecovery.Trim());
        record.AccountablePerson = AccountablePerson!.Trim();
        record.Actions.Clear();
        var number = 0;
        foreach (var action in Actions.Where(a => !a.IsEmpty))
        {
            record.Actions.Add(new NarrativeActionRecord
            {
                MeetingId = record.MeetingId,
                MetricId = record.MetricId,
                Number = ++number,
                Action = action.Action!.Trim(),
                Owner = action.Owner!.Trim(),
                Due = action.DueDate()!.Value,
            });
        }
    }

    private static void Text(List<FieldProblem> problems, string field, string? value, int max, string? missing, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (missing is not null)
            {
                problems.Add(new(field, missing));
            }
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(new(field, $"{name} must be {max:#,0} characters or fewer"));
        }
    }
}

/// <summary>One action of a narrative as posted.</summary>
public sealed class NarrativeActionInput
{
    public string? Action { get; set; }

    public string? Owner { get; set; }

    public string? Due { get; set; }

    public bool IsEmpty => new[] { Action, Owner, Due }.All(string.IsNullOrWhiteSpace);

    public DateOnly? DueDate() => DateOnly.TryParseExact(Due?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null;

    public IEnumerable<FieldProblem> Problems(int n)
    {
        if (IsEmpty)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Action))
        {
            yield return new($"narrative-action-{n}", $"Enter action {n}");
        }

        if (string.IsNullOrWhiteSpace(Owner))
        {
            yield return new($"narrative-action-{n}-owner", $"Enter who owns action {n}");
        }

        if (DueDate() is null)
        {
            yield return new($"narrative-action-{n}-due", $"Enter the date action {n} is due, such as 2025-03-31");
        }
    }
}
