using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;
using LocalCare.Data.Demo;

namespace LocalCare.Data.Tests.Plans;

/// <summary>
/// The demo plan gives every page something to show: its deliverables are in every quarterly status, as current status and in the
/// last locked quarters' updates; its service plans are in every workflow state, on the plan page's list as on the manager's.
/// (The database side, reviews and portfolio statuses: DemoServicePlansTests, DemoNextYearTests, DemoPortfolioTests.)
/// </summary>
public sealed class DemoPlanStatesTests
{
    [Fact]
    public void TheDemoDeliverables_AreInEveryStatus_NowAndInQuarters2And3()
    {
        var deliverables = DemoPlan.Deliverables();

        Assert.Equal(DeliverableStatuses.All.Order(), deliverables.Select(d => d.CurrentStatus).Distinct().Order());
        foreach (var quarter in new[] { 2, 3 })
        {
            Assert.Equal(DeliverableStatuses.All.Order(), deliverables.Select(d => d.UpdateFor(quarter)?.Status).OfType<DeliverableStatus>().Distinct().Order());
        }

        // At risk and off track carry the reason and the action, so the exception pages have text to show.
        Assert.All(
            deliverables.SelectMany(d => d.Updates).Where(u => u.Status is DeliverableStatus.AtRisk or DeliverableStatus.OffTrack),
            u => Assert.False(string.IsNullOrWhiteSpace(u.Commentary) || string.IsNullOrWhiteSpace(u.Action), $"{u.DeliverableCode} Q{u.Quarter}"));
    }

    [Fact]
    public void TheDemoServicePlans_OfTheYear_AreInEveryWorkflowState_AndSomeAreNotStarted()
    {
        var units = new[] { "INT-CC", "INT-MNHMP", "INT-HCHB", "INT-ABC", "INT-CITY" };

        Assert.Equal(
            [ServicePlanStatus.Draft, ServicePlanStatus.Submitted, ServicePlanStatus.Returned, ServicePlanStatus.Approved, null],
            units.Select(DemoServicePlans.StateOf));
        Assert.Equal(ServicePlanStatuses.All.Order(), units.Select(DemoServicePlans.StateOf).OfType<ServicePlanStatus>().Order());
    }
}
