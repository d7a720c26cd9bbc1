using AngleSharp.Dom;
using LocalCare.Core.Access;

namespace LocalCare.Web.Tests.Features.Reminders;

public sealed class RemindersPageTests(RemindersWebFactory factory) : IClassFixture<RemindersWebFactory>
{
    [Fact]
    public async Task Get_AsTheManager_ShowsTheirOwnItemsOverdueFirst_AndNotEveryones()
    {
        var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        var page = await client.GetHtmlAsync("/reminders");

        Assert.Equal("What's due", page.QuerySelector("h1")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("[data-testid=mine] tbody tr");
        var action = rows.Single(r => r.TextContent.Contains("HPB-A-003", StringComparison.Ordinal));
        Assert.Equal("/boards/HPB/actions", action.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("30 Nov 2024", action.TextContent, StringComparison.Ordinal);
        Assert.Contains("Overdue", action.TextContent, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.QuerySelector("a")!.GetAttribute("href") == "/service-plans/2024/INT-CC");
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("HPB-A-002", StringComparison.Ordinal)); // the executive's
        Assert.Null(page.QuerySelector("[data-testid=unmatched]"));
        Assert.Null(page.QuerySelector("[data-testid=unmatched-empty]"));
        Assert.Equal("Email reminders are off: no SMTP server is configured.", page.QuerySelector("[data-testid=email-status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_AsAnAdmin_ShowsEveryonesByOwner_AndTheOwnersThatMatchNoUser()
    {
        var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        var page = await client.GetHtmlAsync("/reminders");

        Assert.Equal(["executive", "manager"], page.QuerySelectorAll("h3[data-owner]").Select(h => h.GetAttribute("data-owner")!));
        Assert.Contains(page.QuerySelectorAll("[data-testid='owner-executive'] tbody tr"), r => r.TextContent.Contains("HPB-A-002", StringComparison.Ordinal));
        var unmatched = page.QuerySelectorAll("[data-testid=unmatched] tbody tr");
        var orphan = unmatched.Single(r => r.QuerySelector("a")!.GetAttribute("href") == "/service-plans/2024/INT-GL");
        Assert.Equal("service_plan", orphan.GetAttribute("data-kind"));
        Assert.Empty(page.QuerySelectorAll("[data-testid=mine]")); // the admin owns nothing in the demo
        Assert.Equal("Nothing is due or overdue for you.", page.QuerySelector("[data-testid=mine-empty]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_AsAViewer_ShowsOnlyTheirOwn()
    {
        var client = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var page = await client.GetHtmlAsync("/reminders");

        Assert.Empty(page.QuerySelectorAll("h3[data-owner]"));
        Assert.Null(page.QuerySelector("[data-testid=unmatched]"));
    }
}
