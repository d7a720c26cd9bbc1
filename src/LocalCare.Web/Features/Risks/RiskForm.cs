using LocalCare.Core.Risks;

namespace LocalCare.Web.Features.Risks;

/// <summary>The raise and edit forms as posted: text fields, scores as 1–5, links as checkboxes (priorities, boards) and codes one a line (deliverables, metrics).</summary>
public sealed class RiskForm
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Owner { get; set; }

    public string? OwnerUserName { get; set; }

    public string? Category { get; set; }

    public string? InitialLikelihood { get; set; }

    public string? InitialConsequence { get; set; }

    public string? CurrentLikelihood { get; set; }

    public string? CurrentConsequence { get; set; }

    public string? TargetLikelihood { get; set; }

    public string? TargetConsequence { get; set; }

    public string? Controls { get; set; }

    public string? Assurances { get; set; }

    public string? Gaps { get; set; }

    public string? ReviewDate { get; set; }

    public List<string> Priorities { get; set; } = [];

    public List<string> Boards { get; set; } = [];

    /// <summary>Deliverable codes, one a line or separated by commas.</summary>
    public string? Deliverables { get; set; }

    /// <summary>Metric ids, one a line or separated by commas.</summary>
    public string? Metrics { get; set; }

    public RiskDraft ToDraft() => new(
        Title, Description, Owner, OwnerUserName, Category, InitialLikelihood, InitialConsequence, CurrentLikelihood, CurrentConsequence,
        TargetLikelihood, TargetConsequence, Controls, Assurances, Gaps, ReviewDate, Priorities, [Deliverables ?? ""], [Metrics ?? ""], Boards);

    public static RiskForm From(RiskDraft draft) => new()
    {
        Title = draft.Title,
        Description = draft.Description,
        Owner = draft.Owner,
        OwnerUserName = draft.OwnerUserName,
        Category = draft.Category,
        InitialLikelihood = draft.InitialLikelihood,
        InitialConsequence = draft.InitialConsequence,
        CurrentLikelihood = draft.CurrentLikelihood,
        CurrentConsequence = draft.CurrentConsequence,
        TargetLikelihood = draft.TargetLikelihood,
        TargetConsequence = draft.TargetConsequence,
        Controls = draft.Controls,
        Assurances = draft.Assurances,
        Gaps = draft.Gaps,
        ReviewDate = draft.ReviewDate,
        Priorities = [.. draft.Priorities ?? []],
        Boards = [.. draft.Boards ?? []],
        Deliverables = string.Join('\n', draft.Deliverables ?? []),
        Metrics = string.Join('\n', draft.Metrics ?? []),
    };
}

/// <summary>What the form offers to link: the latest plan year's priorities and every board, by code with their names.</summary>
public sealed record RiskFormChoices(IReadOnlyList<(string Code, string Name)> Priorities, IReadOnlyList<(string Code, string Name)> Boards);

/// <summary>What the shared form partial draws: the form, its errors, its choices, whether it raises (with a current score) and where it posts.</summary>
public sealed record RiskFormView(RiskForm Form, Performance.FormErrors Errors, RiskFormChoices Choices, bool Raising, string Action, string Submit, string CancelUrl);
