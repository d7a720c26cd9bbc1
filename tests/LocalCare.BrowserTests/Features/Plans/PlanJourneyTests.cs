using LocalCare.Data.Demo;
using Microsoft.Playwright;

namespace LocalCare.BrowserTests.Features.Plans;

/// <summary>
/// A manager writes a deliverable's update for a quarter that has ended; from the operating plan page an executive edits the
/// deliverable and locks the quarter; the manager then finds its updates read-only; in headless Chromium.
/// </summary>
public sealed class PlanJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task AnExecutiveEditsADeliverableAndLocksAFinishedQuarter_ThenAManagerSeesItsUpdatesReadOnly()
    {
        // D2425-CH-18 is the Director of Operations', whose updates the demo manager writes; 2024/25 Q4 ended on 31 March 2025.
        var deliverable = DemoPlan.Deliverables().Single(d => d.Code == "D2425-CH-18");
        var priority = DemoPlan.Priorities().Single(p => p.Code == deliverable.PriorityCode);
        const string Title = "Meet the community health access standards in every locality";
        const string Commentary = "Every locality met the access standards at year end.";

        await using (var writer = await BrowserSession.OpenAsync(app))
        {
            var page = writer.Page;
            var problems = BrowserSession.ScriptProblems(page);
            await page.GotoAsync("/account/sign-in");
            await writer.SignInAsync("manager", writer.PasswordOf("manager"));
            await page.GotoAsync($"/deliverables/{deliverable.Code}");
            await page.Locator("[data-testid=write-updates]").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Write the 2024/25 Q4 update" }).ClickAsync();

            var form = page.Locator("[data-testid=update-form]");
            await form.GetByLabel("Delivered", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
            await form.Locator("#commentary").FillAsync(Commentary);
            await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save update" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-testid=saved]")).ToContainTextAsync("2024/25 Q4 update saved");
            await Assertions.Expect(page.Locator("[data-testid=updates] tr[data-quarter='4']")).ToContainTextAsync(Commentary);
            Assert.Empty(problems);
        }

        await using (var executive = await BrowserSession.OpenAsync(app))
        {
            var page = executive.Page;
            var problems = BrowserSession.ScriptProblems(page);
            await page.GotoAsync("/account/sign-in");
            await executive.SignInAsync("executive", executive.PasswordOf("executive"));
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Plan", Exact = true }).First.ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync("2024/25");
            await Assertions.Expect(page.Locator("[data-testid=workplan-hint]").First).ToContainTextAsync("renaming one renames it in 2024/25 and 2025/26");
            await page.Locator("[data-testid=priorities]").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = priority.Name, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = deliverable.Title, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = deliverable.Title, Level = 1 })).ToBeVisibleAsync();
            await page.Locator("[data-testid=edit]").ClickAsync();

            var form = page.Locator("[data-testid=deliverable-form]");
            await form.Locator("#title").FillAsync(Title);
            await executive.SaveRenderedScreenshotAsync("deliverable-edit");
            await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save the deliverable" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-testid=saved]")).ToContainTextAsync("Deliverable saved");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = Title, Level = 1 })).ToBeVisibleAsync();
            var history = page.Locator("[data-testid=history] tbody tr").First;
            await Assertions.Expect(history).ToContainTextAsync("executive");
            await Assertions.Expect(history).ToContainTextAsync(Title);

            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Plan", Exact = true }).First.ClickAsync();
            await page.Locator("[data-testid=plan-links]").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { NameRegex = new System.Text.RegularExpressions.Regex("^Quarterly updates") }).ClickAsync();
            var q4 = page.Locator("[data-testid=quarters] tr[data-quarter='4']");
            await Assertions.Expect(q4).ToContainTextAsync("Open");
            await q4.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lock 2024/25 Q4" }).ClickAsync();

            // Other deliverables' Q4 updates are still to write: the page lists them and asks again before locking.
            var warning = page.Locator("[data-testid=lock-warning]");
            await Assertions.Expect(warning).ToContainTextAsync("Once 2024/25 Q4 is locked these can no longer be written.");
            await warning.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lock 2024/25 Q4 anyway" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-testid=saved]")).ToContainTextAsync("2024/25 Q4 locked: its updates are now read-only");
            await Assertions.Expect(page.Locator("[data-testid=quarters] tr[data-quarter='4']")).ToContainTextAsync("Locked by executive");
            await Assertions.Expect(page.Locator("[data-testid=quarters] form")).ToHaveCountAsync(0);
            await executive.SaveRenderedScreenshotAsync("quarter-locked");
            Assert.Empty(problems);
        }

        await using var manager = await BrowserSession.OpenAsync(app);
        var mine = manager.Page;
        var managerProblems = BrowserSession.ScriptProblems(mine);
        await mine.GotoAsync("/account/sign-in");
        await manager.SignInAsync("manager", manager.PasswordOf("manager"));
        await mine.GotoAsync("/updates?year=2024");
        await Assertions.Expect(mine.Locator("[data-testid=quarters] tr[data-quarter='4']")).ToContainTextAsync("Locked by executive");
        await Assertions.Expect(mine.Locator("[data-testid=quarters] form")).ToHaveCountAsync(0);

        await mine.GotoAsync($"/deliverables/{deliverable.Code}");
        await Assertions.Expect(mine.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(mine.Locator("[data-testid=write-updates] a")).ToHaveCountAsync(0);
        await mine.GotoAsync($"/deliverables/{deliverable.Code}/updates/4");

        await Assertions.Expect(mine.Locator("[data-testid=read-only]")).ToContainTextAsync("2024/25 Q4 is locked: its updates can no longer be changed");
        await Assertions.Expect(mine.Locator("[data-testid=update-form]")).ToHaveCountAsync(0);
        await Assertions.Expect(mine.GetByText(Commentary, new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(mine.Locator(".nhsuk-summary-list")).ToContainTextAsync("Delivered");
        await manager.SaveRenderedScreenshotAsync("locked-update");
        Assert.Empty(managerProblems);
    }

}
