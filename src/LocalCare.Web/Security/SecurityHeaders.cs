using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;

namespace LocalCare.Web.Security;

/// <summary>
/// Adds the security headers to every response, with a Content Security Policy whose script nonce is new for each request.
/// Pages read the nonce with <see cref="CspNonce(HttpContext)"/> for the one inline script the NHS.UK frontend needs.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private static readonly object NonceKey = new();

    public Task InvokeAsync(HttpContext context)
    {
        // Hex, not base64: nothing in it is HTML-encoded, so a kept page can find and replace it (Caching/RenderedPage).
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = Policy(nonce);
        return next(context);
    }

    /// <summary>The policy: everything from this site only, plus inline scripts that carry the request's nonce.</summary>
    public static string Policy(string nonce) =>
        $"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self' 'nonce-{nonce}'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>This request's script nonce.</summary>
    public static string CspNonce(HttpContext context) =>
        CspNonceOrNull(context) ?? throw new InvalidOperationException("SecurityHeaders middleware has not run for this request.");

    /// <summary>This request's script nonce, or null when the middleware has not run.</summary>
    public static string? CspNonceOrNull(HttpContext context) => context.Items[NonceKey] as string;
}

/// <summary>Registers the security headers, the default "signed in" rule, HSTS, forwarded headers and the sign-in rate limit.</summary>
public static class SecuritySetup
{
    /// <summary>
    /// Every endpoint needs a signed-in user unless it says otherwise (<c>AllowAnonymous</c>). Behind a reverse proxy on the
    /// same machine (loopback, the only proxies trusted by default) the client's address and scheme come from
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, so HTTPS is seen as HTTPS and the rate limit counts real clients.
    /// </summary>
    public static WebApplicationBuilder AddLocalCareSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto);
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        builder.AddLocalCareSignInRateLimit();
        return builder;
    }

    /// <summary>Forwarded headers first, then HSTS on HTTPS responses outside Development, then the security headers on every response.</summary>
    public static WebApplication UseLocalCareSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        return app;
    }

    /// <summary>Shorthand for views: <c>@Context.CspNonce()</c>.</summary>
    public static string CspNonce(this HttpContext context) => SecurityHeaders.CspNonce(context);

    /// <summary>This request's nonce, or null outside the security headers middleware.</summary>
    public static string? CspNonceOrNull(this HttpContext context) => SecurityHeaders.CspNonceOrNull(context);
}
