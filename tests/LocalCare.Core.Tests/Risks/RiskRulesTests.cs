using LocalCare.Core.Access;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Risks;

namespace LocalCare.Core.Tests.Risks;

/// <summary>The overdue-review boundary, the above-appetite rule (current score &gt; appetite), who may change a risk, and the form rules.</summary>
public sealed class RiskRulesTests
{
    private static readonly DateOnly Today = new(2025, 1, 15);

    private static Risk Risk(string code, int likelihood, int consequence, DateOnly? review = null, string? ownerUser = null) => new()
    {
        Code = code,
        Title = "Risk " + code,
        Description = "",
        Owner = "Owner",
        OwnerUserName = ownerUser,
        Category = RiskCategory.Workforce,
        InitialLikelihood = likelihood,
        InitialConsequence = consequence,
        CurrentLikelihood = likelihood,
        CurrentConsequence = consequence,
        TargetLikelihood = 1,
        TargetConsequence = 1,
        ReviewDate = review ?? Today,
        RaisedOn = new(2024, 4, 1),
    };

    [Theory]
    [InlineData(2025, 1, 14, true)]
    [InlineData(2025, 1, 15, false)]
    [InlineData(2025, 1, 16, false)]
    public void Review_IsOverdue_OnlyOnceItsDateHasPassed(int year, int month, int day, bool overdue) =>
        Assert.Equal(overdue, Risk("R-001", 3, 3, new DateOnly(year, month, day)).IsReviewOverdueOn(Today));

    [Fact]
    public void OverdueReviews_AreListedMostOverdueFirst()
    {
        var risks = new[] { Risk("R-001", 3, 3, new(2025, 1, 10)), Risk("R-002", 3, 3, new(2024, 12, 20)), Risk("R-003", 3, 3, Today), Risk("R-004", 3, 3, new(2025, 2, 1)) };

        Assert.Equal(["R-002", "R-001"], RiskReviews.Overdue(risks, Today).Select(r => r.Code));
    }

    [Theory]
    [InlineData(3, 4, 12, false)]
    [InlineData(3, 4, 11, true)]
    [InlineData(3, 5, 12, true)]
    [InlineData(2, 4, 8, false)]
    [InlineData(3, 3, 8, true)]
    public void AboveAppetite_MeansCurrentScoreStrictlyGreater(int likelihood, int consequence, int appetite, bool above) =>
        Assert.Equal(above, RiskAppetite.IsAbove(new RiskScore(likelihood, consequence), appetite));

    [Fact]
    public void RisksAboveAppetite_AreThoseOverIt_HighestFirst()
    {
        var risks = new[] { Risk("R-001", 2, 4), Risk("R-002", 4, 4), Risk("R-003", 3, 3), Risk("R-004", 1, 2), Risk("R-005", 5, 4) };

        Assert.Equal(["R-005", "R-002", "R-003"], RiskAppetite.Above(risks, 8).Select(r => r.Code));
    }

