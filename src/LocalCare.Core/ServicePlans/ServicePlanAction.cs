namespace LocalCare.Core.ServicePlans;

/// <summary>What someone can do to a service plan.</summary>
public enum ServicePlanAction
{
    /// <summary>Write or change its sections.</summary>
    Edit,

    /// <summary>Send it for approval.</summary>
    Submit,

    Approve,

    /// <summary>Send it back to the service with comments.</summary>
    Return,
}
