using System.Security.Claims;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Plans;

/// <summary>The signed-in user's rights over the plan (<see cref="PlanPermissions"/>), for pages and endpoints.</summary>
public static class PlanAccess
{
    public static IReadOnlyList<string> RolesOf(this ClaimsPrincipal user) => [.. Roles.All.Where(user.IsInRole)];

    public static bool CanEditPlan(this ClaimsPrincipal user) => PlanPermissions.CanEditPlan(user.RolesOf());

    /// <summary><see cref="PlanPermissions.CanEditPlan"/> as endpoint metadata, so the authorization matrix sees it.</summary>
    public const string EditorRoles = Roles.Executive + "," + Roles.Admin;

    public static bool CanWriteUpdate(this ClaimsPrincipal user, string? ownerUserName) =>
        PlanPermissions.CanWriteUpdate(user.RolesOf(), user.Identity?.Name, ownerUserName);

    public static bool CanLockQuarter(this ClaimsPrincipal user) => PlanPermissions.CanLockQuarter(user.RolesOf());

    /// <summary>The user name changes are saved under.</summary>
    public static string NameOf(this ClaimsPrincipal user) => user.Identity?.Name ?? "web";
}
