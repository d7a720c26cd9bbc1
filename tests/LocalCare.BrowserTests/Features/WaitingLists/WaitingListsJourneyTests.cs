using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalCare.BrowserTests.Features.WaitingLists;

/// <summary>
/// A manager reads the waiting-list census and its history, drills into a unit's weekly bands, downloads the validation list, opens a
/// service, changes the model, runs the simulation and reads its charts tab by tab, then sees a goal's trajectory on its deliverable's
/// page; an executive adds a goal on a capacity of their own. In headless Chromium.
/// </summary>
public sealed partial class WaitingListsJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task ReadingTheCensus_ThenAService_ThenSimulating_ShowsEveryChart()
    {
        await using var browser = await BrowserSession.OpenAsync(app);
        var page = browser.Page;
        var problems = BrowserSession.ScriptProblems(page);

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

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=validation-csv]").ClickAsync());
        var csv = Path.Combine(BrowserSession.ScreenshotDirectory, "waiting-list-validation.csv");
        await download.SaveAsAsync(csv);
        var lines = await File.ReadAllLinesAsync(csv, TestContext.Current.CancellationToken);
        Assert.Equal("person_id,referral_id,service,neighbourhood,received_at,days_waited,weeks_waited", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(await page.Locator("[data-testid=census] tbody tr[data-unit=lco] [data-testid=waiting]").InnerTextAsync(), (lines.Length - 1).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture));

        await page.Locator("[data-testid=census] tbody tr[data-unit=lco] th a").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { NameRegex = WeeksHeading(), Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=weeks] tbody tr").First).ToBeVisibleAsync();
        Assert.True(await page.Locator("[data-testid=weeks] tbody tr").CountAsync() > 10);
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Back to the census" }).ClickAsync();

        await page.Locator("[data-testid=service-links] a").First.ClickAsync();
        var flow = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = FlowChartName() });
        await Assertions.Expect(flow).ToBeVisibleAsync();
        await AssertLargeAsync(flow);
        await Assertions.Expect(page.Locator("[data-testid=model] tr[data-quantity=regime]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = QueueLoadChartName() })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=cvs] [data-testid=cv-demand]")).ToBeVisibleAsync();

        await page.GetByLabel("Replications").FillAsync("50");
        await page.GetByLabel("Your capacity (optional)").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Run the simulation" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=clearance] tbody tr")).ToHaveCountAsync(4);
        var queue = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = QueueChartName() });
        await Assertions.Expect(queue).ToBeVisibleAsync();
        await AssertLargeAsync(queue);
        Assert.Equal(4, await queue.Locator("polygon").CountAsync());
        var over52 = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = Over52ChartName() });
        await Assertions.Expect(over52).ToBeHiddenAsync(); // the tabs show one chart at a time
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Over 52 weeks" }).ClickAsync();
        await Assertions.Expect(over52).ToBeVisibleAsync();
        await Assertions.Expect(queue).ToBeHiddenAsync();
        await AssertLargeAsync(over52);
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Over 65 weeks" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = Over65ChartName() })).ToBeVisibleAsync();
        AssertPng(await browser.ScreenshotAsync("waiting-list-service"));

        await page.GotoAsync("/deliverables/D2425-CH-20");
        await Assertions.Expect(page.Locator("[data-testid=waiting-goals] tbody tr[data-service=MSK] [data-verdict]")).ToBeVisibleAsync();
        var goal = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = GoalChartName() });
        await Assertions.Expect(goal).ToBeVisibleAsync();
        await AssertLargeAsync(goal);
        await Assertions.Expect(goal.Locator("[data-marker]")).ToHaveCountAsync(1);
        Assert.Equal(0, await page.Locator("[data-testid=add-goal]").CountAsync()); // a manager reads goals; the plan's editors change them
        AssertPng(await browser.ScreenshotAsync("deliverable-waiting-goals"));

        Assert.Empty(problems); // no script errors, and nothing the Content Security Policy refused
    }

    [Fact]
    public async Task AnExecutive_AddsAGoalOnACapacityOfTheirOwn_AndSeesItsTrajectory()
    {
        await using var browser = await BrowserSession.OpenAsync(app);
        var page = browser.Page;
        var problems = BrowserSession.ScriptProblems(page);

        await page.GotoAsync("/account/sign-in");
        await browser.SignInAsync("executive", browser.PasswordOf("executive"));
        await page.GotoAsync("/deliverables/D2425-CH-05");
        await page.Locator("[data-testid=add-goal]").ClickAsync();

        var capacity = page.GetByLabel("Capacity (removals a week)");
        await Assertions.Expect(capacity).ToBeHiddenAsync();
        await page.GetByLabel("Service").SelectOptionAsync("MSK");
        await page.GetByLabel("52 weeks").CheckAsync();
        await page.GetByLabel("By the census of").FillAsync("2027-09");
        await page.GetByLabel("A capacity the plan relies on").CheckAsync();
        await Assertions.Expect(capacity).ToBeVisibleAsync(); // revealed by the radios' script
        await capacity.FillAsync("40");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Add the goal" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=saved]")).ToContainTextAsync("Waiting-list goal added");
        var row = page.Locator("[data-testid=waiting-goals] tbody tr[data-service=MSK]");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("40 a week (the plan's)");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = GoalChartName() })).ToBeVisibleAsync();
        Assert.Empty(problems);
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

    [GeneratedRegex(": waiting over 65 weeks, simulated")]
    private static partial Regex Over65ChartName();

    [GeneratedRegex(": weekly queue load")]
    private static partial Regex QueueLoadChartName();

    [GeneratedRegex(@"^MSK: waiting over \d+ weeks, simulated to \d{4}-\d{2}")]
    private static partial Regex GoalChartName();

    [GeneratedRegex("Waiting by week, ")]
    private static partial Regex WeeksHeading();
}
