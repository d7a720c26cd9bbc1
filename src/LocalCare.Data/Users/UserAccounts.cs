namespace LocalCare.Data.Users;

/// <summary>
/// How an account is disabled: its lockout never ends. Identity then refuses every sign-in, with no new column; an
/// ordinary lockout (after five wrong passwords) ends after 15 minutes, so the two never look alike.
/// </summary>
public static class UserAccounts
{
    /// <summary>The lockout end of a disabled account.</summary>
    public static DateTimeOffset DisabledUntil { get; } = DateTimeOffset.MaxValue;

    public static bool IsDisabled(LocalCareUser user) => user.LockoutEnd == DisabledUntil;

    /// <summary>Locked after wrong passwords (not disabled) and the lockout has not ended at <paramref name="now"/>.</summary>
    public static bool IsLocked(LocalCareUser user, DateTimeOffset now) => !IsDisabled(user) && user.LockoutEnd > now;
}
