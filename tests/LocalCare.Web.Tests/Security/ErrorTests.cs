using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Security;

/// <summary>The app with two test-only routes that throw, <c>/test/throw</c> and <c>/api/test/throw</c>, added after the app's own pipeline.</summary>
public sealed class ThrowingWebFactory : LocalCareWebFactory
{
    public const string Secret = "The connection string is Password=hunter2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ThrowingRoutes>());
    }

    private sealed class ThrowingRoutes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // Reached only when no endpoint matched, inside the app's error handling.
            app.Use((HttpContext context, RequestDelegate _) =>
                context.Request.Path.Value is "/test/throw" or "/api/test/throw"
                    ? throw new InvalidOperationException(Secret)
                    : Task.CompletedTask);
        };
    }
}

public sealed class ErrorTests(ThrowingWebFactory factory) : IClassFixture<ThrowingWebFactory>
{
    [Fact]
    public async Task Api_ThatThrows_AnswersProblemDetailsWithoutTheException()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/api/test/throw");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ThatThrows_ShowsTheNhsErrorPageWithoutTheException()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/test/throw");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("header.nhsuk-header"));
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
