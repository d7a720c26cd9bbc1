using System.Security.Claims;
using LocalCare.Data.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocalCare.Web.Features.Account;

/// <summary>Sign-in with ASP.NET Core Identity local accounts: the sign-in manager, the cookie and how unsigned API calls are answered.</summary>
public static class AccountSetup
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string AccessDeniedPath = "/account/access-denied";

    public static WebApplicationBuilder AddLocalCareAccounts(this WebApplicationBuilder builder, IdentityBuilder identity)
    {
        identity.AddSignInManager().AddClaimsPrincipalFactory<LocalCareClaimsFactory>();
        builder.Services.AddScoped<SignInAudit>();
        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = SignOutPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.Cookie.Name = "LocalCare.SignIn";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.Events.OnRedirectToLogin = context => AnswerApiOr(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => AnswerApiOr(context, StatusCodes.Status403Forbidden);
            // Disabling a user, resetting their password or changing their roles takes effect on their next request.
            cookie.Events.OnValidatePrincipal = SecurityStampCheck.ValidateAsync;
        });
        return builder;
    }

    /// <summary>API callers get a status code; people get the redirect to a page.</summary>
    private static Task AnswerApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (Setup.Web.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Adds the user's display name to their sign-in, so the header can greet them without a database call.</summary>
public sealed class LocalCareClaimsFactory(UserManager<LocalCareUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LocalCareUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "localcare:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LocalCareUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        return identity;
    }
}
