using LocalCare.Core.Generation;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse;
using LocalCare.Warehouse.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.WaitingLists;

/// <summary>What the waiting-list pages should show, read straight from the warehouse and Core as the CLI reads them.</summary>
public static class WaitingListsExpected
{
    /// <summary>The default census: the last complete month before the tests' clock (15 January 2025).</summary>
    public static readonly YearMonth Month = new(2024, 12);

    public static List<WaitingReferral> Census(LocalCareWebFactory factory, YearMonth month, string? service = null) =>
        WaitingCensusQuery.Read(WarehouseDatabase.In(factory.DataDirectory), month, service);

    public static async Task<OrganisationTree> OrganisationAsync(LocalCareWebFactory factory) =>
        new(await factory.QueryAsync(db => db.OrganisationUnits.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken)));

    public static async Task<IReadOnlyList<UnitSnapshot>> UnitsAsync(LocalCareWebFactory factory, YearMonth month, string? service = null)
    {
        var waiting = Census(factory, month, service);
        return WaitingCensusByUnit.Of(waiting.Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited)), await OrganisationAsync(factory));
    }

    /// <summary>The service with the most people waiting at the default census.</summary>
    public static string BusiestService(LocalCareWebFactory factory) =>
        Census(factory, Month).GroupBy(w => w.ServiceCode).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    public static ObservedWaitingList Observed(LocalCareWebFactory factory, string service, YearMonth month, int weeks = ObservedWaitingList.DefaultFlowWeeks) =>
        ObservedWaitingList.Read(WarehouseDatabase.In(factory.DataDirectory), service, month, weeks);

    /// <summary>A goal checked as the pages check it: the service's list at the default census, 13 weeks beyond the goal's month, 200 runs of seed 1.</summary>
    public static WaitingGoalCheck GoalCheck(LocalCareWebFactory factory, WaitingGoal goal)
    {
        var observed = Observed(factory, goal.ServiceCode, Month);
        var input = observed.ModelInput(18);
        var simulation = WaitingListSimulator.Run(
            new SimulationSettings(observed.DaysWaited, input.Demand, WaitingGoalCheck.WeeksBetween(Month, goal.By) + 13), WaitingGoalCheck.CapacityOf(goal, input));
        return WaitingGoalCheck.Of(goal, Month, simulation);
    }
}
