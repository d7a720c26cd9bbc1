using System.Net;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>Executives and administrators add and change deliverables; the form's problems are shown in the service manual's words.</summary>
public sealed class DeliverableEditTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Form = "[data-testid=deliverable-form]";

    [Fact]
    public async Task AnExecutive_ChangesADeliverable_ItsLinksAndMilestones_AndTheChangeIsInItsHistory()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var form = await client.GetHtmlAsync("/deliverables/D2425-CH-20/edit");
        Assert.Equal("Validate waiting list methods and cut waits with MFT", form.QuerySelector("#title")!.GetAttribute("value"));
        Assert.Equal("Waiting list validation rules agreed with MFT", form.QuerySelector("#milestone-1")!.GetAttribute("value"));

        using var response = await client.PostFormAsync("/deliverables/D2425-CH-20/edit", Fields(form, new()
        {
            ["Title"] = "Validate waiting lists and end 65-week waits",
            ["OwnerUserName"] = "manager",
            ["DueQuarter"] = "3",
            ["Metrics"] = "waiting-over-65-weeks",
            ["PartnerPriorities"] = "ACUTE-P2",
            ["Milestones[0].Title"] = "Rules agreed",
            ["Milestones[0].Due"] = "2024-06-30",
            ["Milestones[0].CompletedOn"] = "2024-06-20",
            ["Milestones[1].Title"] = "",
            ["Milestones[1].Due"] = "",
            ["Milestones[1].CompletedOn"] = "",
            ["Milestones[2].Title"] = "",
            ["Milestones[2].Due"] = "",
            ["Milestones[2].CompletedOn"] = "",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.QueryAsync(db => db.Deliverables.AsNoTracking().Include(d => d.Metrics).Include(d => d.Alignments).Include(d => d.Milestones)
            .SingleAsync(d => d.Code == "D2425-CH-20", TestContext.Current.CancellationToken));
        Assert.Equal(("Validate waiting lists and end 65-week waits", "manager", 3), (saved.Title, saved.OwnerUserName, saved.DueQuarter));
        Assert.Equal(["waiting-over-65-weeks"], saved.Metrics.Select(m => m.MetricId));
        Assert.Equal(["ACUTE-P2"], saved.Alignments.Select(a => a.PartnerPriorityCode));
        Assert.Equal([("Rules agreed", new DateOnly(2024, 6, 30), (DateOnly?)new DateOnly(2024, 6, 20))], saved.Milestones.Select(m => (m.Title, m.Due, m.CompletedOn)));
        var page = await client.GetHtmlAsync("/deliverables/D2425-CH-20");
        Assert.Equal(["waiting-over-65-weeks"], page.QuerySelectorAll("[data-testid=metrics] li").Select(li => li.GetAttribute("data-metric")));
        var history = page.QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.Text()).ToList();
        Assert.Contains(history, r => r.Contains("executive", StringComparison.Ordinal) && r.Contains("Title: Validate waiting list methods and cut waits with MFT → Validate waiting lists and end 65-week waits", StringComparison.Ordinal));
        Assert.Contains(history, r => r.Contains("Milestone milestone 3 deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEmptyForm_ShowsEachProblem_AndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);
        var form = await client.GetHtmlAsync("/deliverables/new?year=2024");
        var count = await factory.QueryAsync(db => db.Deliverables.CountAsync(TestContext.Current.CancellationToken));

        using var response = await client.PostFormAsync("/deliverables/new?year=2024", Fields(form, new()
        {
            ["Milestones[0].Title"] = "Half done",
            ["Milestones[0].Due"] = "2025-02-30",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["Enter a title", "Select the priority the deliverable sits under", "Select the workplan", "Enter the accountable owner", "Select the quarter it is due by", "The date milestone 1 is due must be a real date"],
            (await response.ReadHtmlAsync()).QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
        Assert.Equal(count, await factory.QueryAsync(db => db.Deliverables.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ANewDeliverable_TakesTheNextCodeOfItsWorkplan()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);
        var form = await client.GetHtmlAsync("/deliverables/new?year=2024");

        using var response = await client.PostFormAsync("/deliverables/new?year=2024", Fields(form, new()
        {
            ["Title"] = "Open a second Hospital at Home hub",
            ["PriorityCode"] = "P2425-RES",
            ["WorkplanCode"] = "ASC",
            ["Owner"] = "Director of Adult Social Services",
            ["DueQuarter"] = "4",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/deliverables/D2425-ASC-26", response.Headers.Location!.OriginalString); // the demo's adult social care workplan ends at 25
        Assert.True(await factory.QueryAsync(db => db.Deliverables.AnyAsync(d => d.Code == "D2425-ASC-26" && d.Title == "Open a second Hospital at Home hub", TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task OnlyExecutivesAndAdministrators_EditDeliverables(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var home = await client.GetHtmlAsync("/");

        using var edit = await client.GetResponseAsync("/deliverables/D2425-CH-01/edit");
        using var add = await client.GetResponseAsync("/deliverables/new");
        using var post = await client.PostFormAsync("/deliverables/D2425-CH-01/edit", new Dictionary<string, string> { ["Title"] = "Changed", [WebTestClient.AntiforgeryField] = home.AntiforgeryToken("header form") });

        WebAssert.Forbidden(edit);
        WebAssert.Forbidden(add);
        WebAssert.Forbidden(post);
        Assert.False(await factory.QueryAsync(db => db.Deliverables.AnyAsync(d => d.Title == "Changed", TestContext.Current.CancellationToken)));
    }

    /// <summary>The form's fields as the page rendered them (text inputs, selected options, checked boxes), with <paramref name="changes"/> over them.</summary>
    private static List<KeyValuePair<string, string>> Fields(AngleSharp.Html.Dom.IHtmlDocument page, Dictionary<string, string> changes)
    {
        var form = page.QuerySelector(Form)!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = element.GetAttribute("name");
            if (name is null || changes.ContainsKey(name))
            {
                continue;
            }

            var value = element.LocalName switch
            {
                "textarea" => element.TextContent,
                "select" => element.QuerySelector("option[selected]")?.GetAttribute("value") ?? "",
                _ when element.GetAttribute("type") is "checkbox" or "radio" => element.HasAttribute("checked") ? element.GetAttribute("value") : null,
                _ => element.GetAttribute("value") ?? "",
            };
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        fields.AddRange(changes.Where(c => c.Value.Length > 0 || c.Key.StartsWith("Milestones", StringComparison.Ordinal)));
        return fields;
    }
}