    [Fact]
    public void PackBuilder_KeepsOnlyTheRisksAboveTheBoardsAppetite()
    {
        static PackRisk P(string code, int l, int c) => new(code, code, "Owner", "Workforce", new RiskScore(l, c), new RiskScore(1, 1), Today, false, "", []);

        var section = BoardPackBuilder.RisksAbove(new PackRiskInput(9, [P("R-001", 3, 3), P("R-002", 2, 5), P("R-003", 4, 4), P("R-004", 1, 1)]));

        Assert.Equal(9, section.Appetite);
        Assert.Equal(["R-003", "R-002"], section.AboveAppetite.Select(r => r.Code));
    }

    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Executive, true)]
    [InlineData(Roles.Manager, false)]
    [InlineData(Roles.Analyst, false)]
    [InlineData(Roles.Commissioner, false)]
    [InlineData(Roles.Viewer, false)]
    public void OnlyAdminsAndExecutives_EditAnyRisk(string role, bool can)
    {
        var risk = Risk("R-001", 3, 3, ownerUser: "someone");

        Assert.Equal(can, RiskPermissions.CanEdit([role]));
        Assert.Equal(can, RiskPermissions.CanRescore([role], role, risk));
    }

    [Fact]
    public void TheOwner_RescoresTheirOwnRisk_ButNotOthersOrItsDetails()
    {
        var own = Risk("R-001", 3, 3, ownerUser: "manager");
        var other = Risk("R-002", 3, 3, ownerUser: "someone");

        Assert.True(RiskPermissions.CanRescore([Roles.Manager], "MANAGER", own));
        Assert.False(RiskPermissions.CanRescore([Roles.Manager], "manager", other));
        Assert.False(RiskPermissions.CanEdit([Roles.Manager]));
    }

    private static readonly IReadOnlyDictionary<RiskLinkKind, IReadOnlySet<string>> Known = new Dictionary<RiskLinkKind, IReadOnlySet<string>>
    {
        [RiskLinkKind.Priority] = new HashSet<string> { "P2425-SAFE" },
        [RiskLinkKind.Deliverable] = new HashSet<string> { "D2425-CH-20" },
        [RiskLinkKind.Metric] = new HashSet<string> { "vacancy-rate" },
        [RiskLinkKind.Board] = new HashSet<string> { "HPB" },
    };

    private static RiskDraft Draft(string? likelihood = "4", string? review = "2025-03-31", string[]? boards = null) => new(
        "Vacancies", "Too few nurses", "Director of HR and OD", null, "workforce", "4", "4", likelihood, "4", "2", "4", "", "", "", review,
        ["P2425-SAFE"], ["D2425-CH-20"], ["vacancy-rate"], boards ?? ["HPB"]);

    [Fact]
    public void ADraftThatIsRight_HasNoProblems_AndMakesTheRisk()
    {
        var draft = Draft();

        var risk = draft.ToRisk("R-014", Today);

        Assert.Empty(draft.Problems(raising: true, Known));
        Assert.Equal((16, 8, new DateOnly(2025, 3, 31), RiskCategory.Workforce), (risk.Current.Score, risk.Target.Score, risk.ReviewDate, risk.Category));
    }

    [Fact]
    public void Problems_NameTheirFields_InServiceManualWords()
    {
        var draft = new RiskDraft("", null, " ", null, "weather", "0", "x", "6", null, "3", "", null, null, null, "31/03/2025", [], ["D9999-X-01"], [], ["NOPE"]);

        Assert.Equal(
        [
            new(RiskFields.Title, "Enter a title"),
            new(RiskFields.Description, "Enter a description of the risk"),
            new(RiskFields.Owner, "Enter the owner of the risk"),
            new(RiskFields.Category, "The category must be one of: workforce, quality_safety, safeguarding, performance, finance, provider_market, data_digital, partnerships, compliance"),
            new(RiskFields.InitialLikelihood, "The initial likelihood must be a whole number from 1 to 5"),
            new(RiskFields.InitialConsequence, "The initial consequence must be a whole number from 1 to 5"),
            new(RiskFields.CurrentLikelihood, "The current likelihood must be a whole number from 1 to 5"),
            new(RiskFields.CurrentConsequence, "Select the current consequence"),
            new(RiskFields.TargetConsequence, "Select the target consequence"),
            new(RiskFields.ReviewDate, "The date of the next review must be a real date, such as 2025-03-31"),
            new(RiskFields.Deliverables, "There is no deliverable D9999-X-01"),
            new(RiskFields.Boards, "There is no board NOPE"),
        ], draft.Problems(raising: true, Known));
    }

    [Fact]
    public void AChange_DoesNotAskForTheCurrentScore()
    {
        var draft = Draft(likelihood: null);

        Assert.Empty(draft.Problems(raising: false, Known));
        Assert.Equal([new(RiskFields.CurrentLikelihood, "Select the current likelihood")], draft.Problems(raising: true, Known));
    }

    [Theory]
    [InlineData("0", "3", RiskFields.Likelihood, "The likelihood must be a whole number from 1 to 5")]
    [InlineData("3", "6", RiskFields.Consequence, "The consequence must be a whole number from 1 to 5")]
    [InlineData("", "3", RiskFields.Likelihood, "Select the likelihood")]
    public void Rescore_RefusesValuesOffTheMatrix(string likelihood, string consequence, string field, string message) =>
        Assert.Equal([new(field, message)], new RiskRescore(likelihood, consequence, null).Problems());

    [Theory]
    [InlineData("2025-01-15", "The date of the next review must be in the future")]
    [InlineData("", "Enter the date of the next review")]
    public void Review_NeedsANextDateAfterToday(string next, string message) =>
        Assert.Equal([new(RiskFields.NextReview, message)], new RiskReview(next, null).Problems(Today));
}
