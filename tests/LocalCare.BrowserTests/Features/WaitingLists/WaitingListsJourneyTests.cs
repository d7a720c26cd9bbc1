using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalCare.BrowserTests.Features.WaitingLists;

/// <summary>A manager reads the waiting-list census and its history, opens a service, changes the model and runs the simulation, in headless Chromium.</summary>
public sealed partial class WaitingListsJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task ReadingTheCensus_ThenAService_ThenSimulating_ShowsEveryChart()
    {
        await using var browser = await BrowserSession.OpenAsync(app);
        var page = browser.Page;
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The NHS.UK stylesheet asks for its fonts from assets.nhs.uk, which the policy (default-src 'self') refuses on every page.
            if (message.Type == "error" && !message.Text.StartsWith("Loading the font 'https://assets.nhs.uk/", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };

        await page.GotoAsync("/account/sign-in");
        await browser.SignInAsync("manager", browser.PasswordOf("manager"));
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Waiting lists", Exact = true }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Waiting lists", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=census] tbody tr[data-unit=lco]")).ToBeVisibleAsync();
        var history = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = HistoryChartName() });
        await Assertions.Expect(history).ToBeVisibleAsync();
        await AssertLargeAsync(history);
        Assert.True(await history.Locator("rect[data-series]").CountAsync() > 24);
        await Assertions.Expect(page.Locator("[data-testid=validation] tbody tr").First).ToBeVisibleAsync();
        AssertPng(await browser.ScreenshotAsync("waiting-lists"));

        await page.Locator("[data-testid=service-links] a").First.ClickAsync();
        var flow = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = FlowChartName() });
        await Assertions.Expect(flow).ToBeVisibleAsync();
        await AssertLargeAsync(flow);
        await Assertions.Expect(page.Locator("[data-testid=model] tr[data-quantity=regime]")).ToBeVisibleAsync();

        await page.GetByLabel("Replications").FillAsync("50");
        await page.GetByLabel("Your capacity (optional)").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Run the simulation" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=clearance] tbody tr")).ToHaveCountAsync(4);
        var queue = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = QueueChartName() });
        await Assertions.Expect(queue).ToBeVisibleAsync();
        await AssertLargeAsync(queue);
        Assert.Equal(4, await queue.Locator("polygon").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = Over52ChartName() })).ToBeVisibleAsync();
        AssertPng(await browser.ScreenshotAsync("waiting-list-service"));

        Assert.Empty(problems); // no script errors, and nothing the Content Security Policy refused
    }

    private static async Task AssertLargeAsync(ILocator chart)
    {
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 500 && box.Height > 200, $"The chart is {box.Width} by {box.Height}");
    }

    private static void AssertPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, $"{path} is {bytes.Length} bytes");
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);
    }

    [GeneratedRegex("^Waiting by SitRep band, ")]
    private static partial Regex HistoryChartName();

    [GeneratedRegex(": weekly demand and capacity")]
    private static partial Regex FlowChartName();

    [GeneratedRegex(": waiting list size, simulated")]
    private static partial Regex QueueChartName();

    [GeneratedRegex(": waiting over 52 weeks, simulated")]
    private static partial Regex Over52ChartName();
}
