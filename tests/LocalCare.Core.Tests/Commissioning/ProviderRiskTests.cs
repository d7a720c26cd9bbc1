using LocalCare.Core.Commissioning;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning;

public sealed class ProviderRiskTests
{
    private const string Date = "2024-08-15";

    private static readonly CqcRatingRecord OutstandingInMay = Cqc("L1", "2024-05-01", "Outstanding");

    private static readonly QualityAudit ExcellentInMarch = Audit("A1", "P1", "2024-03-01", AuditRating.Excellent);

    /// <summary>Provider P1 at location L1; by default CQC outstanding (May 2024) and an excellent audit (March 2024): score 0.</summary>
    private static ProviderRiskResult Assess(
        string date = Date,
        IReadOnlyList<CqcRatingRecord>? cqc = null,
        IReadOnlyList<QualityAudit>? audits = null,
        IReadOnlyList<AuditAction>? actions = null,
        IReadOnlyList<ProviderConcern>? concerns = null,
        string? location = "L1") =>
        ProviderRisk.Assess(new ProviderRiskInput(Provider("P1", location), cqc ?? [OutstandingInMay], audits ?? [ExcellentInMarch], actions ?? [], concerns ?? []), D(date));

    [Fact]
    public void Baseline_ScoresNothing_AndGivesOneReasonPerInput()
    {
        var result = Assess();

        Assert.Equal(
            new ProviderRiskResult("P1", 0, RiskBand.Low, 12, CqcRating.Outstanding, D("2024-03-01"), D("2025-03-01"), false, result.Reasons),
            result);
        Assert.Equal(
            [
                "CQC overall rating outstanding (published 2024-05-01): 0 points",
                "CQC rating published within 30 months of 2024-08-15: 0 points",
                "Latest council audit excellent (2024-03-01): 0 points",
                "Council audit in the 24 months up to 2024-08-15: 0 points",
                "No audit action overdue: 0 points",
                "No safeguarding concern open: 0 points",
                "No whistleblowing concern opened in the 12 months up to 2024-08-15: 0 points",
                "0 upheld complaints opened in the 12 months up to 2024-08-15 (fewer than 3): 0 points",
            ],
            result.Reasons);
    }

    [Theory]
    [InlineData("Outstanding", CqcRating.Outstanding, 0, "CQC overall rating outstanding (published 2024-05-01): 0 points")]
    [InlineData("Good", CqcRating.Good, 1, "CQC overall rating good (published 2024-05-01): 1 point")]
    [InlineData("Requires improvement", CqcRating.RequiresImprovement, 3, "CQC overall rating requires improvement (published 2024-05-01): 3 points")]
    [InlineData("Inadequate", CqcRating.Inadequate, 6, "CQC overall rating inadequate (published 2024-05-01): 6 points")]
    public void CqcRating_Scores0_1_3_6(string text, CqcRating rating, int score, string reason)
    {
        var result = Assess(cqc: [Cqc("L1", "2024-05-01", text)]);

        Assert.Equal(score, result.Score);
        Assert.Equal(rating, result.CqcRating);
        Assert.Equal(reason, result.Reasons[0]);
    }

    [Fact]
    public void CqcUnrated_Scores3()
    {
        var result = Assess(cqc: [Cqc("L1", "2024-05-01", "Not Yet Inspected")]);

        Assert.Equal(3, result.Score);
        Assert.Null(result.CqcRating);
        Assert.Equal("CQC overall rating unrated: 3 points", result.Reasons[0]);
        Assert.Equal("CQC rating age: no published rating to age: 0 points", result.Reasons[1]);
    }

    [Fact]
    public void NoCqcRows_ForTheLocation_Scores3_AsUnrated()
    {
        var result = Assess(cqc: [Cqc("L2", "2024-05-01", "Outstanding")]);

        Assert.Equal(3, result.Score);
        Assert.Null(result.CqcRating);
    }

    [Fact]
    public void NoCqcLocation_Scores3_AsUnrated()
    {
        var result = Assess(location: null);

        Assert.Equal(3, result.Score);
        Assert.Null(result.CqcRating);
        Assert.Equal("CQC overall rating unrated (no CQC location): 3 points", result.Reasons[0]);
    }

