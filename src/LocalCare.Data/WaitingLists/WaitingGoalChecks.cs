using LocalCare.Core.Metrics;
using LocalCare.Core.Time;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse;
using LocalCare.Warehouse.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.WaitingLists;

/// <summary>
/// Checks a deliverable's waiting goals against a simulation from the latest complete month's census: the service's list then,
/// its observed demand, and the goal's capacity (or the observed capacity). 200 seeded replications, so the page reads the same each time.
/// </summary>
public sealed class WaitingGoalChecks(LocalCareDbContext db, WarehouseDatabase warehouse, TimeProvider clock)
{
    /// <summary>Weeks simulated past the goal's month, so a late clearance shows how late.</summary>
    public const int WeeksBeyond = 13;

    /// <summary>The deliverable's goals, oldest first.</summary>
    public Task<List<WaitingGoal>> GoalsAsync(string deliverableCode, CancellationToken cancellationToken = default) =>
        db.WaitingGoals.AsNoTracking().Where(g => g.DeliverableCode == deliverableCode).OrderBy(g => g.Id).ToListAsync(cancellationToken);

    /// <summary>Simulates one goal (reads the warehouse: the web app holds its read gate around this).</summary>
    public WaitingGoalOutcome Check(WaitingGoal goal)
    {
        var census = MonthRange.LastCompleteMonth(UkTime.Today(clock));
        try
        {
            var observed = ObservedWaitingList.Read(warehouse, goal.ServiceCode, census);
            var input = observed.ModelInput(18);
            var weeks = Math.Clamp(WaitingGoalCheck.WeeksBetween(census, goal.By) + WeeksBeyond, 1, SimulationSettings.MaxWeeks);
            var simulation = WaitingListSimulator.Run(new SimulationSettings(observed.DaysWaited, input.Demand, weeks), goal.Capacity ?? input.Capacity);
            return new WaitingGoalOutcome(goal, WaitingGoalCheck.Of(goal, census, simulation), null);
        }
        catch (WaitingListInputException e)
        {
            return new WaitingGoalOutcome(goal, null, e.Message);
        }
    }
}

/// <summary>A goal and its check, or why it could not be checked (no data for the service, say).</summary>
public sealed record WaitingGoalOutcome(WaitingGoal Goal, WaitingGoalCheck? Check, string? Problem);
