using LocalCare.Core.Inputs;

namespace LocalCare.Core.Risks;

/// <summary>
/// A risk as someone typed it, to raise or to change: text fields as strings so every mistake can be named. The current score
/// is given only when a risk is raised (afterwards it moves by re-scoring); links are codes.
/// </summary>
public sealed record RiskDraft(
    string? Title,
    string? Description,
    string? Owner,
    string? OwnerUserName,
    string? Category,
    string? InitialLikelihood,
    string? InitialConsequence,
    string? CurrentLikelihood,
    string? CurrentConsequence,
    string? TargetLikelihood,
    string? TargetConsequence,
    string? Controls,
    string? Assurances,
    string? Gaps,
    string? ReviewDate,
    IReadOnlyList<string>? Priorities = null,
    IReadOnlyList<string>? Deliverables = null,
    IReadOnlyList<string>? Metrics = null,
    IReadOnlyList<string>? Boards = null)
{
    /// <summary>The draft of an existing risk, as its edit form starts.</summary>
    public static RiskDraft From(Risk risk) => new(
        risk.Title, risk.Description, risk.Owner, risk.OwnerUserName, risk.Category.ToCode(),
        N(risk.InitialLikelihood), N(risk.InitialConsequence), N(risk.CurrentLikelihood), N(risk.CurrentConsequence),
        N(risk.TargetLikelihood), N(risk.TargetConsequence), risk.Controls, risk.Assurances, risk.Gaps, RiskFields.Iso(risk.ReviewDate),
        risk.LinksOf(RiskLinkKind.Priority), risk.LinksOf(RiskLinkKind.Deliverable), risk.LinksOf(RiskLinkKind.Metric), risk.LinksOf(RiskLinkKind.Board));

    /// <summary>
    /// The problems in the order of the form's fields; empty when it may be saved. <paramref name="raising"/>: a new risk, whose
    /// current score is required (a change leaves it alone). <paramref name="known"/> holds the codes that exist of each link kind.
    /// </summary>
    public IReadOnlyList<FieldProblem> Problems(bool raising, IReadOnlyDictionary<RiskLinkKind, IReadOnlySet<string>> known)
    {
        var problems = new List<FieldProblem>();
        RiskFields.RequiredText(Title, RiskFields.Title, "a title", "The title", RiskFields.MaxTitle, problems);
        RiskFields.RequiredText(Description, RiskFields.Description, "a description of the risk", "The description", RiskFields.MaxText, problems);
        RiskFields.RequiredText(Owner, RiskFields.Owner, "the owner of the risk", "The owner", RiskFields.MaxOwner, problems);
        RiskFields.OptionalText(OwnerUserName, RiskFields.OwnerUserName, "The owner's user name", RiskFields.MaxOwner, problems);
        if (string.IsNullOrWhiteSpace(Category))
        {
            problems.Add(new(RiskFields.Category, "Select a category"));
        }
        else if (RiskCategories.Parse(Category) is null)
        {
            problems.Add(new(RiskFields.Category, "The category must be one of: " + string.Join(", ", RiskCategories.All.Select(c => c.ToCode()))));
        }

        Score(InitialLikelihood, InitialConsequence, RiskFields.InitialLikelihood, RiskFields.InitialConsequence, "initial", problems);
        if (raising)
        {
            Score(CurrentLikelihood, CurrentConsequence, RiskFields.CurrentLikelihood, RiskFields.CurrentConsequence, "current", problems);
        }

        Score(TargetLikelihood, TargetConsequence, RiskFields.TargetLikelihood, RiskFields.TargetConsequence, "target", problems);
        RiskFields.OptionalText(Controls, RiskFields.Controls, "The controls", RiskFields.MaxText, problems);
        RiskFields.OptionalText(Assurances, RiskFields.Assurances, "The assurances", RiskFields.MaxText, problems);
        RiskFields.OptionalText(Gaps, RiskFields.Gaps, "The gaps", RiskFields.MaxText, problems);
        RiskFields.RequiredDate(ReviewDate, RiskFields.ReviewDate, "the date of the next review", problems);
        Links(Priorities, RiskLinkKind.Priority, RiskFields.Priorities, "priority", known, problems);
        Links(Deliverables, RiskLinkKind.Deliverable, RiskFields.Deliverables, "deliverable", known, problems);
        Links(Metrics, RiskLinkKind.Metric, RiskFields.Metrics, "metric", known, problems);
        Links(Boards, RiskLinkKind.Board, RiskFields.Boards, "board", known, problems);
        return problems;
    }

    /// <summary>Every link of a checked draft, trimmed and without repeats.</summary>
    public IReadOnlyList<(RiskLinkKind Kind, string Target)> LinkTargets() =>
    [
        .. Clean(Priorities).Select(t => (RiskLinkKind.Priority, t)),
        .. Clean(Deliverables).Select(t => (RiskLinkKind.Deliverable, t)),
        .. Clean(Metrics).Select(t => (RiskLinkKind.Metric, t)),
        .. Clean(Boards).Select(t => (RiskLinkKind.Board, t)),
    ];

    /// <summary>A new risk from a checked draft (see <see cref="Problems"/>), raised on <paramref name="today"/>.</summary>
    public Risk ToRisk(string code, DateOnly today)
    {
        var risk = new Risk
        {
            Code = code,
            Title = "",
            Description = "",
            Owner = "",
            Category = RiskCategory.Compliance,
            InitialLikelihood = Int(InitialLikelihood),
            InitialConsequence = Int(InitialConsequence),
            CurrentLikelihood = Int(CurrentLikelihood),
            CurrentConsequence = Int(CurrentConsequence),
            TargetLikelihood = 1,
            TargetConsequence = 1,
            ReviewDate = today,
            RaisedOn = today,
        };
        ApplyTo(risk);
        return risk;
    }

    /// <summary>Copies a checked draft's details (not the current score) onto <paramref name="risk"/>; links are the caller's.</summary>
    public void ApplyTo(Risk risk)
    {
        risk.Title = RiskFields.Clean(Title);
        risk.Description = RiskFields.Clean(Description);
        risk.Owner = RiskFields.Clean(Owner);
        risk.OwnerUserName = string.IsNullOrWhiteSpace(OwnerUserName) ? null : OwnerUserName.Trim();
        risk.Category = RiskCategories.Parse(Category) ?? throw Unchecked();
        risk.InitialLikelihood = Int(InitialLikelihood);
        risk.InitialConsequence = Int(InitialConsequence);
        risk.TargetLikelihood = Int(TargetLikelihood);
        risk.TargetConsequence = Int(TargetConsequence);
        risk.Controls = RiskFields.Clean(Controls);
        risk.Assurances = RiskFields.Clean(Assurances);
        risk.Gaps = RiskFields.Clean(Gaps);
        risk.ReviewDate = RiskFields.ParseDate(ReviewDate) ?? throw Unchecked();
    }

    private static void Score(string? likelihood, string? consequence, string likelihoodField, string consequenceField, string which, List<FieldProblem> problems)
    {
        RiskFields.Scale(likelihood, likelihoodField, $"{which} likelihood", problems);
        RiskFields.Scale(consequence, consequenceField, $"{which} consequence", problems);
    }

    private static void Links(
        IReadOnlyList<string>? codes, RiskLinkKind kind, string field, string what, IReadOnlyDictionary<RiskLinkKind, IReadOnlySet<string>> known, List<FieldProblem> problems)
    {
        var unknown = Clean(codes).Where(c => !(known.TryGetValue(kind, out var set) && set.Contains(c))).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new(field, $"There is no {what} {string.Join(", ", unknown)}"));
        }
    }

    private static IEnumerable<string> Clean(IReadOnlyList<string>? codes) =>
        (codes ?? []).SelectMany(c => c.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal);

    private static int Int(string? text) => int.TryParse(text?.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var value) && RiskScore.IsValid(value) ? value : throw Unchecked();

    private static InvalidOperationException Unchecked() => new("Check the risk's problems before saving it.");

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