    [Fact]
    public void CqcRatingAfterTheDate_IsNotYetKnown()
    {
        var result = Assess(cqc: [Cqc("L1", "2022-05-01", "Good"), Cqc("L1", "2024-08-16", "Inadequate")]);

        Assert.Equal(CqcRating.Good, result.CqcRating);
        Assert.Equal(1, result.Score);
    }

    [Theory]
    [InlineData("2024-08-15", "2022-02-15", 0)]
    [InlineData("2024-08-15", "2022-02-14", 1)]
    [InlineData("2024-08-15", "2022-02-16", 0)]
    [InlineData("2024-08-15", "2019-01-01", 1)]
    [InlineData("2024-08-31", "2022-02-28", 0)]
    [InlineData("2024-08-31", "2022-02-27", 1)]
    [InlineData("2024-02-29", "2021-08-29", 0)]
    [InlineData("2024-02-29", "2021-08-28", 1)]
    [InlineData("2024-08-30", "2022-02-28", 0)]
    [InlineData("2024-08-30", "2022-02-27", 1)]
    public void CqcRating_PublishedMoreThan30MonthsBefore_ScoresAPoint(string date, string published, int points)
    {
        var result = Assess(date, cqc: [Cqc("L1", published, "Outstanding")], audits: [Audit("A1", "P1", "2024-02-01", AuditRating.Excellent)]);

        Assert.Equal(points, result.Score);
        Assert.Equal(
            points == 1 ? $"CQC rating published more than 30 months before {date}: 1 point" : $"CQC rating published within 30 months of {date}: 0 points",
            result.Reasons[1]);
    }

    [Fact]
    public void CqcAge_UsesTheLatestOfTheRowsTaken_InThePerServiceFallback()
    {
        CqcRatingRecord[] rows = [Cqc("L1", "2024-06-01", "Not rated"), Cqc("L1", "2021-01-01", "Inadequate", "Nursing"), Cqc("L1", "2023-01-01", "Good", "Residential")];

        var result = Assess(cqc: rows);

        Assert.Equal(CqcRating.Inadequate, result.CqcRating);
        Assert.Equal(6, result.Score);
        Assert.Equal("CQC overall rating inadequate (published 2023-01-01): 6 points", result.Reasons[0]);
    }

    [Theory]
    [InlineData("2024-08-15", "2022-02-15", 0)]
    [InlineData("2024-08-15", "2022-02-14", 1)]
    [InlineData("2024-08-31", "2022-02-28", 0)]
    [InlineData("2024-08-31", "2022-02-27", 1)]
    public void CqcAge_InThePerServiceFallback_IsThatOfTheLatestGroupRowTaken_OnThe30MonthBoundary(string date, string latestGroupRow, int agePoints)
    {
        // Overall unrated; Nursing's rating is far older than 30 months, Residential's is the latest row taken.
        CqcRatingRecord[] rows = [Cqc("L1", "2022-01-01", "Not rated"), Cqc("L1", "2019-01-01", "Requires improvement", "Nursing"), Cqc("L1", latestGroupRow, "Good", "Residential")];

        var result = Assess(date, cqc: rows, audits: [Audit("A1", "P1", date, AuditRating.Excellent)]);

        Assert.Equal(CqcRating.RequiresImprovement, result.CqcRating);
        Assert.Equal(3 + agePoints, result.Score);
        Assert.Equal($"CQC overall rating requires improvement (published {latestGroupRow}): 3 points", result.Reasons[0]);
    }

    [Theory]
    [InlineData(AuditRating.Excellent, 0, "Latest council audit excellent (2024-03-01): 0 points")]
    [InlineData(AuditRating.Good, 1, "Latest council audit good (2024-03-01): 1 point")]
    [InlineData(AuditRating.RequiresImprovement, 3, "Latest council audit requires improvement (2024-03-01): 3 points")]
    [InlineData(AuditRating.Poor, 6, "Latest council audit poor (2024-03-01): 6 points")]
    public void LatestAudit_Scores0_1_3_6(AuditRating overall, int score, string reason)
    {
        var result = Assess(audits: [Audit("A1", "P1", "2024-03-01", overall)]);

        Assert.Equal(score, result.Score);
        Assert.Equal(reason, result.Reasons[2]);
        Assert.Equal("Council audit in the 24 months up to 2024-08-15: 0 points", result.Reasons[3]);
    }

