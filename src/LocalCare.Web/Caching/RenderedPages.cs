using System.Security.Claims;
using LocalCare.Core.Time;
using LocalCare.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LocalCare.Web.Caching;

/// <summary>
/// Serves the pages marked <see cref="RenderedUntilDataChangesAttribute"/> from their rendered bytes, kept per user, per address
/// and per data stamp (and day, as "today" decides what some pages show): the first request renders and keeps the page, later
/// ones write it with their own nonce and antiforgery token, without running the page. An import, a compute or an edit in any
/// process renews the stamp (<see cref="Data.Caching.DataGeneration"/>), so the next request renders afresh.
/// </summary>
/// <remarks>
/// Runs after authorization, so a kept page is only ever written to a user the page's own rules let in. The key holds the
/// user's id, security stamp and roles: a change of roles or units renews the stamp and so the key. A request carrying a
/// one-time message (TempData) is neither served from nor kept in the store, and only a 200 HTML response is kept.
/// </remarks>
public sealed class RenderedPages(RequestDelegate next, RenderedPageStore store, IAntiforgery antiforgery, TimeProvider clock,
    IOptions<CookieTempDataProviderOptions> tempData, IOptions<IdentityOptions> identity)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context))
        {
            await next(context);
            return;
        }

        var stamp = await context.RequestServices.GetRequiredService<DataStamp>().AtStartAsync(context.RequestAborted);
        var key = Key(context, stamp);
        var nonce = context.CspNonceOrNull();
        if (nonce is null)
        {
            await next(context);
            return;
        }

        if (store.TryGet(key, out var page))
        {
            var token = antiforgery.GetAndStoreTokens(context).RequestToken ?? "";
            context.Response.ContentType = page.ContentType;
            context.Response.ContentLength = page.Length(nonce, token);
            await page.WriteAsync(context.Response.Body, nonce, token, context.RequestAborted);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (context.Response.StatusCode == StatusCodes.Status200OK && context.Response.ContentType is { } type
            && type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            var rendered = antiforgery.GetAndStoreTokens(context).RequestToken; // this request's, as the page's forms carry it
            store.Keep(key, RenderedPage.Of(type, body.ToArray(), nonce, rendered));
        }

        if (body.Length > 0) // writing nothing would still start the response, and a 404 could no longer get its error page
        {
            await original.WriteAsync(body, context.RequestAborted);
        }
    }

    private bool Applies(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.User.Identity?.IsAuthenticated == true
        && context.GetEndpoint()?.Metadata.GetMetadata<RenderedUntilDataChangesAttribute>() is not null
        && !context.Request.Cookies.ContainsKey(tempData.Value.Cookie.Name!);

    private string Key(HttpContext context, long stamp)
    {
        var claims = identity.Value.ClaimsIdentity;
        var user = context.User;
        var roles = string.Join(',', user.FindAll(claims.RoleClaimType).Select(c => c.Value).Order(StringComparer.Ordinal));
        var request = context.Request;
        return string.Join('|',
            stamp, UkTime.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            user.FindFirstValue(claims.UserIdClaimType), user.FindFirstValue(claims.SecurityStampClaimType), roles,
            request.Scheme, request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);
    }
}
