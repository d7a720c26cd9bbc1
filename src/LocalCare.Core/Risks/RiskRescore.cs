using LocalCare.Core.Inputs;

namespace LocalCare.Core.Risks;

/// <summary>A new current score for a risk as typed, with why it changed; it becomes the risk's current score and a history point.</summary>
public sealed record RiskRescore(string? Likelihood, string? Consequence, string? Note)
{
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        RiskFields.Scale(Likelihood, RiskFields.Likelihood, "likelihood", problems);
        RiskFields.Scale(Consequence, RiskFields.Consequence, "consequence", problems);
        RiskFields.OptionalText(Note, RiskFields.Note, "The note", RiskFields.MaxText, problems);
        return problems;
    }

    /// <summary>The score of a checked re-score.</summary>
    public RiskScore Score =>
        RiskScore.TryCreate(int.TryParse(Likelihood?.Trim(), out var l) ? l : 0, int.TryParse(Consequence?.Trim(), out var c) ? c : 0)
        ?? throw new InvalidOperationException("Check the re-score's problems before saving it.");
}

/// <summary>A review as recorded: the date of the next one (after today) and a note.</summary>
public sealed record RiskReview(string? NextReview, string? Note)
{
    public IReadOnlyList<FieldProblem> Problems(DateOnly today)
    {
        var problems = new List<FieldProblem>();
        if (RiskFields.RequiredDate(NextReview, RiskFields.NextReview, "the date of the next review", problems) is { } next && next <= today)
        {
            problems.Add(new(RiskFields.NextReview, "The date of the next review must be in the future"));
        }

        RiskFields.OptionalText(Note, RiskFields.Note, "The note", RiskFields.MaxText, problems);
        return problems;
    }
}

/// <summary>An action of a risk as typed: what, who, by when, its status (default open).</summary>
public sealed record RiskActionDraft(string? Description, string? Owner, string? Due, string? Status = null)
{
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        RiskFields.RequiredText(Description, RiskFields.ActionDescription, "what the action is", "The action", RiskFields.MaxText, problems);
        RiskFields.RequiredText(Owner, RiskFields.ActionOwner, "who owns the action", "The action's owner", RiskFields.MaxOwner, problems);
        RiskFields.RequiredDate(Due, RiskFields.ActionDue, "the date the action is due", problems);
        if (!string.IsNullOrWhiteSpace(Status) && RiskActionStatuses.Parse(Status) is null)
        {
            problems.Add(new(RiskFields.ActionStatus, "The status must be open, in_progress or complete"));
        }

        return problems;
    }

    public RiskActionStatus StatusOrOpen => RiskActionStatuses.Parse(Status) ?? RiskActionStatus.Open;

    public DateOnly DueDate => RiskFields.ParseDate(Due) ?? throw new InvalidOperationException("Check the action's problems before saving it.");
}