    [Fact]
    public void OnlyTheLatestAudit_Counts()
    {
        var result = Assess(audits: [Audit("A0", "P1", "2023-01-10", AuditRating.Poor), Audit("A1", "P1", "2024-03-01", AuditRating.Good), Audit("A2", "P1", "2023-09-01", AuditRating.Excellent)]);

        Assert.Equal(1, result.Score);
        Assert.Equal(D("2024-03-01"), result.LastAudit);
    }

    [Fact]
    public void TwoAuditsOnTheLatestDay_TheWorseCounts()
    {
        var result = Assess(audits: [Audit("A1", "P1", "2024-03-01", AuditRating.Good), Audit("A2", "P1", "2024-03-01", AuditRating.RequiresImprovement)]);

        Assert.Equal(3, result.Score);
    }

    [Fact]
    public void AnAuditNotYetMarkedComplete_StillCounts()
    {
        var result = Assess(audits: [Audit("A1", "P1", "2024-03-01", AuditRating.Poor, completed: null), Audit("A0", "P1", "2024-01-01", AuditRating.Excellent, completed: "2024-01-20")]);

        Assert.Equal(6, result.Score);
        Assert.Equal(D("2024-03-01"), result.LastAudit);
    }

    [Fact]
    public void NoAuditEver_Scores2_AndTheReviewIsDueOnTheDate()
    {
        var result = Assess(audits: []);

        Assert.Equal(new ProviderRiskResult("P1", 2, RiskBand.Low, 12, CqcRating.Outstanding, null, D(Date), false, result.Reasons), result);
        Assert.Equal("Latest council audit: none in the 24 months up to 2024-08-15: 0 points", result.Reasons[2]);
        Assert.Equal("No council audit in the 24 months up to 2024-08-15: 2 points", result.Reasons[3]);
    }

    [Fact]
    public void AuditsAfterTheDate_AndOfOtherProviders_AreIgnored()
    {
        var result = Assess(audits: [Audit("A1", "P1", "2024-08-16", AuditRating.Poor), Audit("A2", "P2", "2024-08-01", AuditRating.Poor)]);

        Assert.Equal(2, result.Score);
        Assert.Null(result.LastAudit);
        Assert.Equal(D(Date), result.NextReview);
    }

    [Theory]
    [InlineData("2024-08-15", "2022-08-15", false)]
    [InlineData("2024-08-15", "2022-08-16", true)]
    [InlineData("2024-08-15", "2024-08-15", true)]
    [InlineData("2024-02-29", "2022-02-28", false)]
    [InlineData("2024-02-29", "2022-03-01", true)]
    [InlineData("2024-08-31", "2022-08-31", false)]
    [InlineData("2024-08-31", "2022-09-01", true)]
    [InlineData("2024-03-31", "2022-03-31", false)]
    [InlineData("2024-03-31", "2022-04-01", true)]
    [InlineData("2026-02-28", "2024-02-28", false)]
    [InlineData("2026-02-28", "2024-02-29", true)]
    public void TheAuditWindow_IsTheDateMinus24MonthsExcluded_ToTheDateIncluded(string date, string audited, bool within)
    {
        var result = Assess(date, cqc: [Cqc("L1", date, "Outstanding")], audits: [Audit("A1", "P1", audited, AuditRating.Good)]);

        Assert.Equal(within ? 1 : 2, result.Score);
        Assert.Equal(D(audited), result.LastAudit);
    }

    [Fact]
    public void AnAuditOutsideTheWindow_IsStillTheLastAudit_ForTheNextReview()
    {
        var result = Assess(audits: [Audit("A1", "P1", "2022-01-10", AuditRating.Poor)]);

        Assert.Equal(new ProviderRiskResult("P1", 2, RiskBand.Low, 12, CqcRating.Outstanding, D("2022-01-10"), D("2023-01-10"), true, result.Reasons), result);
    }

