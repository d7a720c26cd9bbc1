using Microsoft.Playwright;

namespace LocalCare.BrowserTests.Features.ServicePlans;

/// <summary>A manager writes the missing sections of a draft service plan and submits it; an executive approves it; in headless Chromium.</summary>
public sealed class ServicePlansJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task AManagerWritesAndSubmitsADraft_ThenAnExecutiveApprovesIt()
    {
        await using (var manager = await BrowserSession.OpenAsync(app))
        {
            var page = manager.Page;
            var problems = BrowserSession.ScriptProblems(page);
            await page.GotoAsync("/account/sign-in");
            await manager.SignInAsync("manager", manager.PasswordOf("manager"));
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Plan", Exact = true }).First.ClickAsync();
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Service plans", Exact = true }).First.ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Service plans", Level = 1 })).ToBeVisibleAsync();
            await page.GetByLabel("Status").SelectOptionAsync("draft");
            await page.GetByLabel("Only units I look after").CheckAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Apply filters" }).ClickAsync();
            var table = page.Locator("[data-testid=service-plans]");
            await Assertions.Expect(table.Locator("tbody tr[data-unit='INT-CC']")).ToContainTextAsync("Draft");
            await Assertions.Expect(table.Locator("tbody tr[data-unit='INT-AL']")).ToHaveCountAsync(0);
            await manager.SaveRenderedScreenshotAsync("service-plans");
            await table.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Cheetham and Crumpsall" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToContainTextAsync("Cheetham and Crumpsall");
            var form = page.Locator("[data-testid=plan-form]");
            var written = 0;
            foreach (var field in await form.Locator("textarea:not(#section-case-studies)").AllAsync())
            {
                if ((await field.InputValueAsync()).Length == 0)
                {
                    await field.FillAsync($"What the team will do, part {++written}.");
                }
            }

            Assert.True(written > 5, $"Only {written} sections were missing");
            await form.GetByLabel("Case studies (optional)").FillAsync("A resident was seen at home the same day and avoided an admission.");
            await manager.SaveRenderedScreenshotAsync("service-plan-form");
            await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save and submit" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-testid=saved]")).ToContainTextAsync("The plan has been submitted for approval");
            await Assertions.Expect(page.Locator("#status [data-status]")).ToHaveTextAsync("Submitted");
            await Assertions.Expect(page.Locator("[data-testid=submitted]")).ToContainTextAsync("by manager");
            await Assertions.Expect(page.Locator("[data-section='case-studies']")).ToContainTextAsync("avoided an admission");
            await manager.SaveRenderedScreenshotAsync("service-plan-submitted");
            Assert.Empty(problems);
        }

        await using var executive = await BrowserSession.OpenAsync(app);
        var exec = executive.Page;
        var execProblems = BrowserSession.ScriptProblems(exec);
        await exec.GotoAsync("/account/sign-in");
        await executive.SignInAsync("executive", executive.PasswordOf("executive"));
        await exec.GotoAsync("/service-plans?status=submitted");
        await exec.Locator("[data-testid=service-plans]").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Cheetham and Crumpsall" }).ClickAsync();

        await Assertions.Expect(exec.Locator("[data-testid=plan-form]")).ToHaveCountAsync(0);
        await exec.Locator("[data-testid=approve-form]").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Approve plan" }).ClickAsync();

        await Assertions.Expect(exec.Locator("[data-testid=saved]")).ToContainTextAsync("The plan has been approved");
        await Assertions.Expect(exec.Locator("#status [data-status]")).ToHaveTextAsync("Approved");
        await Assertions.Expect(exec.Locator("[data-testid=decided]")).ToContainTextAsync("by executive");
        await Assertions.Expect(exec.Locator("#status [data-late]")).ToHaveCountAsync(0);
        var history = exec.Locator("[data-testid=history] tbody tr");
        await Assertions.Expect(history.First).ToContainTextAsync("executive");
        await Assertions.Expect(history.First).ToContainTextAsync("Submitted → Approved");
        await Assertions.Expect(exec.Locator("[data-testid=history]")).ToContainTextAsync("manager");
        await executive.SaveRenderedScreenshotAsync("service-plan-approved");

        await exec.GotoAsync("/planning-cycle?year=2024");
        await Assertions.Expect(exec.Locator("[data-stage]")).ToHaveCountAsync(4);
        await Assertions.Expect(exec.Locator("[data-testid=late-plans] tr[data-unit='INT-HCHB']")).ToBeVisibleAsync();
        await Assertions.Expect(exec.Locator("[data-testid=late-plans] tr[data-unit='INT-CC']")).ToHaveCountAsync(0);
        await executive.SaveRenderedScreenshotAsync("planning-cycle");
        Assert.Empty(execProblems);
    }

}
