using LocalCare.Data.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Users;

/// <summary>Registers ASP.NET Core Identity's user and role stores over the app database.</summary>
public static class UserStores
{
    public static IdentityBuilder AddLocalCareUsers(this IServiceCollection services) =>
        services.AddIdentityCore<LocalCareUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LocalCareDbContext>();
}
