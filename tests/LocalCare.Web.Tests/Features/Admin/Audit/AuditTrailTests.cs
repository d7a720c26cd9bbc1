using System.Net;
using System.Net.Http.Json;
using LocalCare.Core.Access;
using LocalCare.Data.Audit;
using LocalCare.Web.Features.Admin.Audit;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Admin.Audit;

/// <summary>Administrators search the trail on /admin/audit and /api/audit by user, subject, dates and action, 50 a page; nobody else can.</summary>
public sealed class AuditTrailTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task TheApi_PagesNewestFirst_FiftyAPage_OverEveryEntry()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var total = await factory.QueryAsync(db => db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));

        var first = await GetAsync(client, "/api/audit");
        var second = await GetAsync(client, "/api/audit?page=2");

        Assert.True(total > 2 * AuditQuery.PageSize);
        Assert.Equal((total, 1, (total + 49) / 50, 50), (first.Total, first.Page, first.Pages, first.Entries.Count));
        Assert.Equal(first.Entries.Select(e => e.Id).OrderDescending(), first.Entries.Select(e => e.Id));
        Assert.Equal(first.Entries[^1].Id - 1, second.Entries[0].Id);
        Assert.Equal(50, second.Entries.Count);
    }

    [Fact]
    public async Task TheApi_FiltersBySubjectPrefix_Action_AndDates()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var ct = TestContext.Current.CancellationToken;
        var deliverables = await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Subject.StartsWith("deliverable:"), ct));
        var created = await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Subject == "deliverable:D2425-CH-01" && e.Action == AuditAction.Created, ct));

        var bySubject = await GetAsync(client, "/api/audit?subject=deliverable:");
        var exact = await GetAsync(client, "/api/audit?subject=deliverable:D2425-CH-01&action=created");
        var today = await GetAsync(client, "/api/audit?from=2025-01-15&to=2025-01-15&subject=deliverable:");
        var tomorrow = await GetAsync(client, "/api/audit?from=2025-01-16");

        Assert.Equal(deliverables, bySubject.Total);
        Assert.All(bySubject.Entries, e => Assert.StartsWith("deliverable:", e.Subject, StringComparison.Ordinal));
        Assert.Equal(created, exact.Total);
        Assert.All(exact.Entries, e => Assert.Equal(("deliverable:D2425-CH-01", "/deliverables/D2425-CH-01", "created"), (e.Subject, e.Link, e.Change.Action)));
        Assert.Equal(deliverables, today.Total);
        Assert.Equal(0, tomorrow.Total);
    }

    [Fact]
    public async Task TheApiAndThePage_FilterByUser_OnTheirOwnOrWithOtherFilters()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var ct = TestContext.Current.CancellationToken;
        // Someone changes something, so the trail holds entries by more than one user.
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);
        var actors = await factory.QueryAsync(db => db.AuditEntries.Select(e => e.Actor).Distinct().ToListAsync(ct));
        var actor = actors.First(a => a != "admin");
        var byActor = await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Actor == actor, ct));
        var signIns = await factory.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Actor == actor && e.Action == AuditAction.SignedIn, ct));

        var api = await GetAsync(client, $"/api/audit?user={Uri.EscapeDataString(actor)}");
        var withAction = await GetAsync(client, $"/api/audit?user={Uri.EscapeDataString(actor)}&action=signedin");
        var nobody = await GetAsync(client, "/api/audit?user=nobody-at-all");
        var page = await client.GetHtmlAsync($"/admin/audit?user={Uri.EscapeDataString(actor)}");

        Assert.True(actors.Count > 1, string.Join(", ", actors));
        Assert.Equal(byActor, api.Total);
        Assert.All(api.Entries, e => Assert.Equal(actor, e.Change.Actor));
        Assert.Equal(signIns, withAction.Total);
        Assert.All(withAction.Entries, e => Assert.Equal((actor, "signedin"), (e.Change.Actor, e.Change.Action.ToLowerInvariant())));
        Assert.Equal(0, nobody.Total);
        Assert.Equal(Math.Min(byActor, 50), page.QuerySelectorAll("[data-testid=audit-entries] tbody tr").Length);
        Assert.Equal(actor, page.QuerySelector("input[name=user]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TheApi_RefusesABadDate_NamingTheField()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var response = await client.GetAsync(new Uri("/api/audit?from=15/01/2025", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Date from must be a real date, for example 2025-01-15", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_ShowsEntriesLinkedToTheirSubject_WithBeforeAndAfter_AndPages()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        var page = await client.GetHtmlAsync("/admin/audit?subject=deliverable:D2425-CH-01");
        var all = await client.GetHtmlAsync("/admin/audit");

        var rows = page.QuerySelectorAll("[data-testid=audit-entries] tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("/deliverables/D2425-CH-01", r.QuerySelector("[data-testid=subject] a")!.GetAttribute("href")));
        Assert.Contains(rows, r => r.TextContent.Contains("Title", StringComparison.Ordinal) && r.TextContent.Contains('→', StringComparison.Ordinal));
        Assert.Equal(50, all.QuerySelectorAll("[data-testid=audit-entries] tbody tr").Length);
        Assert.Equal("/admin/audit?page=2", all.QuerySelector("[data-testid=pagination] a[rel=next]")!.GetAttribute("href"));
        Assert.Contains(all.QuerySelectorAll("header nav a"), a => a.GetAttribute("href") == "/admin/audit");
    }

    [Fact]
    public async Task ThePage_ABadDate_ReRendersWithTheErrorAnd400()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var response = await client.GetAsync(new Uri("/admin/audit?to=soon", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Date to must be a real date, for example 2025-01-15"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Analyst)]
    public async Task NonAdministrators_Get403_AndNoLink(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        using var api = await client.GetAsync(new Uri("/api/audit", UriKind.Relative), TestContext.Current.CancellationToken);
        using var page = await client.GetAsync(new Uri("/admin/audit", UriKind.Relative), TestContext.Current.CancellationToken);
        using var denied = await client.GetAsync(page.Headers.Location, TestContext.Current.CancellationToken);
        var home = await client.GetHtmlAsync("/");

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/access-denied", new Uri(new Uri("http://localhost"), page.Headers.Location!).AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/admin/audit");
    }

    private static async Task<AuditTrailPage> GetAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<AuditTrailPage>(path, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web), TestContext.Current.CancellationToken))!;
}
