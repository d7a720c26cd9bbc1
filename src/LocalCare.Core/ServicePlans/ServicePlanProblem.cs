namespace LocalCare.Core.ServicePlans;

/// <summary>A problem with what was written: the section key (or <c>comment</c>) it belongs to, and the message in service-manual words.</summary>
public sealed record ServicePlanProblem(string Field, string Message)
{
    /// <summary>The field of the comments written when a plan is returned.</summary>
    public const string Comment = "comment";
}