    [Theory]
    [InlineData("2024-08-14", null, 2)]
    [InlineData("2024-08-15", null, 0)]
    [InlineData("2024-08-14", "2024-08-15", 0)]
    [InlineData("2024-08-14", "2024-08-16", 2)]
    [InlineData("2024-01-01", "2024-08-01", 0)]
    public void AnOverdueAuditAction_Scores2(string due, string? completed, int points)
    {
        var result = Assess(actions: [Action("X1", "A1", due, completed)]);

        Assert.Equal(points, result.Score);
        Assert.Equal(points == 2 ? "1 audit action overdue: 2 points" : "No audit action overdue: 0 points", result.Reasons[4]);
    }

    [Fact]
    public void SeveralOverdueActions_StillScore2()
    {
        var result = Assess(
            audits: [ExcellentInMarch, Audit("A0", "P1", "2023-05-01", AuditRating.Good)],
            actions: [Action("X1", "A1", "2024-04-01"), Action("X2", "A0", "2023-06-01"), Action("X3", "A1", "2024-09-01")]);

        Assert.Equal(2, result.Score);
        Assert.Equal("2 audit actions overdue: 2 points", result.Reasons[4]);
    }

    [Fact]
    public void ActionsOfOtherProvidersAudits_OrOfAuditsAfterTheDate_AreIgnored()
    {
        var result = Assess(
            audits: [ExcellentInMarch, Audit("A2", "P2", "2024-01-01", AuditRating.Poor), Audit("A3", "P1", "2024-08-20", AuditRating.Excellent)],
            actions: [Action("X1", "A2", "2024-02-01"), Action("X2", "A3", "2024-08-01"), Action("X3", "A9", "2024-02-01")]);

        Assert.Equal(0, result.Score);
    }

    [Theory]
    [InlineData("2024-08-15", null, 3)]
    [InlineData("2023-01-01", null, 3)]
    [InlineData("2024-08-16", null, 0)]
    [InlineData("2024-01-01", "2024-08-15", 0)]
    [InlineData("2024-01-01", "2024-08-16", 3)]
    [InlineData("2024-01-01", "2024-03-01", 0)]
    public void AnOpenSafeguardingConcern_Scores3(string opened, string? closed, int points)
    {
        var result = Assess(concerns: [Concern("K1", "P1", ConcernKind.Safeguarding, opened, closed)]);

        Assert.Equal(points, result.Score);
        Assert.Equal(points == 3 ? "1 safeguarding concern open: 3 points" : "No safeguarding concern open: 0 points", result.Reasons[5]);
    }

    [Theory]
    [InlineData("2024-08-15", "2023-08-15", 0)]
    [InlineData("2024-08-15", "2023-08-16", 2)]
    [InlineData("2024-08-15", "2024-08-15", 2)]
    [InlineData("2024-08-15", "2024-08-16", 0)]
    [InlineData("2024-02-29", "2023-02-28", 0)]
    [InlineData("2024-02-29", "2023-03-01", 2)]
    [InlineData("2024-08-31", "2023-08-31", 0)]
    [InlineData("2024-08-31", "2023-09-01", 2)]
    public void AWhistleblowingConcernOpenedInThe12MonthsUpToTheDate_Scores2(string date, string opened, int points)
    {
        var result = Assess(date, cqc: [Cqc("L1", date, "Outstanding")], audits: [Audit("A1", "P1", date, AuditRating.Excellent)], concerns: [Concern("K1", "P1", ConcernKind.Whistleblowing, opened, closed: opened)]);

        Assert.Equal(points, result.Score);
        Assert.Equal(
            points == 2 ? $"1 whistleblowing concern opened in the 12 months up to {date}: 2 points" : $"No whistleblowing concern opened in the 12 months up to {date}: 0 points",
            result.Reasons[6]);
    }

