using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LocalCare.BrowserTests.Features.Performance;

/// <summary>A manager reads the performance summary, opens a metric's SPC chart and writes commentary, in headless Chromium.</summary>
public sealed partial class PerformanceJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task ReadingTheSummary_ThenAMetric_ThenWritingCommentary_ShowsItOnThePage()
    {
        await using var browser = await BrowserSession.OpenAsync(app);
        var page = browser.Page;
        var problems = BrowserSession.ScriptProblems(page);

        await page.GotoAsync("/account/sign-in");
        await browser.SignInAsync("manager", browser.PasswordOf("manager"));
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Performance", Exact = true }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Performance", Level = 1 })).ToBeVisibleAsync();
        var table = page.Locator("[data-testid=performance]");
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("tbody tr[data-metric='outcomed-appointments'] .app-sparkline")).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("tbody tr[data-metric='outcomed-appointments'] .app-spc-icon--variation")).ToBeVisibleAsync();
        AssertPng(await browser.ScreenshotAsync("performance"));

        await page.GetByLabel("Order").SelectOptionAsync("exceptions");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ExceptionsFirst());
        await Assertions.Expect(table.Locator("tbody tr").First).ToHaveAttributeAsync("data-exception", "true");

        await table.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Outcomed appointments", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Outcomed appointments", Level = 1 })).ToBeVisibleAsync();
        var chart = page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { NameRegex = SpcChartName() });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 500 && box.Height > 200, $"The chart is {box.Width} by {box.Height}");
        Assert.True(await chart.Locator("[data-point-type][data-period]").CountAsync() > 1);
        await Assertions.Expect(page.Locator("[data-testid=variation]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=assurance]")).ToBeVisibleAsync();
        AssertPng(await browser.ScreenshotAsync("metric"));

        var form = page.Locator("[data-testid=commentary-form]");
        await form.GetByLabel("What the data shows").FillAsync("Outcoming has dipped since the new rota started.");
        await form.GetByLabel("Underlying issues (optional)").FillAsync("Two clinics lost their administrator.");
        var action = form.Locator("fieldset[data-action='1']");
        await action.GetByLabel("What will be done").FillAsync("Backfill the administrator posts");
        await action.GetByLabel("Owner").FillAsync("Operations manager");
        await action.GetByLabel("Day").FillAsync("30");
        await action.GetByLabel("Month").FillAsync("6");
        await action.GetByLabel("Year").FillAsync("2026");
        await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save commentary" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=saved]")).ToContainTextAsync("saved");
        var card = page.Locator("[data-commentary]").First;
        await Assertions.Expect(card).ToContainTextAsync("Outcoming has dipped since the new rota started.");
        await Assertions.Expect(card).ToContainTextAsync("Backfill the administrator posts");
        await Assertions.Expect(card).ToContainTextAsync("30 Jun 2026");
        await Assertions.Expect(card).ToContainTextAsync("Written by manager");
        AssertPng(await browser.ScreenshotAsync("metric-commentary"));

        Assert.Empty(problems); // no script errors, and nothing the Content Security Policy refused
    }

    [Fact]
    public async Task SavingCommentaryWithoutWhatTheDataShows_ShowsTheErrorSummary()
    {
        await using var browser = await BrowserSession.OpenAsync(app);
        var page = browser.Page;
        await page.GotoAsync("/account/sign-in");
        await browser.SignInAsync("analyst", browser.PasswordOf("analyst"));

        await page.GotoAsync("/performance/crisis-response-2h");
        await page.Locator("[data-testid=commentary-form]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save commentary" }).ClickAsync();

        var summary = page.Locator(".nhsuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Enter what the data shows");
        await summary.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Enter what the data shows" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("What the data shows")).ToBeFocusedAsync();
    }

    private static void AssertPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [GeneratedRegex("sort=exceptions")]
    private static partial Regex ExceptionsFirst();

    [GeneratedRegex("^SPC chart of Outcomed appointments at ")]
    private static partial Regex SpcChartName();
}
