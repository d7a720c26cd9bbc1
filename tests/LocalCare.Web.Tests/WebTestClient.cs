using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LocalCare.Core.Access;
using LocalCare.Data.Users;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LocalCare.Web.Tests;

/// <summary>Clients for the app under test: signed out, or signed in for real through the sign-in form as a demo user.</summary>
public static class WebTestClient
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public static HttpClient CreateSignedOutClient(this LocalCareWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in as the demo user of a role (user name = role), with the password from the data directory's demo-users.txt.</summary>
    public static async Task<HttpClient> CreateSignedInClientAsync(this LocalCareWebFactory factory, string role = Roles.Viewer)
    {
        var client = factory.CreateSignedOutClient();
        using var response = await client.SignInAsync(role, DemoPassword(factory, role));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    public static string DemoPassword(LocalCareWebFactory factory, string user) =>
        DemoUsers.ReadFile(Path.Combine(factory.DataDirectory, DemoUsers.FileName))[user];

    /// <summary>GETs the sign-in page, takes the antiforgery token from its form and POSTs the username and password.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string? username, string? password)
    {
        var page = await client.GetHtmlAsync("/account/sign-in");
        return await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Username"] = username ?? "",
            ["Password"] = password ?? "",
            [AntiforgeryField] = page.AntiforgeryToken("main form"),
        });
    }

    public static async Task<IHtmlDocument> GetHtmlAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.ReadHtmlAsync();
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>POSTs fields that may repeat (checkboxes), in order.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public static async Task<HttpResponseMessage> GetResponseAsync(this HttpClient client, string path) =>
        await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public static async Task<IHtmlDocument> ReadHtmlAsync(this HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>The antiforgery token of the first form matching the selector.</summary>
    public static string AntiforgeryToken(this IHtmlDocument page, string formSelector)
    {
        var input = page.QuerySelector($"{formSelector} input[name={AntiforgeryField}]");
        Assert.NotNull(input);
        return input.GetAttribute("value") ?? throw new InvalidOperationException("The antiforgery input has no value.");
    }

    /// <summary>Text with runs of whitespace collapsed, as a person reads it.</summary>
    public static string Text(this AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
