using LocalCare.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalCare.Web.Features.Account;

/// <summary>
/// Checks, on every request, that the sign-in cookie's security stamp is still the user's: disabling a user, resetting their
/// password or changing their roles renews the stamp, and signs them out on their next request. One query by primary key;
/// unlike Identity's validator at a zero interval it does not rebuild and re-issue the cookie each time (a dozen queries and
/// a new cookie per response), which the pages' latency cannot afford.
/// </summary>
public static class SecurityStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context); // Identity's own, at its interval: refreshes claims
        if (context.Principal is not { } principal)
        {
            return;
        }

        var claims = context.HttpContext.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = principal.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = principal.FindFirst(claims.SecurityStampClaimType)?.Value;
        var db = context.HttpContext.RequestServices.GetRequiredService<LocalCareDbContext>();
        var current = id is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
