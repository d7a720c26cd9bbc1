using LocalCare.Core.Access;

namespace LocalCare.Core.Boards;

/// <summary>
/// Who may do what for boards, meetings and packs (docs/board-packs.md): administrators set boards up; analysts, executives
/// and administrators run meetings (dates, cover sheets, flags, actions and decisions); a metric's accountable user, an
/// executive or an administrator writes its narrative; only executives publish; viewers read published packs only.
/// </summary>
public static class BoardPermissions
{
    public static bool CanConfigureBoards(IReadOnlyCollection<string> roles) => roles.Contains(Roles.Admin);

    public static bool CanRunMeetings(IReadOnlyCollection<string> roles) =>
        roles.Contains(Roles.Analyst) || roles.Contains(Roles.Executive) || roles.Contains(Roles.Admin);

    public static bool CanWriteNarrative(IReadOnlyCollection<string> roles, string? userName, string? accountableUserName) =>
        roles.Contains(Roles.Executive) || roles.Contains(Roles.Admin)
        || (userName is not null && string.Equals(userName, accountableUserName, StringComparison.OrdinalIgnoreCase));

    public static bool CanPublish(IReadOnlyCollection<string> roles) => roles.Contains(Roles.Executive);

    /// <summary>Drafts, narrative in progress and the meeting's working pages: everyone but a viewer.</summary>
    public static bool CanReadDrafts(IReadOnlyCollection<string> roles) => roles.Any(r => r != Roles.Viewer);

    /// <summary>Signing off a metric's month ("validated"): its accountable user or an administrator.</summary>
    public static bool CanSignOff(IReadOnlyCollection<string> roles, string? userName, string? accountableUserName) =>
        roles.Contains(Roles.Admin) || (userName is not null && string.Equals(userName, accountableUserName, StringComparison.OrdinalIgnoreCase));
}
