using LocalCare.Data.Caching;
using LocalCare.Web.Caching;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocalCare.Web.Features.Account;

/// <summary>
/// Checks, on every request, that the sign-in cookie's security stamp is still the user's: disabling a user, resetting their
/// password or changing their roles renews the stamp, and signs them out on their next request. One statement by primary key
/// (with the data stamp, <see cref="RequestStampReader"/>);
/// unlike Identity's validator at a zero interval it does not rebuild and re-issue the cookie each time (a dozen queries and
/// a new cookie per response), which the pages' latency cannot afford.
/// </summary>
public static class SecurityStampCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        // Identity's own validator, at its interval, refreshes the claims. Asked only when the interval has passed (its own
        // test): resolving it builds the sign-in manager and a database context, a third of a kept page's cost.
        var validator = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var issued = context.Properties.IssuedUtc;
        if (issued is null || (validator.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued.Value > validator.ValidationInterval)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }

        if (context.Principal is not { } principal)
        {
            return;
        }

        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var id = principal.FindFirst(claims.UserIdClaimType)?.Value;
        var stamp = principal.FindFirst(claims.SecurityStampClaimType)?.Value;
        string? current = null;
        if (id is not null)
        {
            // With the data stamp in the same statement: a page kept until the data changes needs nothing else read.
            var stamps = await services.GetRequiredService<RequestStampReader>().ReadAsync(id, context.HttpContext.RequestAborted);
            services.GetRequiredService<DataStamp>().Started(stamps.DataStamp);
            current = stamps.SecurityStamp;
        }

        if (current is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
