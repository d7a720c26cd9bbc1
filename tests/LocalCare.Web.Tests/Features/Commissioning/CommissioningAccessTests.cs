using System.Net;
using LocalCare.Core.Access;

namespace LocalCare.Web.Tests.Features.Commissioning;

/// <summary>Every role and the signed-out against every commissioning page and API endpoint: who gets in, and who never sees a concern.</summary>
public sealed class CommissioningAccessTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    public static readonly string[] Pages =
    [
        "/commissioning",
        "/commissioning?band=high",
        "/commissioning/band-changes",
        "/commissioning/providers/P01",
        "/commissioning/contracts",
        "/commissioning/contracts?expiring=12",
        "/commissioning/social-value",
        "/commissioning/budget",
    ];

    public static readonly string[] Api =
    [
        "/api/commissioning/providers",
        "/api/commissioning/providers/P01",
        "/api/commissioning/risk",
        "/api/commissioning/risk?date=2025-01-15",
    ];

    /// <summary>Role, whether it may see concerns.</summary>
    public static TheoryData<string, bool> Matrix => new()
    {
        { Roles.Admin, true },
        { Roles.Executive, true },
        { Roles.Analyst, true },
        { Roles.Commissioner, true },
        { Roles.Manager, false },
        { Roles.Viewer, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_AsEachRole_ReadsEveryPageAndEndpointAndSeesConcernsOnlyWhenAllowed(string role, bool seesConcerns)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        foreach (var path in Pages.Concat(Api))
        {
            using var response = await client.GetResponseAsync(path);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} GET {path}: {(int)response.StatusCode}");
            if (!seesConcerns)
            {
                foreach (var text in CommissioningFixture.ConcernTexts.Append("safeguarding concern open").Append("whistleblowing concern opened").Append("upheld complaints opened"))
                {
                    Assert.False(body.Contains(text, StringComparison.Ordinal), $"{role} GET {path} shows '{text}'");
                }
            }
            else if (path is "/commissioning/providers/P01" or "/api/commissioning/providers/P01")
            {
                Assert.Contains(CommissioningFixture.SafeguardingSummary, body, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Get_AsEachRole_HasTheCommissioningLinkInTheMenu(string role, bool seesConcerns)
    {
        _ = seesConcerns;
        using var client = await factory.CreateSignedInClientAsync(role);

        var page = await client.GetHtmlAsync("/");

        Assert.Equal("/commissioning", page.QuerySelectorAll(".nhsuk-header__navigation-link").Single(a => a.Text() == "Commissioning").GetAttribute("href"));
    }

    [Fact]
    public async Task Get_WhenSignedOut_PagesRedirectToSignInAndTheApiAnswers401()
    {
        using var client = factory.CreateSignedOutClient();

        foreach (var path in Pages)
        {
            using var response = await client.GetResponseAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
            Assert.Equal("?ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location.Query);
        }

        foreach (var path in Api)
        {
            using var response = await client.GetResponseAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Null(response.Headers.Location);
        }
    }
}
