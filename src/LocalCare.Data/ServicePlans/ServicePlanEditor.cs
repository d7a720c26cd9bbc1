using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.ServicePlans;

/// <summary>
/// Changes service plans as <see cref="ServicePlanWorkflow"/> allows: checks who is acting and the plan's status, then what was
/// written, and saves the change in one go (the audit trail records who and when). A unit's first edit creates its plan.
/// </summary>
public sealed class ServicePlanEditor(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>The template of a year, with the year's KLOEs.</summary>
    public async Task<ServicePlanTemplate> TemplateAsync(PlanYear year, CancellationToken cancellationToken) =>
        ServicePlanTemplate.For(year, await db.Kloes.AsNoTracking().Where(k => k.PlanYear == year).ToListAsync(cancellationToken));

    /// <summary>
    /// Whether service plans can be written and read for <paramref name="year"/>: it has an operating plan, KLOEs or service
    /// plans already. Any other year (2030/31, before its plan is started) has no plan for any unit: its addresses are 404.
    /// </summary>
    public async Task<bool> IsPlanningYearAsync(PlanYear year, CancellationToken cancellationToken) =>
        await db.Priorities.AnyAsync(p => p.PlanYear == year, cancellationToken)
        || await db.Kloes.AnyAsync(k => k.PlanYear == year, cancellationToken)
        || await db.ServicePlans.AnyAsync(p => p.PlanYear == year, cancellationToken);

    /// <summary>Replaces every section with <paramref name="texts"/> (by section key; absent or blank empties a section).</summary>
    public Task<ServicePlanChange> WriteAsync(PlanYear year, string unitCode, IReadOnlyDictionary<string, string?> texts, ServicePlanUser user, CancellationToken cancellationToken) =>
        ChangeAsync(year, unitCode, ServicePlanAction.Edit, user, texts, null, cancellationToken);

    /// <summary>Submits the plan for approval; with <paramref name="texts"/>, writes them first in the same save.</summary>
    public Task<ServicePlanChange> SubmitAsync(PlanYear year, string unitCode, IReadOnlyDictionary<string, string?>? texts, ServicePlanUser user, CancellationToken cancellationToken) =>
        ChangeAsync(year, unitCode, ServicePlanAction.Submit, user, texts, null, cancellationToken);

    public Task<ServicePlanChange> ApproveAsync(PlanYear year, string unitCode, ServicePlanUser user, CancellationToken cancellationToken) =>
        ChangeAsync(year, unitCode, ServicePlanAction.Approve, user, null, null, cancellationToken);

    /// <summary>Returns the plan to the service with <paramref name="comment"/>: what needs to change.</summary>
    public Task<ServicePlanChange> ReturnAsync(PlanYear year, string unitCode, string? comment, ServicePlanUser user, CancellationToken cancellationToken) =>
        ChangeAsync(year, unitCode, ServicePlanAction.Return, user, null, comment, cancellationToken);

    private async Task<ServicePlanChange> ChangeAsync(
        PlanYear year, string unitCode, ServicePlanAction action, ServicePlanUser user, IReadOnlyDictionary<string, string?>? texts, string? comment, CancellationToken cancellationToken)
    {
        var unit = await db.OrganisationUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode, cancellationToken);
        if (unit is null || !ServicePlan.IsWrittenBy(unit.Kind) || !await IsPlanningYearAsync(year, cancellationToken))
        {
            return ServicePlanChange.NotFound;
        }

        var plan = await db.ServicePlans.Include(p => p.Sections).SingleOrDefaultAsync(p => p.PlanYear == year && p.UnitCode == unitCode, cancellationToken);
        if (ServicePlanWorkflow.Refusal(user, action, plan?.Status ?? ServicePlanStatus.Draft, unitCode, plan?.SubmittedBy) is { } refusal)
        {
            return ServicePlanChange.Refused(refusal);
        }

        var template = await TemplateAsync(year, cancellationToken);
        var problems = Problems(template, action, plan, texts, comment);
        if (problems.Count > 0)
        {
            return ServicePlanChange.Invalid(problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (plan is null)
        {
            plan = new ServicePlan { PlanYear = year, UnitCode = unitCode, UpdatedBy = user.Name, UpdatedAt = now };
            db.ServicePlans.Add(plan);
        }

        if (texts is not null)
        {
            plan.Write(template, texts, user.Name, now);
        }

        switch (action)
        {
            case ServicePlanAction.Submit:
                plan.Submit(user.Name, now);
                break;
            case ServicePlanAction.Approve:
                plan.Approve(user.Name, now);
                break;
            case ServicePlanAction.Return:
                plan.Return(comment!, user.Name, now);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ServicePlanChange.Saved(plan);
    }

    /// <summary>Every problem, in the order the sections appear (sections the template does not have first, the comment last).</summary>
    private static List<FieldProblem> Problems(
        ServicePlanTemplate template, ServicePlanAction action, ServicePlan? plan, IReadOnlyDictionary<string, string?>? texts, string? comment)
    {
        var problems = new List<FieldProblem>();
        if (texts is not null)
        {
            problems.AddRange(template.Check(texts));
        }

        if (action == ServicePlanAction.Submit)
        {
            problems.AddRange(ServicePlanWorkflow.SubmitProblems(template, key => texts is null ? plan?.TextOf(key) : texts.GetValueOrDefault(key)));
        }

        if (action == ServicePlanAction.Return)
        {
            problems.AddRange(ServicePlanWorkflow.ReturnProblems(comment));
        }

        var order = template.Sections.Select((s, i) => (s.Key, i)).ToDictionary(s => s.Key, s => s.i);
        return [.. problems.Select((p, i) => (p, i)).OrderBy(p => order.GetValueOrDefault(p.p.Field, p.p.Field == ServicePlanWorkflow.CommentField ? int.MaxValue : -1)).ThenBy(p => p.i).Select(p => p.p)];
    }
}
