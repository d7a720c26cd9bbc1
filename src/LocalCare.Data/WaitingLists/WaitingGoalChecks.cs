using LocalCare.Core.Metrics;
using LocalCare.Core.Time;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse;
using LocalCare.Warehouse.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.WaitingLists;

/// <summary>
/// Checks waiting goals against a simulation from the latest complete month's census: the service's list then, its observed
/// demand, and the goal's scenario's capacity (<see cref="WaitingGoalCheck.CapacityOf"/>). 200 seeded replications, so the page
/// reads the same each time.
/// </summary>
public sealed class WaitingGoalChecks(LocalCareDbContext db, WarehouseDatabase warehouse, TimeProvider clock)
{
    /// <summary>Weeks simulated past the goal's month, so a late clearance shows how late.</summary>
    public const int WeeksBeyond = 13;

    /// <summary>The census goals are checked from: the last complete month on the UK clock.</summary>
    public Core.Generation.YearMonth Census => MonthRange.LastCompleteMonth(UkTime.Today(clock));

    /// <summary>The deliverable's goals, oldest first.</summary>
    public Task<List<WaitingGoal>> GoalsAsync(string deliverableCode, CancellationToken cancellationToken = default) =>
        db.WaitingGoals.AsNoTracking().Where(g => g.DeliverableCode == deliverableCode).OrderBy(g => g.Id).ToListAsync(cancellationToken);

    /// <summary>The goals on a service's list with the title of the deliverable each belongs to, by deliverable then oldest first.</summary>
    public async Task<List<(WaitingGoal Goal, string Title)>> ForServiceAsync(string serviceCode, CancellationToken cancellationToken = default)
    {
        var rows = await db.WaitingGoals.AsNoTracking().Where(g => g.ServiceCode == serviceCode)
            .Join(db.Deliverables.AsNoTracking(), g => g.DeliverableCode, d => d.Code, (g, d) => new { Goal = g, d.Title })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Goal.DeliverableCode, StringComparer.Ordinal).ThenBy(r => r.Goal.Id).Select(r => (r.Goal, r.Title))];
    }

    /// <summary>Simulates one goal (reads the warehouse: the web app holds its read gate around this).</summary>
    public WaitingGoalOutcome Check(WaitingGoal goal)
    {
        var census = Census;
        try
        {
            var observed = ObservedWaitingList.Read(warehouse, goal.ServiceCode, census);
            var input = observed.ModelInput(WaitingGoalCheck.ModelTargetWeeks);
            var weeks = Math.Clamp(WaitingGoalCheck.WeeksBetween(census, goal.By) + WeeksBeyond, 1, SimulationSettings.MaxWeeks);
            var capacity = WaitingGoalCheck.CapacityOf(goal, input);
            var simulation = WaitingListSimulator.Run(new SimulationSettings(observed.DaysWaited, input.Demand, weeks), capacity);
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
