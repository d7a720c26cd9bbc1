using Microsoft.AspNetCore.Identity;

namespace LocalCare.Data.Users;

/// <summary>A person who signs in to LocalCare (ASP.NET Core Identity local account).</summary>
public sealed class LocalCareUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