    [Fact]
    public void ThreeUpheldComplaintsInThe12Months_ScoreAPoint_TwoDoNot()
    {
        ProviderConcern[] two = [Concern("K1", "P1", ConcernKind.ComplaintUpheld, "2023-08-16"), Concern("K2", "P1", ConcernKind.ComplaintUpheld, "2024-08-15", "2024-08-15")];
        ProviderConcern[] three = [.. two, Concern("K3", "P1", ConcernKind.ComplaintUpheld, "2024-01-01", "2024-02-01")];
        ProviderConcern[] twoAndAnOldOne = [.. two, Concern("K3", "P1", ConcernKind.ComplaintUpheld, "2023-08-15")];

        Assert.Equal(0, Assess(concerns: two).Score);
        Assert.Equal("2 upheld complaints opened in the 12 months up to 2024-08-15 (fewer than 3): 0 points", Assess(concerns: two).Reasons[7]);
        Assert.Equal(1, Assess(concerns: three).Score);
        Assert.Equal("3 upheld complaints opened in the 12 months up to 2024-08-15 (3 or more): 1 point", Assess(concerns: three).Reasons[7]);
        Assert.Equal(0, Assess(concerns: twoAndAnOldOne).Score);
    }

    [Fact]
    public void SeveralOpenSafeguardingConcerns_StillScore3()
    {
        var result = Assess(concerns:
        [
            Concern("K1", "P1", ConcernKind.Safeguarding, "2024-01-01"),
            Concern("K2", "P1", ConcernKind.Safeguarding, "2024-08-15"),
            Concern("K3", "P1", ConcernKind.Safeguarding, "2020-05-01", "2024-09-01"),
        ]);

        Assert.Equal(3, result.Score);
        Assert.Equal("3 safeguarding concerns open: 3 points", result.Reasons[5]);
    }

    [Fact]
    public void SeveralWhistleblowingConcernsInThe12Months_StillScore2_OpenOrClosed()
    {
        var result = Assess(concerns:
        [
            Concern("K1", "P1", ConcernKind.Whistleblowing, "2023-08-16", "2023-09-01"),
            Concern("K2", "P1", ConcernKind.Whistleblowing, "2024-02-01"),
            Concern("K3", "P1", ConcernKind.Whistleblowing, "2023-08-15"),
        ]);

        Assert.Equal(2, result.Score);
        Assert.Equal("2 whistleblowing concerns opened in the 12 months up to 2024-08-15: 2 points", result.Reasons[6]);
    }

    [Fact]
    public void AnOpenWhistleblowingConcernOpenedBeforeThe12Months_ScoresNothing()
    {
        var result = Assess(concerns: [Concern("K1", "P1", ConcernKind.Whistleblowing, "2023-01-01")]);

        Assert.Equal(0, result.Score);
    }

    [Theory]
    [InlineData("2024-08-15", "2023-08-15", 0)]
    [InlineData("2024-08-15", "2023-08-16", 1)]
    [InlineData("2024-08-15", "2024-08-15", 1)]
    [InlineData("2024-08-15", "2024-08-16", 0)]
    [InlineData("2024-02-29", "2023-02-28", 0)]
    [InlineData("2024-02-29", "2023-03-01", 1)]
    [InlineData("2025-02-28", "2024-02-28", 0)]
    [InlineData("2025-02-28", "2024-02-29", 1)]
    public void TheThirdUpheldComplaint_CountsOnlyInThe12MonthsUpToTheDate(string date, string third, int points)
    {
        var day = D(date);
        ProviderConcern[] complaints =
        [
            Concern("K1", "P1", ConcernKind.ComplaintUpheld, Iso(day.AddDays(-10))),
            Concern("K2", "P1", ConcernKind.ComplaintUpheld, Iso(day.AddDays(-20)), Iso(day.AddDays(-15))),
            Concern("K3", "P1", ConcernKind.ComplaintUpheld, third),
        ];

        var result = Assess(date, cqc: [Cqc("L1", date, "Outstanding")], audits: [Audit("A1", "P1", date, AuditRating.Excellent)], concerns: complaints);

        Assert.Equal(points, result.Score);
        Assert.StartsWith(points == 1 ? "3 upheld complaints opened" : "2 upheld complaints opened", result.Reasons[7], StringComparison.Ordinal);
    }

