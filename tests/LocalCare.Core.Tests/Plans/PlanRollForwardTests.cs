using LocalCare.Core.Boards;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;

namespace LocalCare.Core.Tests.Plans;

public sealed class PlanRollForwardTests
{
    private static readonly PlanYear Year = new(2024);

    [Fact]
    public void Start_CopiesVisionPrioritiesAndKloesUnderNextYearsCodes_AndReviewsEveryDeliverable()
    {
        VisionStatement[] vision = [new() { PlanYear = Year, Order = 2, Text = "Second" }, new() { PlanYear = Year, Order = 1, Text = "First" }, new() { PlanYear = Year.Previous, Order = 1, Text = "Old" }];
        Priority[] priorities = [new() { Code = "P2425-SAFE", PlanYear = Year, Order = 1, Name = "Safe", Summary = "S" }];
        Kloe[] kloes = [new() { Code = "K2425-QUALITY", PlanYear = Year, Order = 1, Theme = "Quality", Description = "D", Measures = "M", BoardCode = "HPB", Metrics = [new() { KloeCode = "K2425-QUALITY", MetricId = "fft-positive" }] }];
        Deliverable[] deliverables = [Deliverable("D2425-CH-02"), Deliverable("D2425-CH-01")];

        var plan = PlanRollForward.Start(Year, vision, priorities, kloes, deliverables);

        Assert.Equal(new PlanYear(2025), plan.Year);
        Assert.Equal(["First", "Second"], plan.Vision.Select(v => v.Text));
        Assert.All(plan.Vision, v => Assert.Equal(plan.Year, v.PlanYear));
        Assert.Equal(("P2526-SAFE", "Safe"), (plan.Priorities.Single().Code, plan.Priorities.Single().Name));
        var kloe = plan.Kloes.Single();
        Assert.Equal(("K2526-QUALITY", "HPB", "K2526-QUALITY", "fft-positive"), (kloe.Code, kloe.BoardCode, kloe.Metrics.Single().KloeCode, kloe.Metrics.Single().MetricId));
        Assert.Equal(["D2425-CH-01", "D2425-CH-02"], plan.Reviews.Select(r => r.DeliverableCode));
        Assert.All(plan.Reviews, r => Assert.Equal(DeliverableOutcome.Pending, r.Outcome));
    }

    [Fact]
    public void Start_CopiesThePortfolio_WithoutTheProgrammesThatAreComplete()
    {
        Programme[] programmes =
        [
            new() { Code = "TP2425-HF", PlanYear = Year, Order = 7, Name = "Home First", Scope = ProgrammeScope.InSight, Theme = "System", Lead = "DASS", Status = PortfolioStatus.OnTrack },
            new() { Code = "TP2425-SCT", PlanYear = Year, Order = 12, Name = "Sickle cell", Scope = ProgrammeScope.InSight, Theme = "System", Lead = "MD", Status = PortfolioStatus.Complete },
        ];

        var plan = PlanRollForward.Start(Year, [], [], [], [], programmes);

        Assert.Equal([("TP2526-HF", PortfolioStatus.NotStarted)], plan.Programmes.Select(p => (p.Code, p.Status)));
        Assert.Empty(PlanRollForward.Start(Year, [], [], [], []).Programmes);
    }

    [Fact]
    public void CarryForward_CopiesTheDeliverableIntoNextYear_WithoutItsUpdates()
    {
        var last = Deliverable("D2425-CH-07");
        last.Alignments = [new() { DeliverableCode = last.Code, PartnerPriorityCode = "ACUTE-P1" }];
        last.Metrics = [new() { DeliverableCode = last.Code, MetricId = "crisis-response-2h" }];
        last.Updates = [new() { DeliverableCode = last.Code, Quarter = 1, Status = DeliverableStatus.OffTrack }];

        var next = PlanRollForward.CarryForward(last, ["D2526-CH-01"]);

        Assert.Equal(("D2526-CH-02", new PlanYear(2025), "P2526-SAFE", "CH"), (next.Code, next.PlanYear, next.PriorityCode, next.WorkplanCode));
        Assert.Equal((last.Title, last.Owner, last.OwnerUserName, last.DueQuarter), (next.Title, next.Owner, next.OwnerUserName, next.DueQuarter));
        Assert.Equal(("D2526-CH-02", "ACUTE-P1"), (next.Alignments.Single().DeliverableCode, next.Alignments.Single().PartnerPriorityCode));
        Assert.Equal("crisis-response-2h", next.Metrics.Single().MetricId);
        Assert.Empty(next.Updates);
    }

    [Theory]
    [InlineData(null, "", false, "outcome")]
    [InlineData(DeliverableOutcome.Pending, "", false, "outcome")]
    [InlineData(DeliverableOutcome.NotDelivered, " ", false, "note")]
    [InlineData(DeliverableOutcome.Delivered, "", true, "carry-forward")]
    public void AReview_NeedsAnOutcome_ANoteUnlessDelivered_AndCarriesForwardOnlyWhatWasNotDelivered(DeliverableOutcome? outcome, string note, bool carry, string field) =>
        Assert.Equal([field], DeliverableReview.Problems(outcome, note, carry).Select(p => p.Field));

    [Fact]
    public void AReview_OfADeliveredDeliverable_OrAnExplainedOne_HasNoProblem()
    {
        Assert.Empty(DeliverableReview.Problems(DeliverableOutcome.Delivered, "", false));
        Assert.Empty(DeliverableReview.Problems(DeliverableOutcome.PartlyDelivered, "Phase 2 moves to next year", true));
    }

    private static Deliverable Deliverable(string code) => new()
    {
        Code = code,
        PlanYear = Year,
        PriorityCode = "P2425-SAFE",
        WorkplanCode = "CH",
        Title = "Title " + code,
        Owner = "Director",
        OwnerUserName = "manager",
        DueQuarter = 3,
    };
}
