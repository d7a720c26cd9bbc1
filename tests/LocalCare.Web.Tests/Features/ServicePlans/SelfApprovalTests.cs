using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.ServicePlans;
using static LocalCare.Web.Tests.Features.ServicePlans.ServicePlansExpected;

namespace LocalCare.Web.Tests.Features.ServicePlans;

/// <summary>
/// Whoever submitted a service plan may not approve or return it, even with the executive role: an executive who is also an
/// administrator, or also the unit's manager, submits a returned plan and is refused the decision on the page (403, the reason in
/// the error summary, a sentence instead of the decision forms) and through the API (403 with the reason); another executive then
/// decides. Its own database: it adds users and changes plans.
/// </summary>
public sealed class SelfApprovalTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Theory]
    [InlineData(Roles.Admin, "INT-CWRF", "")] // an administrator may submit any unit's plan
    [InlineData(Roles.Manager, "INT-HCHB", "NORTH")] // a manager who looks after North
    public async Task AnExecutiveWhoSubmittedAPlan_MayNotApproveOrReturnIt_AnotherExecutiveMay(string writerRole, string unit, string looksAfter)
    {
        Assert.Equal(ServicePlanStatus.Returned, DemoState(unit)); // every section written: it can be submitted as it is
        var userName = "exec." + writerRole;
        using var both = await SignInNewUserAsync(userName, [Roles.Executive, writerRole], looksAfter);
        var url = $"/service-plans/2024/{unit}";

        using var submitted = await JsonAsync(await PostJsonAsync(both, $"/api/service-plans/2024/{unit}/submit", ""), HttpStatusCode.OK);
        Assert.Equal(("submitted", userName), (submitted.RootElement.GetProperty("status").GetString(), submitted.RootElement.GetProperty("submittedBy").GetString()));
        Assert.DoesNotContain(submitted.RootElement.GetProperty("allowed").EnumerateArray(), a => a.GetString() is "approve" or "return");

        var page = await both.GetHtmlAsync(url);
        Assert.Null(page.QuerySelector("[data-testid=approve-form]"));
        Assert.Null(page.QuerySelector("[data-testid=return-form]"));
        Assert.Equal("Information: You submitted this plan, so another executive must approve or return it.", page.QuerySelector("[data-testid=why-no-decision]")!.Text());

        using var approveOnPage = await both.PostAsync(url, "Approve", new Dictionary<string, string>());
        using var returnOnPage = await both.PostAsync(url, "Return", new Dictionary<string, string> { ["comment"] = "Fine by me." });
        using var approveByApi = await JsonAsync(await PostJsonAsync(both, $"/api/service-plans/2024/{unit}/approve", ""), HttpStatusCode.Forbidden);
        using var returnByApi = await JsonAsync(await PostJsonAsync(both, $"/api/service-plans/2024/{unit}/return", """{"comment":"Fine by me."}"""), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.Forbidden, approveOnPage.StatusCode);
        Assert.Equal([("#status", "You submitted this plan, so you cannot approve it: another executive must decide on it")], ErrorSummary(await approveOnPage.ReadHtmlAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, returnOnPage.StatusCode);
        Assert.Equal([("#status", "You submitted this plan, so you cannot return it: another executive must decide on it")], ErrorSummary(await returnOnPage.ReadHtmlAsync()));
        Assert.Equal("You submitted this plan, so you cannot approve it: another executive must decide on it", approveByApi.RootElement.GetProperty("detail").GetString());
        Assert.Equal("You submitted this plan, so you cannot return it: another executive must decide on it", returnByApi.RootElement.GetProperty("detail").GetString());
        var stored = (await PlanAsync(factory, unit))!;
        Assert.Equal((ServicePlanStatus.Submitted, userName), (stored.Status, stored.SubmittedBy)); // nothing decided

        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        Assert.NotNull((await executive.GetHtmlAsync(url)).QuerySelector("[data-testid=approve-form]"));
        using var approved = await JsonAsync(await PostJsonAsync(executive, $"/api/service-plans/2024/{unit}/approve", ""), HttpStatusCode.OK);
        Assert.Equal(("approved", "executive"), (approved.RootElement.GetProperty("status").GetString(), approved.RootElement.GetProperty("decidedBy").GetString()));
    }

    /// <summary>An administrator creates the user on the users page; the user signs in with the one-time password shown.</summary>
    private async Task<HttpClient> SignInNewUserAsync(string userName, string[] roles, string unit)
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var form = await admin.GetHtmlAsync("/admin/users/new");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("UserName", userName),
            new("DisplayName", "Test " + userName),
            new("Email", userName + "@example.nhs.uk"),
            new(WebTestClient.AntiforgeryField, form.AntiforgeryToken("[data-testid=new-user-form]")),
        };
        fields.AddRange(roles.Select(r => new KeyValuePair<string, string>("Roles", r)));
        if (unit.Length > 0)
        {
            fields.Add(new("Units", unit));
        }

        using var created = await admin.PostFormAsync("/admin/users/new", fields);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var password = (await created.ReadHtmlAsync()).QuerySelector("[data-testid=password]")!.Text();
        var client = factory.CreateSignedOutClient();
        using var signedIn = await client.SignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }
}
