using LocalCare.Core.Access;

namespace LocalCare.Core.Risks;

/// <summary>
/// Who may do what with the risk register: administrators and executives raise, change, re-score and review any risk and
/// manage its actions; a risk's owner (its <see cref="Risk.OwnerUserName"/>, e.g. a manager) re-scores and reviews their own;
/// every other role, viewers included, reads.
/// </summary>
public static class RiskPermissions
{
    /// <summary>What a refused change says.</summary>
    public const string EditRefusal = "Only an administrator or an executive can raise or change risks; a risk's owner can re-score and review it";

    /// <summary>Raise risks, change any risk's details and actions: administrators and executives.</summary>
    public static bool CanEdit(IReadOnlyCollection<string> roles) => roles.Contains(Roles.Admin) || roles.Contains(Roles.Executive);

    /// <summary>Re-score and record a review: editors, and the risk's owner.</summary>
    public static bool CanRescore(IReadOnlyCollection<string> roles, string? userName, Risk risk) =>
        CanEdit(roles) || IsOwner(userName, risk);

    public static bool IsOwner(string? userName, Risk risk) =>
        userName is not null && risk.OwnerUserName is not null && string.Equals(userName, risk.OwnerUserName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Read the register: every role.</summary>
    public static bool CanRead(IReadOnlyCollection<string> roles) => roles.Count > 0;
}
