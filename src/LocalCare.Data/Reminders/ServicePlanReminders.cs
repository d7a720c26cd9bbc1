using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;
using LocalCare.Core.Reminders;
using LocalCare.Core.ServicePlans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Reminders;

/// <summary>
/// Service plans not yet submitted (not started, draft or returned) against the planning cycle's submission deadline (15 March):
/// for the next plan year (the cycle under way) and for this one when it has any plans. One item for each user who looks after
/// the unit (their assigned units and everything under them); a unit nobody looks after is unmatched, named by the unit.
/// </summary>
public sealed class ServicePlanReminders(LocalCareDbContext db) : IReminderSource
{
    public ReminderKind Kind => ReminderKind.ServicePlan;

    public async Task<IReadOnlyList<ReminderItem>> ItemsAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var tree = new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));
        var assignments = await (from u in db.Users join a in db.UserUnits on u.Id equals a.UserId select new { u.UserName, a.UnitCode }).ToListAsync(cancellationToken);
        var lookers = assignments.Where(a => a.UserName is not null).GroupBy(a => a.UserName!)
            .SelectMany(g => tree.ManagedBy(g.Select(a => a.UnitCode)).Select(unit => (Unit: unit, User: g.Key)))
            .ToLookup(x => x.Unit, x => x.User, StringComparer.Ordinal);
        var writers = tree.Neighbourhoods.Concat(tree.Services).ToList();

        var items = new List<ReminderItem>();
        var current = PlanYear.Of(date);
        foreach (var year in new[] { current, current.Next })
        {
            var plans = await db.ServicePlans.AsNoTracking().Where(p => p.PlanYear == year).ToDictionaryAsync(p => p.UnitCode, p => p.Status, StringComparer.Ordinal, cancellationToken);
            if (year == current && plans.Count == 0)
            {
                continue;
            }

            var deadline = PlanningCycle.For(year).SubmissionDeadline;
            foreach (var unit in writers.Where(u => plans.GetValueOrDefault(u.Code) is not (ServicePlanStatus.Submitted or ServicePlanStatus.Approved)))
            {
                var title = $"Submit the {year.Label} service plan of {unit.Name}";
                var link = $"/service-plans/{year.StartYear}/{Uri.EscapeDataString(unit.Code)}";
                var users = lookers[unit.Code].ToList();
                items.AddRange(users.Count == 0
                    ? [new ReminderItem(null, unit.Name, Kind, title, deadline, link)]
                    : users.Select(user => new ReminderItem(user, unit.Name, Kind, title, deadline, link)));
            }
        }

        return items;
    }
}
