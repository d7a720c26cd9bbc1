using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using LocalCare.Web.Features.Shared;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.WebEncoders;

namespace LocalCare.Web.Setup;

/// <summary>The web plumbing shared by every feature: Razor Pages, JSON and OpenAPI, error pages, static files and the health check.</summary>
public static class Web
{
    /// <summary>Razor Pages live beside their feature under <c>/Features</c>; each page states its own route.</summary>
    public static WebApplicationBuilder AddLocalCarePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(pages => pages.RootDirectory = "/Features");
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "LocalCare.Antiforgery";
            antiforgery.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY.
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddScoped<OrganisationName>();
        return builder;
    }

    /// <summary>JSON with camelCase names (the web default) and numbers only as numbers, ProblemDetails for errors, the OpenAPI document and a health check.</summary>
    public static WebApplicationBuilder AddLocalCareApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddProblemDetails();
        // A malformed or missing body is the caller's mistake: 400 ProblemDetails in every environment, never an exception.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = false);
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary>
    /// People get NHS.UK error pages; API callers get ProblemDetails. In every environment, Development included: a stack
    /// trace is never shown (it goes to the log), so what testers see is what users see.
    /// </summary>
    public static WebApplication UseLocalCareErrorPages(this WebApplication app)
    {
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler(ErrorModel.Path + "/500");
            pages.UseStatusCodePagesWithReExecute(ErrorModel.Path + "/{0}");
        });
        return app;
    }

    /// <summary>wwwroot, and the NHS.UK images again at <c>/assets</c> where the frontend's CSS expects them.</summary>
    public static WebApplication UseLocalCareStaticFiles(this WebApplication app)
    {
        app.UseStaticFiles();
        var nhsukAssets = Path.Combine(app.Environment.WebRootPath, "lib", "nhsuk", "assets");
        if (Directory.Exists(nhsukAssets))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(nhsukAssets), RequestPath = "/assets" });
        }

        return app;
    }

    public static WebApplication MapLocalCarePages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    /// <summary><c>/healthz</c> answers "Healthy" without sign-in, for load balancers and uptime checks.</summary>
    public static WebApplication MapLocalCareHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