    [Fact]
    public void ManyUpheldComplaints_StillScoreOnePoint()
    {
        var result = Assess(concerns: [.. Enumerable.Range(1, 7).Select(i => Concern("K" + i, "P1", ConcernKind.ComplaintUpheld, $"2024-0{i}-01"))]);

        Assert.Equal(1, result.Score);
        Assert.Equal("7 upheld complaints opened in the 12 months up to 2024-08-15 (3 or more): 1 point", result.Reasons[7]);
    }

    [Fact]
    public void TheThreeConcernInputs_AddUpWithTheirCaps_To6()
    {
        var result = Assess(concerns:
        [
            Concern("K1", "P1", ConcernKind.Safeguarding, "2024-07-01"),
            Concern("K2", "P1", ConcernKind.Safeguarding, "2024-07-02"),
            Concern("K3", "P1", ConcernKind.Whistleblowing, "2024-07-03"),
            Concern("K4", "P1", ConcernKind.Whistleblowing, "2024-07-04"),
            .. Enumerable.Range(5, 4).Select(i => Concern("K" + i, "P1", ConcernKind.ComplaintUpheld, "2024-07-1" + i)),
        ]);

        Assert.Equal((6, RiskBand.High), (result.Score, result.Band));
    }

    [Fact]
    public void OtherConcerns_AndOtherProvidersConcerns_ScoreNothing()
    {
        var result = Assess(concerns:
        [
            Concern("K1", "P1", ConcernKind.Other, "2024-08-01"),
            Concern("K2", "P2", ConcernKind.Safeguarding, "2024-08-01"),
            Concern("K3", "P2", ConcernKind.Whistleblowing, "2024-08-01"),
            Concern("K4", "P2", ConcernKind.ComplaintUpheld, "2024-08-01"),
            Concern("K5", "P2", ConcernKind.ComplaintUpheld, "2024-08-01"),
            Concern("K6", "P2", ConcernKind.ComplaintUpheld, "2024-08-01"),
        ]);

        Assert.Equal(0, result.Score);
    }

    [Fact]
    public void Score2_IsLow_ReviewedIn12Months()
    {
        var result = Assess(cqc: [Cqc("L1", "2024-05-01", "Good")], audits: [Audit("A1", "P1", "2024-03-01", AuditRating.Good)]);

        Assert.Equal((2, RiskBand.Low, 12, D("2025-03-01"), false), (result.Score, result.Band, result.ReviewMonths, result.NextReview, result.Overdue));
    }

    [Fact]
    public void Score3_IsMedium_ReviewedIn6Months()
    {
        var result = Assess(cqc: [Cqc("L1", "2024-05-01", "Requires improvement")]);

        Assert.Equal((3, RiskBand.Medium, 6, D("2024-09-01"), false), (result.Score, result.Band, result.ReviewMonths, result.NextReview, result.Overdue));
    }

    [Fact]
    public void Score5_IsStillMedium()
    {
        var result = Assess(cqc: [Cqc("L1", "2024-05-01", "Requires improvement")], concerns: [Concern("K1", "P1", ConcernKind.Whistleblowing, "2024-06-01")]);

        Assert.Equal((5, RiskBand.Medium, 6), (result.Score, result.Band, result.ReviewMonths));
    }

    [Fact]
    public void Score6_IsHigh_ReviewedIn3Months_AndHereOverdue()
    {
        var result = Assess(cqc: [Cqc("L1", "2024-05-01", "Inadequate")]);

        Assert.Equal((6, RiskBand.High, 3, D("2024-06-01"), true), (result.Score, result.Band, result.ReviewMonths, result.NextReview, result.Overdue));
    }

