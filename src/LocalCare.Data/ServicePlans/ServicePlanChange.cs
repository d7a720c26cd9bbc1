using LocalCare.Core.Inputs;
using LocalCare.Core.ServicePlans;

namespace LocalCare.Data.ServicePlans;

/// <summary>What an attempt to change a service plan did: saved it, found no such unit or planning year, was refused (and why), or found problems with what was written.</summary>
public sealed record ServicePlanChange(ServicePlanOutcome Outcome, ServicePlan? Plan, string? Refusal, IReadOnlyList<FieldProblem> Problems)
{
    public static ServicePlanChange Saved(ServicePlan plan) => new(ServicePlanOutcome.Saved, plan, null, []);

    public static ServicePlanChange NotFound { get; } = new(ServicePlanOutcome.NotFound, null, null, []);

    public static ServicePlanChange Refused(string reason) => new(ServicePlanOutcome.Refused, null, reason, []);

    public static ServicePlanChange Invalid(IReadOnlyList<FieldProblem> problems) => new(ServicePlanOutcome.Invalid, null, null, problems);
}

/// <summary>How a change to a service plan ended.</summary>
public enum ServicePlanOutcome
{
    Saved,

    /// <summary>
    /// The unit does not exist, or is not one that writes a plan (the LCO, a locality); or the year is not a planning year (no
    /// operating plan, KLOEs or service plans: <see cref="ServicePlanEditor.IsPlanningYearAsync"/>).
    /// </summary>
    NotFound,

    /// <summary>The workflow does not let this user take this action on the plan as it is.</summary>
    Refused,

    /// <summary>Something written is missing or wrong; nothing was stored.</summary>
    Invalid,
}
