namespace LocalCare.Web.Features.Admin.Users;

/// <summary>A user's status as the administrator reads it.</summary>
public static class UserStatus
{
    public static string Text(UserRow user) => user.Disabled ? "Disabled" : user.Locked ? "Locked out" : "Active";
}
