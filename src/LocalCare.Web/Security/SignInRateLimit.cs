using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalCare.Web.Security;

/// <summary>
/// Limits sign-in attempts (POSTs of the sign-in page) per client address: by default 10 a minute. Past the limit the
/// answer is 429 with <c>Retry-After</c> and the NHS.UK "too many attempts" page; viewing the page is never limited.
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    /// <summary>Setting for the attempts allowed per client address per minute.</summary>
    public const string PermitsKey = "SignIn:AttemptsPerMinute";

    public const int DefaultPermits = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddLocalCareSignInRateLimit(this WebApplicationBuilder builder)
    {
        var permits = builder.Configuration.GetValue(PermitsKey, DefaultPermits);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = Window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("view"));
            // No body here: the status code pages re-execute /error/429, the NHS.UK page.
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }
}
