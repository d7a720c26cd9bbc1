using LocalCare.Core.Access;

namespace LocalCare.Core.Commissioning.Audits;

/// <summary>
/// Who may do what with commissioning data: commissioners and administrators change it (record quality audits, raise, update
/// and complete their actions, complete audits); executives and analysts read it; managers and viewers see the audit schedule
/// and the audits on it, read-only.
/// </summary>
public static class CommissioningPermissions
{
    /// <summary>The roles that change commissioning data.</summary>
    public static IReadOnlyList<string> EditRoles { get; } = [Roles.Admin, Roles.Commissioner];

    /// <summary>The roles that read all of the commissioning data (the register, contracts, money, audits).</summary>
    public static IReadOnlyList<string> ReadRoles { get; } = [Roles.Admin, Roles.Commissioner, Roles.Executive, Roles.Analyst];

    /// <summary>The roles that see the audit schedule and the audits on it: every role.</summary>
    public static IReadOnlyList<string> ScheduleRoles { get; } = Roles.All;

    /// <summary>What a refused change says.</summary>
    public const string EditRefusal = "Only a commissioner or an administrator can change quality audits";

    public static bool CanEdit(IReadOnlyCollection<string> roles) => EditRoles.Any(roles.Contains);

    public static bool CanRead(IReadOnlyCollection<string> roles) => ReadRoles.Any(roles.Contains);

    public static bool CanSeeSchedule(IReadOnlyCollection<string> roles) => ScheduleRoles.Any(roles.Contains);
}
