using System.Diagnostics;
using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LocalCare.BrowserTests.Features.Boards;

/// <summary>
/// An analyst flags a metric at a Health Performance Board meeting, its accountable manager writes the narrative, an executive
/// reads the draft and publishes it; the published PDF names every metric of the board. In headless Chromium.
/// </summary>
public sealed class PackJourneyTests(BrowserAppFactory app) : IClassFixture<BrowserAppFactory>
{
    [Fact]
    public async Task AnalystFlags_ManagerWritesTheNarrative_ExecutivePublishes_AndThePdfHoldsEveryMetric()
    {
        var (meeting, metric, names) = await MeetingAsync();

        await using (var analyst = await BrowserSession.OpenAsync(app))
        {
            var page = analyst.Page;
            await page.GotoAsync("/account/sign-in");
            await analyst.SignInAsync("analyst", analyst.PasswordOf("analyst"));
            await page.GotoAsync($"/meetings/{meeting}");
            var row = page.Locator($"[data-testid=meeting-metrics] tr[data-metric='{metric.Id}']");
            await row.GetByRole(AriaRole.Button).ClickAsync();
            await Assertions.Expect(page.Locator($"[data-testid=meeting-metrics] tr[data-metric='{metric.Id}']")).ToHaveAttributeAsync("data-flagged", "true");
        }

        await using (var manager = await BrowserSession.OpenAsync(app))
        {
            var page = manager.Page;
            await page.GotoAsync("/account/sign-in");
            await manager.SignInAsync("manager", manager.PasswordOf("manager"));
            await page.GotoAsync($"/meetings/{meeting}/narratives/{metric.Id}");
            var form = page.Locator("[data-testid=narrative-form]");
            await form.GetByLabel("What the chart tells us").FillAsync("Two months below the lower limit: a signal, not noise.");
            await form.GetByLabel("Root causes").FillAsync("Vacancies in the evening rota.");
            await form.GetByLabel("Action 1", new LocatorGetByLabelOptions { Exact = true }).FillAsync("Recruit two evening nurses");
            await form.GetByLabel("Owner").First.FillAsync("Head of Nursing");
            await form.GetByLabel("Due (2025-03-31)").First.FillAsync("2025-03-31");
            await form.GetByLabel("Mitigations and risks").FillAsync("Bank staff cover the gap.");
            await form.GetByLabel("Expected recovery").FillAsync("2025-04");
            await form.GetByLabel("Accountable person").FillAsync("Director of Nursing");
            await form.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Save the narrative" }).ClickAsync();
            await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToHaveCountAsync(0);
        }

        await using var executive = await BrowserSession.OpenAsync(app);
        var exec = executive.Page;
        await exec.GotoAsync("/account/sign-in");
        await executive.SignInAsync("executive", executive.PasswordOf("executive"));
        await exec.GotoAsync($"/meetings/{meeting}");
        await exec.Locator("[data-testid=draft-pack]").ClickAsync();

        await Assertions.Expect(exec.Locator("[data-testid=draft-warning]")).ToBeVisibleAsync();
        var exception = exec.Locator($".lc-exception[data-metric='{metric.Id}']");
        await Assertions.Expect(exception).ToContainTextAsync("Vacancies in the evening rota.");
        await exec.Locator("#matrix").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "pack-matrix.png") });
        await exception.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "pack-exception.png") });
        TestContext.Current.SendDiagnosticMessage($"Screenshots: {BrowserSession.ScreenshotDirectory}/pack-matrix.png, pack-exception.png");

        var publish = exec.Locator("[data-testid=publish-form]");
        foreach (var reason in await publish.Locator("input[type=text]").AllAsync())
        {
            await reason.FillAsync("The owner is on leave; narrative at the meeting.");
        }

        await publish.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(exec.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1, Name = "Published pack, version 1" })).ToBeVisibleAsync();
        await executive.ScreenshotAsync("pack-published");

        var download = await exec.RunAndWaitForDownloadAsync(() => exec.Locator("[data-format=pdf]").ClickAsync());
        var pdf = Path.Combine(BrowserSession.ScreenshotDirectory, "pack.pdf");
        await download.SaveAsAsync(pdf);
        var text = PdfText(pdf);
        Assert.All(names, name => Assert.Contains(name, text, StringComparison.Ordinal));
        Assert.Contains("Vacancies in the evening rota.", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
    }

    /// <summary>The Health Performance Board's latest meeting (to the app's clock) whose month has figures, a metric of it, and every metric's name.</summary>
    private async Task<(int Meeting, MetricDefinition Metric, List<string> Names)> MeetingAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var months = await db.MetricValues.Where(v => v.Unit == UnitRefs.Lco).Select(v => v.Month).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BoardCode == StandardBoards.HealthPerformance && m.Date <= today).ToListAsync(TestContext.Current.CancellationToken);
        var meeting = meetings.Where(m => months.Contains(m.ReportingMonth)).OrderByDescending(m => m.Date).First();
        var metrics = await db.Metrics.AsNoTracking().Where(m => m.BoardCode == StandardBoards.HealthPerformance).OrderBy(m => m.Id).ToListAsync(TestContext.Current.CancellationToken);
        var written = await db.Narratives.Where(n => n.MeetingId == meeting.Id).Select(n => n.MetricId).ToListAsync(TestContext.Current.CancellationToken);
        return (meeting.Id, metrics.First(m => !written.Contains(m.Id) && m.AccountableUserName == "manager"), [.. metrics.Select(m => m.Name)]);
    }

    /// <summary>The PDF's text, by poppler's pdftotext (installed with poppler-utils).</summary>
    private static string PdfText(string pdf)
    {
        if (!File.Exists("/usr/bin/pdftotext") && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Skip("pdftotext is not installed (apt-get install poppler-utils); the PDF's text is not checked.");
        }

        var start = new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
