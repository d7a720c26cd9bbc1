namespace LocalCare.Core.Risks;

/// <summary>
/// A risk on the LCO's register: what it is, who owns it, its category, its initial, current and target 5×5 scores, the controls
/// in place, the assurances that they work, the gaps, its links to priorities, deliverables, metrics and boards, its actions and
/// the date its next review is due. The current score moves only by re-scoring, which adds a <see cref="RiskScorePoint"/>.
/// </summary>
public sealed class Risk
{
    /// <summary>Stable code, e.g. <c>R-001</c>.</summary>
    public required string Code { get; init; }

    public required string Title { get; set; }

    public required string Description { get; set; }

    /// <summary>The accountable person as the register shows them, e.g. "Director of HR and OD".</summary>
    public required string Owner { get; set; }

    /// <summary>The owner's user name when they use the app (they may then re-score and review the risk); null for none.</summary>
    public string? OwnerUserName { get; set; }

    public required RiskCategory Category { get; set; }

    public required int InitialLikelihood { get; set; }

    public required int InitialConsequence { get; set; }

    public required int CurrentLikelihood { get; set; }

    public required int CurrentConsequence { get; set; }

    public required int TargetLikelihood { get; set; }

    public required int TargetConsequence { get; set; }

    /// <summary>What is in place to reduce the likelihood or the consequence.</summary>
    public string Controls { get; set; } = "";

    /// <summary>The evidence that the controls work (reports, audits, metrics).</summary>
    public string Assurances { get; set; } = "";

    /// <summary>Gaps in control or in assurance.</summary>
    public string Gaps { get; set; } = "";

    /// <summary>The date the next review is due.</summary>
    public required DateOnly ReviewDate { get; set; }

    /// <summary>When the risk was last reviewed; null when never since it was raised.</summary>
    public DateOnly? LastReviewedOn { get; set; }

    /// <summary>The date it was raised on the register.</summary>
    public required DateOnly RaisedOn { get; init; }

    public List<RiskLink> Links { get; set; } = [];

    public List<RiskAction> Actions { get; set; } = [];

    /// <summary>Every score it has had, oldest first by date then number.</summary>
    public List<RiskScorePoint> History { get; set; } = [];

    public RiskScore Initial => new(InitialLikelihood, InitialConsequence);

    public RiskScore Current => new(CurrentLikelihood, CurrentConsequence);

    public RiskScore Target => new(TargetLikelihood, TargetConsequence);

    /// <summary>Overdue for review on <paramref name="today"/>: the review date has passed (a review due today is not yet overdue).</summary>
    public bool IsReviewOverdueOn(DateOnly today) => RiskReviews.IsOverdue(ReviewDate, today);

    /// <summary>The codes it links to of one kind, in code order.</summary>
    public IReadOnlyList<string> LinksOf(RiskLinkKind kind) =>
        [.. Links.Where(l => l.Kind == kind).Select(l => l.Target).Order(StringComparer.Ordinal)];

    /// <summary>The score it had on <paramref name="date"/>: the latest history point on or before it; null before the first.</summary>
    public RiskScore? ScoreOn(DateOnly date) =>
        History.Where(p => p.On <= date).OrderBy(p => p.On).ThenBy(p => p.Number).LastOrDefault() is { } point ? point.Score : null;
}