    [Fact]
    public void EveryInputOn_Scores21()
    {
        var result = Assess(
            cqc: [Cqc("L1", "2021-01-01", "Inadequate")],
            audits: [Audit("A1", "P1", "2024-07-01", AuditRating.Poor)],
            actions: [Action("X1", "A1", "2024-08-01")],
            concerns:
            [
                Concern("K1", "P1", ConcernKind.Safeguarding, "2024-07-01"),
                Concern("K2", "P1", ConcernKind.Whistleblowing, "2024-07-02"),
                Concern("K3", "P1", ConcernKind.ComplaintUpheld, "2024-07-03"),
                Concern("K4", "P1", ConcernKind.ComplaintUpheld, "2024-07-04"),
                Concern("K5", "P1", ConcernKind.ComplaintUpheld, "2024-07-05"),
            ]);

        Assert.Equal(new ProviderRiskResult("P1", 21, RiskBand.High, 3, CqcRating.Inadequate, D("2024-07-01"), D("2024-10-01"), false, result.Reasons), result);
        Assert.Equal(
            [
                "CQC overall rating inadequate (published 2021-01-01): 6 points",
                "CQC rating published more than 30 months before 2024-08-15: 1 point",
                "Latest council audit poor (2024-07-01): 6 points",
                "Council audit in the 24 months up to 2024-08-15: 0 points",
                "1 audit action overdue: 2 points",
                "1 safeguarding concern open: 3 points",
                "1 whistleblowing concern opened in the 12 months up to 2024-08-15: 2 points",
                "3 upheld complaints opened in the 12 months up to 2024-08-15 (3 or more): 1 point",
            ],
            result.Reasons);
    }

    [Theory]
    [InlineData("2023-08-15", "2024-08-15", false)]
    [InlineData("2023-08-14", "2024-08-14", true)]
    [InlineData("2023-08-16", "2024-08-16", false)]
    public void Overdue_IsNextReviewBeforeTheDate(string audited, string nextReview, bool overdue)
    {
        var result = Assess(audits: [Audit("A1", "P1", audited, AuditRating.Excellent)]);

        Assert.Equal(RiskBand.Low, result.Band);
        Assert.Equal((D(nextReview), overdue), (result.NextReview, result.Overdue));
    }

    [Fact]
    public void NextReview_ClampsToTheMonthsEnd()
    {
        var result = Assess("2024-03-01", cqc: [Cqc("L1", "2024-01-01", "Requires improvement")], audits: [Audit("A1", "P1", "2023-08-31", AuditRating.Excellent)]);

        Assert.Equal((RiskBand.Medium, D("2024-02-29"), true), (result.Band, result.NextReview, result.Overdue));
    }

    [Fact]
    public void ActiveProviders_AreThoseWithAContractActiveOnTheDate_OnceEach_InCodeOrder()
    {
        ProviderContract[] contracts =
        [
            Contract("C1", "P3", "2024-01-01", "2024-06-30"),
            Contract("C2", "P1", "2024-06-30", "2025-03-31"),
            Contract("C3", "P2", "2024-01-01", "2024-06-29"),
            Contract("C4", "P4", "2024-07-01", "2025-03-31"),
            Contract("C5", "P1", "2023-01-01", "2026-01-01"),
            Contract("C6", "P5", "2024-06-30", "2024-06-30"),
        ];

        Assert.Equal(["P1", "P3", "P5"], ProviderRisk.ActiveProviders(contracts, D("2024-06-30")));
        Assert.Equal(["P1", "P4"], ProviderRisk.ActiveProviders(contracts, D("2024-07-01")));
        Assert.Empty(ProviderRisk.ActiveProviders(contracts, D("2022-12-31")));
    }

    [Fact]
    public void AssessActive_RatesEveryActiveProviderInTheRegister_InCodeOrder()
    {
        var data = Data(
            providers: [Provider("P2", "L2"), Provider("P1", "L1")],
            cqc: [Cqc("L1", "2024-01-01", "Good"), Cqc("L2", "2024-01-01", "Inadequate")],
            contracts: [Contract("C1", "P1", "2024-01-01", "2025-01-01"), Contract("C2", "P2", "2024-01-01", "2025-01-01"), Contract("C3", "P9", "2024-01-01", "2025-01-01"), Contract("C4", "P1", "2024-01-01", "2025-01-01")],
            audits: [Audit("A1", "P1", "2024-05-01", AuditRating.Good), Audit("A2", "P2", "2024-05-01", AuditRating.Good)],
            actions: [Action("X1", "A2", "2024-06-01")]);

        var results = ProviderRisk.AssessActive(data, D("2024-08-15"));

        Assert.Equal([("P1", 2), ("P2", 9)], results.Select(r => (r.ProviderCode, r.Score)));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
