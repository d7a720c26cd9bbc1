using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.WaitingLists;

/// <summary>
/// Adds, changes and removes a deliverable's waiting goals for the web app, the API and the CLI. Each edit is checked whole
/// (<see cref="WaitingGoalInput.Problems"/>, and at most one goal per service and threshold on a deliverable) and saved through
/// EF, so the audit trail records it under the deliverable. Who may edit is the caller's to check (the plan's editors).
/// </summary>
public sealed class WaitingGoalEditor(LocalCareDbContext db)
{
    /// <summary>The organisation's services, by name, for the form's list.</summary>
    public Task<List<OrganisationUnit>> ServicesAsync(CancellationToken cancellationToken) =>
        db.OrganisationUnits.AsNoTracking().Where(u => u.Kind == UnitKind.Service).OrderBy(u => u.Name).ToListAsync(cancellationToken);

    /// <summary>One goal of the deliverable; null when the deliverable has no goal with that id.</summary>
    public Task<WaitingGoal?> FindAsync(string deliverableCode, int id, CancellationToken cancellationToken) =>
        db.WaitingGoals.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id && g.DeliverableCode == deliverableCode, cancellationToken);

    public async Task<WaitingGoalEditResult> AddAsync(string deliverableCode, WaitingGoalInput input, CancellationToken cancellationToken)
    {
        if (!await db.Deliverables.AnyAsync(d => d.Code == deliverableCode, cancellationToken))
        {
            return DeliverableNotFound(deliverableCode);
        }

        if (await ProblemsAsync(deliverableCode, null, input, cancellationToken) is { Count: > 0 } problems)
        {
            return WaitingGoalEditResult.Invalid(problems);
        }

        var goal = new WaitingGoal { DeliverableCode = deliverableCode, ServiceCode = "", OverWeeks = 0, By = default };
        input.ApplyTo(goal);
        db.WaitingGoals.Add(goal);
        await db.SaveChangesAsync(cancellationToken);
        return WaitingGoalEditResult.Saved(goal.Id);
    }

    public async Task<WaitingGoalEditResult> ChangeAsync(string deliverableCode, int id, WaitingGoalInput input, CancellationToken cancellationToken)
    {
        if (await db.WaitingGoals.SingleOrDefaultAsync(g => g.Id == id && g.DeliverableCode == deliverableCode, cancellationToken) is not { } goal)
        {
            return GoalNotFound(deliverableCode, id);
        }

        if (await ProblemsAsync(deliverableCode, id, input, cancellationToken) is { Count: > 0 } problems)
        {
            return WaitingGoalEditResult.Invalid(problems);
        }

        input.ApplyTo(goal);
        await db.SaveChangesAsync(cancellationToken);
        return WaitingGoalEditResult.Saved(goal.Id);
    }

    public async Task<WaitingGoalEditResult> RemoveAsync(string deliverableCode, int id, CancellationToken cancellationToken)
    {
        if (await db.WaitingGoals.SingleOrDefaultAsync(g => g.Id == id && g.DeliverableCode == deliverableCode, cancellationToken) is not { } goal)
        {
            return GoalNotFound(deliverableCode, id);
        }

        db.WaitingGoals.Remove(goal);
        await db.SaveChangesAsync(cancellationToken);
        return WaitingGoalEditResult.Saved(id);
    }

    private async Task<IReadOnlyList<FieldProblem>> ProblemsAsync(string deliverableCode, int? id, WaitingGoalInput input, CancellationToken cancellationToken)
    {
        var services = await db.OrganisationUnits.Where(u => u.Kind == UnitKind.Service).Select(u => u.Code).ToListAsync(cancellationToken);
        var problems = input.Problems(services);
        if (problems.Count > 0)
        {
            return problems;
        }

        var service = input.Service!.Trim();
        var overWeeks = input.OverWeeks!.Value;
        return await db.WaitingGoals.AnyAsync(g => g.DeliverableCode == deliverableCode && g.Id != id && g.ServiceCode == service && g.OverWeeks == overWeeks, cancellationToken)
            ? [new FieldProblem("service", $"{deliverableCode} already has a goal for {service} over {overWeeks} weeks: change that one instead")]
            : [];
    }

    private static WaitingGoalEditResult DeliverableNotFound(string code) => WaitingGoalEditResult.NotFound($"There is no deliverable '{code}'");

    private static WaitingGoalEditResult GoalNotFound(string code, int id) => WaitingGoalEditResult.NotFound($"Deliverable '{code}' has no waiting goal {id}");
}
