using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Commissioning;
using LocalCare.Web.Tests.Features.Performance;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Commissioning.Audits;

/// <summary>A commissioner plans audits from the schedule, records one, raises and completes its actions and completes it.</summary>
public sealed class AuditPagesTests(AuditsWebFactory factory) : IClassFixture<AuditsWebFactory>
{
    [Fact]
    public async Task Schedule_ListsProvidersWithAnActiveContract_OverdueFirst_WithARecordLinkEach()
    {
        await factory.SeedAsync();
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        var page = await client.GetHtmlAsync("/commissioning/audits");

        Assert.Equal("Quality audits – LocalCare", page.Title);
        Assert.Equal("Quality audits", page.QuerySelector("[data-testid=commissioning-pages] a[aria-current=page]")!.Text());
        var rows = page.QuerySelectorAll("[data-testid=schedule] tbody tr").Where(r => r.GetAttribute("data-provider") is "CH01" or "CH02" or "HC01" or "OLD1").ToList();
        Assert.Equal(["CH01", "CH02", "HC01"], rows.Select(r => r.GetAttribute("data-provider")));
        Assert.Equal(["high", "medium", "medium"], rows.Select(r => r.QuerySelector("[data-band]")!.GetAttribute("data-band")));
        Assert.Equal(["1 Jun 2024", "Never audited", "1 Dec 2024"], rows.Select(r => r.QuerySelector("[data-testid=last-audit]")!.Text()));
        Assert.Equal("/commissioning/audits/AUD-CH01", rows[0].QuerySelector("[data-testid=last-audit] a")!.GetAttribute("href"));
        Assert.Equal(["1 Sep 2024 Overdue by 136 days", "15 Jan 2025 Due today", "1 Jun 2025 Due in 137 days"], rows.Select(r => r.QuerySelector("[data-testid=next-review]")!.Text()));
        Assert.Equal("/commissioning/audits/new?provider=CH02", rows[1].QuerySelector("[data-testid=record]")!.GetAttribute("href"));
        Assert.Equal("/commissioning/providers/HC01", rows[2].QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("?due=overdue", new[] { "CH01" })]
    [InlineData("?due=30", new[] { "CH01", "CH02" })]
    [InlineData("?due=90", new[] { "CH01", "CH02" })]
    [InlineData("?band=medium", new[] { "CH02", "HC01" })]
    [InlineData("?band=high&due=90", new[] { "CH01" })]
    [InlineData("?band=low", new string[0])]
    public async Task Schedule_Filters_ByWhenDueAndBand(string query, string[] expected)
    {
        await factory.SeedAsync();
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        var page = await client.GetHtmlAsync("/commissioning/audits" + query);

        Assert.Equal(expected, page.QuerySelectorAll("[data-testid=schedule] tbody tr").Select(r => r.GetAttribute("data-provider")).Where(c => c is "CH01" or "CH02" or "HC01"));
        // The demo's own providers share the database: the empty-list message shows only when none of theirs match either.
        if (page.QuerySelectorAll("[data-testid=schedule] tbody tr").Length == 0)
        {
            Assert.Equal("No provider matches these filters.", page.QuerySelector("[data-testid=no-rows]")!.Text());
        }
    }

    [Fact]
    public async Task Commissioner_RecordsAPoorAudit_IsRefusedCompletion_AddsAnAction_CompletesItAndTheAudit()
    {
        await factory.SeedAsync();
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        // Record an audit of Elm Lodge rated poor.
        var form = await client.GetHtmlAsync("/commissioning/audits/new?provider=CH03");
        Assert.Equal("2025-01-15", form.QuerySelector("#audit-date")!.GetAttribute("value"));
        Assert.All(["safe", "effective", "caring", "responsive", "well-led"], q => Assert.True(form.QuerySelector($"#{q}-not_looked_at")!.HasAttribute("checked")));
        using var recorded = await client.PostFormAsync("/commissioning/audits/new?provider=CH03", "[data-testid=audit-form]", new Dictionary<string, string>
        {
            ["AuditDate"] = "2025-01-14",
            ["Auditor"] = "Quality Officer",
            ["Overall"] = "poor",
            ["Safe"] = "poor",
            ["Caring"] = "requires_improvement",
            ["Effective"] = "not_looked_at",
            ["WellLed"] = "good",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var url = recorded.Headers.Location!.OriginalString;
        Assert.Matches("^/commissioning/audits/APP-A-[0-9]{4}$", url);
        var code = url[(url.LastIndexOf('/') + 1)..];

        var page = await client.GetHtmlAsync(url);
        Assert.Equal($"Audit {code} recorded", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("Poor", page.QuerySelector("[data-testid=overall]")!.Text());
        Assert.Equal(
            [("safe", "poor"), ("effective", "not_looked_at"), ("caring", "requires_improvement"), ("responsive", "not_looked_at"), ("well_led", "good")],
            page.QuerySelectorAll("[data-testid=ratings] tbody tr").Select(r => (r.GetAttribute("data-question")!, r.QuerySelector("[data-rating]")!.GetAttribute("data-rating")!)));
        Assert.Equal("/commissioning/providers/CH03", page.QuerySelector("[data-testid=audit-summary] a")!.GetAttribute("href"));

        // Completing it with no action is refused with the rule's sentence.
        using var refused = await client.PostFormAsync(url, "[data-testid=complete-audit]", new Dictionary<string, string>());
        var refusedPage = await refused.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("Error: ", refusedPage.Title, StringComparison.Ordinal);
        Assert.Equal(
            [("#complete", $"Audit {code} is rated poor overall: add at least one action before marking it complete.")],
            refusedPage.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Null((await factory.AuditAsync(code)).CompletedOn);

        // An action with problems, then a good one.
        using var invalid = await client.PostFormAsync(url, "[data-testid=add-action]", new Dictionary<string, string> { ["KeyQuestion"] = "", ["Description"] = "Fix the medicines room", ["Owner"] = "", ["DueDate"] = "2025-13-01" });
        var invalidPage = await invalid.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(
            [
                ("#action-key-question", "Select the key question the action is for"),
                ("#action-owner", "Enter who owns the action"),
                ("#action-due-date", "The date the action is due must be a real date, such as 2025-03-31"),
            ],
            invalidPage.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal("Fix the medicines room", invalidPage.QuerySelector("#action-description")!.TextContent);
        Assert.True(invalidPage.QuerySelector("#add-action")!.HasAttribute("open"));

        using var added = await client.PostFormAsync(url, "[data-testid=add-action]", new Dictionary<string, string>
        {
            ["KeyQuestion"] = "safe",
            ["Description"] = "Fix the medicines room",
            ["Owner"] = "Registered manager",
            ["DueDate"] = "2025-02-28",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(url + "#actions", added.Headers.Location!.OriginalString);
        var action = Assert.Single(await factory.ActionsAsync(code));
        Assert.Matches("^APP-X-[0-9]{4}$", action.Code);
        Assert.Equal((KeyQuestion.Safe, "Registered manager", new DateOnly(2025, 2, 28), (DateOnly?)null), (action.KeyQuestion, action.Owner, action.DueDate, action.CompletedDate));

        // Update the action's owner, then mark it completed today.
        var row = $"tr[data-action-forms='{action.Code}']";
        using var updated = await client.PostFormAsync(url, $"{row} [data-testid=update-action]", new Dictionary<string, string>
        {
            ["ActionCode"] = action.Code,
            ["Description"] = "Fix the medicines room lock",
            ["Owner"] = "Deputy manager",
            ["DueDate"] = "2025-03-14",
            ["CompletedDate"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        var withAction = await client.GetHtmlAsync(url);
        Assert.Equal($"Action {action.Code} updated", withAction.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("Open", withAction.QuerySelector($"tr[data-action='{action.Code}'] [data-testid=action-state]")!.Text());

        using var done = await client.PostFormAsync(url, $"{row} [data-testid=complete-action]", new Dictionary<string, string>
        {
            ["ActionCode"] = action.Code,
            ["Description"] = "Fix the medicines room lock",
            ["Owner"] = "Deputy manager",
            ["DueDate"] = "2025-03-14",
            ["CompletedDate"] = "2025-01-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(("Deputy manager", new DateOnly(2025, 3, 14), (DateOnly?)new DateOnly(2025, 1, 15)), (await factory.ActionsAsync(code)).Select(a => (a.Owner, a.DueDate, a.CompletedDate)).Single());

        // Now the audit may be completed.
        using var completed = await client.PostFormAsync(url, "[data-testid=complete-audit]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        var final = await client.GetHtmlAsync(url);
        Assert.Equal($"Audit {code} marked complete", final.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("Complete, marked on 15 Jan 2025", final.QuerySelector("[data-testid=audit-status]")!.Text());
        Assert.Null(final.QuerySelector("[data-testid=complete-audit]"));
        Assert.Equal(new DateOnly(2025, 1, 15), (await factory.AuditAsync(code)).CompletedOn);
        Assert.Equal(
            [("commissioner", $"QualityAudit {code} changed"), ("commissioner", $"AuditAction {action.Code} changed"), ("commissioner", $"AuditAction {action.Code} changed"), ("commissioner", $"AuditAction {action.Code} created"), ("commissioner", $"QualityAudit {code} created")],
            final.QuerySelectorAll("[data-testid=history] tbody tr").Select(r => (r.QuerySelectorAll("td")[1].Text(), r.QuerySelectorAll("td")[2].Text())));

        // Elm Lodge's next review is now 3 months after the poor audit (high risk).
        var schedule = await client.GetHtmlAsync("/commissioning/audits");
        Assert.Equal("14 Jan 2025", schedule.QuerySelector("tr[data-provider=CH03] [data-testid=last-audit]")!.Text());
        Assert.Equal("high", schedule.QuerySelector("tr[data-provider=CH03] [data-band]")!.GetAttribute("data-band"));
    }

    [Fact]
    public async Task RecordAudit_WithProblems_Shows400WithTheErrorsAndKeepsWhatWasTyped()
    {
        await factory.SeedAsync();
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var response = await client.PostFormAsync("/commissioning/audits/new?provider=HC02", "[data-testid=audit-form]", new Dictionary<string, string>
        {
            ["AuditDate"] = "2025-01-16",
            ["Auditor"] = "Quality Officer",
            ["Safe"] = "good",
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: Record an audit of Fern Homecare – LocalCare", page.Title);
        Assert.Equal(
            [("#audit-date", "The date of the audit must be today or in the past"), ("#overall", "Select the overall rating")],
            page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal("Error: Select the overall rating", page.QuerySelector("#overall-error")!.Text());
        Assert.Equal("2025-01-16", page.QuerySelector("#audit-date")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#safe-good")!.HasAttribute("checked"));
        Assert.DoesNotContain(await factory.QueryAsync(db => db.QualityAudits.AsNoTracking().Select(a => a.AuditDate).ToListAsync(TestContext.Current.CancellationToken)), d => d == new DateOnly(2025, 1, 16));
    }

    [Fact]
    public async Task AGoodAudit_IsCompletedWithNoAction()
    {
        await factory.SeedAsync();
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        using var recorded = await client.PostFormAsync("/commissioning/audits/new?provider=HC02", "[data-testid=audit-form]", new Dictionary<string, string>
        {
            ["AuditDate"] = "2025-01-15",
            ["Auditor"] = "Quality Officer",
            ["Overall"] = "good",
        });
        var url = recorded.Headers.Location!.OriginalString;
        using var completed = await client.PostFormAsync(url, "[data-testid=complete-audit]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal(new DateOnly(2025, 1, 15), (await factory.AuditAsync(url[(url.LastIndexOf('/') + 1)..])).CompletedOn);
    }

    [Theory]
    [InlineData("/commissioning/audits/APP-A-9999")]
    [InlineData("/commissioning/audits/new?provider=NOSUCH")]
    [InlineData("/commissioning/audits/new")]
    public async Task UnknownAuditsAndProviders_AreNotFound(string path)
    {
        await factory.SeedAsync();
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        using var response = await client.GetResponseAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
