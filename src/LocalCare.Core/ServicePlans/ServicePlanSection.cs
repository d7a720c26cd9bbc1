using LocalCare.Core.Plans;

namespace LocalCare.Core.ServicePlans;

/// <summary>The text of one section of a service plan (a key of its year's <see cref="ServicePlanTemplate"/>); an empty section has no row.</summary>
public sealed class ServicePlanSection
{
    public required PlanYear PlanYear { get; init; }

    public required string UnitCode { get; init; }

    /// <summary>The template section's key, e.g. <c>priorities</c> or <c>kloe:K2425-QUALITY</c>.</summary>
    public required string Key { get; init; }

    public required string Text { get; set; }
}
