using System.Globalization;
using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Plans;

/// <summary>A deliverable as the edit form or the API posts it.</summary>
public sealed class DeliverableInput
{
    /// <summary>How many empty milestone rows the form offers below those already written.</summary>
    public const int BlankMilestones = 2;

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? PriorityCode { get; set; }

    public string? WorkplanCode { get; set; }

    public string? Owner { get; set; }

    public string? OwnerUserName { get; set; }

    public string? DueQuarter { get; set; }

    public List<string> PartnerPriorities { get; set; } = [];

    public List<string> Metrics { get; set; } = [];

    public List<MilestoneInput> Milestones { get; set; } = [];

    public static DeliverableInput From(Deliverable deliverable) => new()
    {
        Title = deliverable.Title,
        Description = deliverable.Description,
        PriorityCode = deliverable.PriorityCode,
        WorkplanCode = deliverable.WorkplanCode,
        Owner = deliverable.Owner,
        OwnerUserName = deliverable.OwnerUserName,
        DueQuarter = deliverable.DueQuarter.ToString(CultureInfo.InvariantCulture),
        PartnerPriorities = [.. deliverable.Alignments.Select(a => a.PartnerPriorityCode)],
        Metrics = [.. deliverable.Metrics.Select(m => m.MetricId)],
        Milestones = [.. deliverable.Milestones.OrderBy(m => m.Number).Select(m => new MilestoneInput
        {
            Title = m.Title, Due = m.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CompletedOn = m.CompletedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        })],
    };

    /// <summary>The form with blank milestone rows to add more.</summary>
    public DeliverableInput WithBlankRows()
    {
        Milestones = [.. Milestones.Where(m => !m.IsEmpty), .. Enumerable.Range(0, BlankMilestones).Select(_ => new MilestoneInput())];
        return this;
    }

    /// <summary>The problems, by field id, in the order the form shows its fields; <paramref name="choices"/> are what may be chosen.</summary>
    public IReadOnlyList<FieldProblem> Problems(DeliverableChoices choices)
    {
        var problems = new List<FieldProblem>();
        Text(problems, "title", Title, "Enter a title", 300, "The title");
        if (Description?.Trim().Length > 4000)
        {
            problems.Add(new("description", "The description must be 4,000 characters or fewer"));
        }

        if (!choices.Priorities.Contains(PriorityCode ?? ""))
        {
            problems.Add(new("priority", "Select the priority the deliverable sits under"));
        }

        if (!choices.Workplans.Contains(WorkplanCode ?? ""))
        {
            problems.Add(new("workplan", "Select the workplan"));
        }

        Text(problems, "owner", Owner, "Enter the accountable owner", 200, "The owner");
        if (!string.IsNullOrWhiteSpace(OwnerUserName) && !choices.UserNames.Contains(OwnerUserName.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            problems.Add(new("owner-user", $"'{OwnerUserName.Trim()}' is not a LocalCare user"));
        }

        if (Quarter() is null)
        {
            problems.Add(new("due-quarter", "Select the quarter it is due by"));
        }

        if (PartnerPriorities.FirstOrDefault(p => !choices.PartnerPriorities.Contains(p)) is { } partner)
        {
            problems.Add(new("partner-priorities", $"'{partner}' is not a partner priority"));
        }

        if (Metrics.FirstOrDefault(m => !choices.Metrics.Contains(m)) is { } metric)
        {
            problems.Add(new("metrics", $"'{metric}' is not a metric of the library"));
        }

        for (var i = 0; i < Milestones.Count; i++)
        {
            problems.AddRange(Milestones[i].Problems(i + 1));
        }

        return problems;
    }

    /// <summary>1..4 when the due quarter is one.</summary>
    public int? Quarter() => int.TryParse(DueQuarter?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4 ? q : null;

    private static void Text(List<FieldProblem> problems, string field, string? value, string missing, int max, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, missing));
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(new(field, $"{name} must be {max:#,0} characters or fewer"));
        }
    }
}

/// <summary>One milestone row: its title, due date and (when done) the date it was done, as <c>YYYY-MM-DD</c>.</summary>
public sealed class MilestoneInput
{
    public string? Title { get; set; }

    public string? Due { get; set; }

    public string? CompletedOn { get; set; }

    public bool IsEmpty => new[] { Title, Due, CompletedOn }.All(string.IsNullOrWhiteSpace);

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public IEnumerable<FieldProblem> Problems(int n)
    {
        if (IsEmpty)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new($"milestone-{n}", $"Enter milestone {n}");
        }
        else if (Title.Trim().Length > 300)
        {
            yield return new($"milestone-{n}", $"Milestone {n} must be 300 characters or fewer");
        }

        if (Date(Due) is null)
        {
            yield return new($"milestone-{n}-due", string.IsNullOrWhiteSpace(Due) ? $"Enter the date milestone {n} is due" : $"The date milestone {n} is due must be a real date");
        }

        if (!string.IsNullOrWhiteSpace(CompletedOn) && Date(CompletedOn) is null)
        {
            yield return new($"milestone-{n}-done", $"The date milestone {n} was done must be a real date");
        }
    }
}

/// <summary>What a deliverable may refer to: the year's priorities, the workplans, partner priorities, metrics and user names.</summary>
public sealed record DeliverableChoices(
    IReadOnlyList<string> Priorities, IReadOnlyList<string> Workplans, IReadOnlyList<string> PartnerPriorities, IReadOnlyList<string> Metrics, IReadOnlyList<string> UserNames);
