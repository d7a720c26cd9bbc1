using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;

namespace LocalCare.Core.Tests.ServicePlans;

public sealed class PlanningCycleTests
{
    private static readonly PlanningCycle Cycle = PlanningCycle.For(new PlanYear(2024));

    [Fact]
    public void For_AYear_HasTheSeedsStagesByQuarter_FromQuarter3BeforeTheYear()
    {
        Assert.Equal(
            [
                ("outline", "2023/24 Q3", "October to December 2023"),
                ("service-plans", "2023/24 Q4", "January to March 2024"),
                ("publish", "2024/25 Q1", "April to June 2024"),
                ("progress", "2024/25 Q2 to Q4", "July 2024 to March 2025"),
            ],
            Cycle.Stages.Select(s => (s.Key, s.Quarters, s.Period)));
        Assert.All(Cycle.Stages, s => Assert.NotEmpty(s.Activities));
        Assert.All(Cycle.Stages, s => Assert.NotEmpty(s.Products));
        Assert.Equal(
            [("Service plans submitted", "15 March 2024"), ("Service plans approved", "31 March 2024")],
            Cycle.Stages[1].Deadlines.Select(d => (d.What, d.DateText)));
        Assert.Contains("Neighbourhood plans on a page", Cycle.Stages[2].Products);
        Assert.Equal((new DateOnly(2024, 3, 15), new DateOnly(2024, 3, 31)), (Cycle.SubmissionDeadline, Cycle.ApprovalDeadline));
    }

    [Theory]
    [InlineData("2023-09-30", null)]
    [InlineData("2023-10-01", "outline")]
    [InlineData("2024-03-15", "service-plans")]
    [InlineData("2024-04-01", "publish")]
    [InlineData("2025-03-31", "progress")]
    [InlineData("2025-04-01", null)]
    public void StageOn_ADate_IsTheStageItFallsIn(string date, string? stage)
    {
        Assert.Equal(stage, Cycle.StageOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Key);
    }

    [Theory]
    [InlineData("2024-03-15", null, null)]
    [InlineData("2024-03-15", ServicePlanStatus.Draft, null)]
    [InlineData("2024-03-16", null, "Not submitted by 15 March 2024")]
    [InlineData("2024-03-16", ServicePlanStatus.Draft, "Not submitted by 15 March 2024")]
    [InlineData("2024-03-16", ServicePlanStatus.Returned, "Not submitted by 15 March 2024")]
    [InlineData("2024-03-16", ServicePlanStatus.Submitted, null)]
    [InlineData("2024-03-16", ServicePlanStatus.Approved, null)]
    [InlineData("2024-03-31", ServicePlanStatus.Submitted, null)]
    [InlineData("2024-04-01", ServicePlanStatus.Submitted, "Not approved by 31 March 2024")]
    [InlineData("2024-04-01", ServicePlanStatus.Draft, "Not submitted by 15 March 2024")]
    [InlineData("2024-04-01", ServicePlanStatus.Approved, null)]
    public void LatenessOf_OnAndAfterEachDeadline(string today, ServicePlanStatus? status, string? reason)
    {
        Assert.Equal(reason, Cycle.LatenessOf(status, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))?.Reason);
    }

    [Fact]
    public void LatenessOf_HasACodeForTheApi()
    {
        Assert.Equal("not_submitted", Cycle.LatenessOf(null, new DateOnly(2025, 1, 15))!.Code);
        Assert.Equal("not_approved", Cycle.LatenessOf(ServicePlanStatus.Submitted, new DateOnly(2025, 1, 15))!.Code);
    }
}
