using LocalCare.Core.Risks;

namespace LocalCare.Web.Features.Risks;

/// <summary>A 5×5 score in the API: likelihood, consequence, score and band code.</summary>
public sealed record ScoreJson(int Likelihood, int Consequence, int Score, string Band)
{
    public static ScoreJson From(RiskScore score) => new(score.Likelihood, score.Consequence, score.Score, score.Band.ToCode());
}

/// <summary>A risk in the register's list: code, title, owner, category, current and target scores, review date and whether it is overdue.</summary>
public sealed record RiskSummaryJson(string Code, string Title, string Owner, string Category, ScoreJson Current, ScoreJson Target, string ReviewDate, bool ReviewOverdue, IReadOnlyList<string> Boards)
{
    public static RiskSummaryJson From(Risk risk, DateOnly today) => new(
        risk.Code, risk.Title, risk.Owner, risk.Category.ToCode(), ScoreJson.From(risk.Current), ScoreJson.From(risk.Target),
        RiskFields.Iso(risk.ReviewDate), risk.IsReviewOverdueOn(today), risk.LinksOf(RiskLinkKind.Board));
}

/// <summary>A score history point: date, score, note and who recorded it.</summary>
public sealed record ScorePointJson(int Number, string On, ScoreJson Score, string Note, string RecordedBy);

/// <summary>A risk action: number, description, owner, due date, status code and whether it is overdue.</summary>
public sealed record RiskActionJson(int Number, string Description, string Owner, string Due, string Status, bool Overdue);

/// <summary>One risk in full.</summary>
public sealed record RiskDetailJson(
    string Code, string Title, string Description, string Owner, string? OwnerUserName, string Category,
    ScoreJson Initial, ScoreJson Current, ScoreJson Target, string Controls, string Assurances, string Gaps,
    string RaisedOn, string ReviewDate, string? LastReviewedOn, bool ReviewOverdue,
    IReadOnlyList<string> Priorities, IReadOnlyList<string> Deliverables, IReadOnlyList<string> Metrics, IReadOnlyList<string> Boards,
    IReadOnlyList<RiskActionJson> Actions, IReadOnlyList<ScorePointJson> History)
{
    public static RiskDetailJson From(Risk risk, DateOnly today) => new(
        risk.Code, risk.Title, risk.Description, risk.Owner, risk.OwnerUserName, risk.Category.ToCode(),
        ScoreJson.From(risk.Initial), ScoreJson.From(risk.Current), ScoreJson.From(risk.Target), risk.Controls, risk.Assurances, risk.Gaps,
        RiskFields.Iso(risk.RaisedOn), RiskFields.Iso(risk.ReviewDate), risk.LastReviewedOn is { } last ? RiskFields.Iso(last) : null, risk.IsReviewOverdueOn(today),
        risk.LinksOf(RiskLinkKind.Priority), risk.LinksOf(RiskLinkKind.Deliverable), risk.LinksOf(RiskLinkKind.Metric), risk.LinksOf(RiskLinkKind.Board),
        [.. risk.Actions.Select(a => new RiskActionJson(a.Number, a.Description, a.Owner, RiskFields.Iso(a.Due), a.Status.ToCode(), a.IsOverdueOn(today)))],
        [.. risk.History.Select(p => new ScorePointJson(p.Number, RiskFields.Iso(p.On), ScoreJson.From(p.Score), p.Note, p.RecordedBy))]);
}

/// <summary>
/// A risk to raise or change through the API. Scores are numbers 1–5; <c>category</c> a code (<c>workforce</c>, …); links are
/// codes; <c>reviewDate</c> is YYYY-MM-DD. The current score is read only when raising.
/// </summary>
public sealed record RiskRequest(
    string? Title, string? Description, string? Owner, string? OwnerUserName, string? Category,
    int? InitialLikelihood, int? InitialConsequence, int? CurrentLikelihood, int? CurrentConsequence, int? TargetLikelihood, int? TargetConsequence,
    string? Controls, string? Assurances, string? Gaps, string? ReviewDate,
    IReadOnlyList<string>? Priorities, IReadOnlyList<string>? Deliverables, IReadOnlyList<string>? Metrics, IReadOnlyList<string>? Boards)
{
    public RiskDraft ToDraft() => new(
        Title, Description, Owner, OwnerUserName, Category, S(InitialLikelihood), S(InitialConsequence), S(CurrentLikelihood), S(CurrentConsequence),
        S(TargetLikelihood), S(TargetConsequence), Controls, Assurances, Gaps, ReviewDate, Priorities, Deliverables, Metrics, Boards);

    private static string? S(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A new current score: likelihood and consequence 1–5, and why.</summary>
public sealed record RescoreRequest(int? Likelihood, int? Consequence, string? Note)
{
    public RiskRescore ToRescore() => new(Likelihood?.ToString(System.Globalization.CultureInfo.InvariantCulture), Consequence?.ToString(System.Globalization.CultureInfo.InvariantCulture), Note);
}

/// <summary>A review: the date of the next one (YYYY-MM-DD, after today) and a note.</summary>
public sealed record ReviewRequest(string? NextReview, string? Note);
