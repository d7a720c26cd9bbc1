using System.Security.Claims;
using LocalCare.Core.Boards;
using LocalCare.Web.Features.Plans;

namespace LocalCare.Web.Features.Boards;

/// <summary>The signed-in user's rights over boards, meetings and packs (<see cref="BoardPermissions"/>).</summary>
public static class BoardAccess
{
    public static bool CanConfigureBoards(this ClaimsPrincipal user) => BoardPermissions.CanConfigureBoards(user.RolesOf());

    public static bool CanRunMeetings(this ClaimsPrincipal user) => BoardPermissions.CanRunMeetings(user.RolesOf());

    public static bool CanWriteNarrative(this ClaimsPrincipal user, string? accountableUserName) =>
        BoardPermissions.CanWriteNarrative(user.RolesOf(), user.Identity?.Name, accountableUserName);

    public static bool CanPublish(this ClaimsPrincipal user) => BoardPermissions.CanPublish(user.RolesOf());

    public static bool CanReadDrafts(this ClaimsPrincipal user) => BoardPermissions.CanReadDrafts(user.RolesOf());

    /// <summary>The roles that read draft packs (<see cref="BoardPermissions.CanReadDrafts"/>: all but viewers), for endpoint metadata.</summary>
    public const string DraftReaderRoles = Core.Access.Roles.Admin + "," + Core.Access.Roles.Executive + "," + Core.Access.Roles.Manager + ","
        + Core.Access.Roles.Analyst + "," + Core.Access.Roles.Commissioner;

    /// <summary>The roles that run meetings (<see cref="BoardPermissions.CanRunMeetings"/>), for endpoint metadata.</summary>
    public const string MeetingRunnerRoles = Core.Access.Roles.Analyst + "," + Core.Access.Roles.Executive + "," + Core.Access.Roles.Admin;

    /// <summary>The roles that set boards and their calendars up (<see cref="BoardPermissions.CanConfigureBoards"/>), for endpoint metadata.</summary>
    public const string ConfigurerRoles = Core.Access.Roles.Admin;
}
