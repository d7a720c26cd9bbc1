using LocalCare.Core.Access;

namespace LocalCare.Core.Plans;

/// <summary>
/// Who may change the operating plan (docs/plans.md): executives and administrators edit the plan, roll it forward and review
/// last year's deliverables; a deliverable's owner, executives and administrators write its quarterly updates; only
/// executives lock a quarter.
/// </summary>
public static class PlanPermissions
{
    public static bool CanEditPlan(IReadOnlyCollection<string> roles) => roles.Contains(Roles.Executive) || roles.Contains(Roles.Admin);

    /// <summary>Whether <paramref name="userName"/> may write the updates of a deliverable owned by <paramref name="ownerUserName"/>.</summary>
    public static bool CanWriteUpdate(IReadOnlyCollection<string> roles, string? userName, string? ownerUserName) =>
        CanEditPlan(roles) || (userName is not null && string.Equals(userName, ownerUserName, StringComparison.OrdinalIgnoreCase));

    public static bool CanLockQuarter(IReadOnlyCollection<string> roles) => roles.Contains(Roles.Executive);

    public static bool CanRollForward(IReadOnlyCollection<string> roles) => CanEditPlan(roles);

    public static bool CanReview(IReadOnlyCollection<string> roles) => CanEditPlan(roles);
}
