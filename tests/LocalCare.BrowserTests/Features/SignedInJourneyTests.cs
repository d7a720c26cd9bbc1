using System.Text.RegularExpressions;
using LocalCare.Data.Demo;
using Microsoft.Playwright;

namespace LocalCare.BrowserTests.Features;

/// <summary>A person signs in, reads the plan at a glance, and opens a deliverable, in headless Chromium.</summary>
public sealed partial class SignedInJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task SigningIn_ThenOpeningAHomePageAndADeliverable_ShowsThePlan()
    {
        await using var browser = await BrowserSession.OpenAsync(app);
        var page = browser.Page;

        await page.GotoAsync("/");
        Assert.Matches(SignInPath(), new Uri(page.Url).AbsolutePath);

        await browser.SignInAsync("executive", browser.PasswordOf("executive"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Plan at a glance" })).ToBeVisibleAsync();
        foreach (var priority in DemoPlan.Priorities())
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new PageGetByRoleOptions { Name = priority.Name, Exact = true })
                .Or(page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = priority.Name, Exact = true }))).ToBeVisibleAsync();
        }

        AssertPng(await browser.ScreenshotAsync("home"));

        var deliverable = DemoPlan.Deliverables().Single(d => d.Code == "D2425-CH-08");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Deliverables", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = deliverable.Title, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = deliverable.Title, Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/deliverables/" + deliverable.Code, page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText(deliverable.Owner, new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        foreach (var update in deliverable.Updates.Where(u => u.Commentary.Length > 0))
        {
            await Assertions.Expect(page.GetByText(update.Commentary, new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        }

        AssertPng(await browser.ScreenshotAsync("deliverable"));
    }

    [Fact]
    public async Task SigningIn_WithTheWrongPassword_ShowsTheErrorSummary()
    {
        await using var browser = await BrowserSession.OpenAsync(app);
        await browser.Page.GotoAsync("/account/sign-in");

        await browser.SignInAsync("viewer", "not the password");

        var summary = browser.Page.Locator(".nhsuk-error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Your username or password is incorrect");
        Assert.Matches(SignInPath(), new Uri(browser.Page.Url).AbsolutePath);
    }

    private static void AssertPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [GeneratedRegex("^/account/sign-in$", RegexOptions.IgnoreCase)]
    private static partial Regex SignInPath();
}
