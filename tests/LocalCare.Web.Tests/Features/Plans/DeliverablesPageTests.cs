using System.Net;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Tests.Features.Plans;

public sealed class DeliverablesPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WithoutFilters_ListsEveryDeliverableOfTheYear()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);

        var page = await client.GetHtmlAsync("/deliverables");

        Assert.Equal($"{deliverables.Count} deliverables", page.QuerySelector("[data-testid=deliverable-count]")!.Text());
        Assert.Equal(
            deliverables.Select(d => d.Code).Order(StringComparer.Ordinal),
            Codes(page).Order(StringComparer.Ordinal));
        Assert.Null(page.QuerySelector("a[href='/deliverables']:not(.nhsuk-header__navigation-link)"));
    }

    [Fact]
    public async Task Get_WithStatusFilter_ListsOnlyThatStatus()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);
        var status = Expected.StatusInUse(deliverables, DeliverableStatus.OnTrack);
        var expected = deliverables.Where(d => d.CurrentStatus == status).Select(d => d.Code).Order(StringComparer.Ordinal).ToList();

        var page = await client.GetHtmlAsync($"/deliverables?status={status.ToCode()}");

        Assert.Equal($"{expected.Count} {(expected.Count == 1 ? "deliverable" : "deliverables")}", page.QuerySelector("[data-testid=deliverable-count]")!.Text());
        Assert.Equal(expected, Codes(page).Order(StringComparer.Ordinal));
        Assert.All(
            page.QuerySelectorAll("[data-testid=deliverables] tbody .nhsuk-tag"),
            tag => Assert.Equal((status.ToCode(), status.ToLabel()), (tag.GetAttribute("data-status"), tag.Text())));
        Assert.Equal(status.ToCode(), page.QuerySelector("select#status option[selected]")!.GetAttribute("value"));
        Assert.Equal("Clear filters", page.QuerySelector("form.app-filters a[href='/deliverables']")!.Text());
    }

    [Fact]
    public async Task Get_WithEveryFilter_ListsOnlyDeliverablesMatchingAll()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var deliverables = await Expected.DeliverablesAsync(factory);
        var sample = deliverables.OrderBy(d => d.Code, StringComparer.Ordinal).First();
        var expected = deliverables
            .Where(d => d.PriorityCode == sample.PriorityCode && d.WorkplanCode == sample.WorkplanCode && d.CurrentStatus == sample.CurrentStatus && d.Owner == sample.Owner)
            .Select(d => d.Code).Order(StringComparer.Ordinal).ToList();

        var page = await client.GetHtmlAsync(
            $"/deliverables?priority={sample.PriorityCode}&workplan={sample.WorkplanCode}&status={sample.CurrentStatus.ToCode()}&owner={Uri.EscapeDataString(sample.Owner)}");

        Assert.Contains(sample.Code, expected);
        Assert.Equal(expected, Codes(page).Order(StringComparer.Ordinal));
        Assert.Equal(sample.Owner, page.QuerySelector("select#owner option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_FilterDropdowns_ArePopulatedFromTheData()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var priorities = await Expected.PrioritiesAsync(factory);
        var deliverables = await Expected.DeliverablesAsync(factory);

        var page = await client.GetHtmlAsync("/deliverables");

        Assert.Equal(["", .. priorities.Select(p => p.Code)], Options(page, "priority"));
        Assert.Equal(["", .. DeliverableStatuses.All.Select(s => s.ToCode())], Options(page, "status"));
        Assert.Equal(["", "CH", "ASC", "JOINT"], Options(page, "workplan"));
        Assert.Equal(["", .. deliverables.Select(d => d.Owner).Distinct().Order(StringComparer.OrdinalIgnoreCase)], Options(page, "owner"));
        Assert.Equal("get", page.QuerySelector("form.app-filters")!.GetAttribute("method"));
    }

    [Fact]
    public async Task Get_WithUnknownStatus_ShowsTheProblem()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/deliverables?status=sideways");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "Status must be one of not_started, on_track, at_risk, off_track, delivered",
            page.QuerySelector(".nhsuk-error-summary__list a[href='#status']")!.Text());
    }

    private static IEnumerable<string> Codes(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[data-testid=deliverables] tbody tr").Select(tr => tr.GetAttribute("data-deliverable")!);

    private static IEnumerable<string?> Options(AngleSharp.Html.Dom.IHtmlDocument page, string select) =>
        page.QuerySelectorAll($"select#{select} option").Select(o => o.GetAttribute("value"));
}
