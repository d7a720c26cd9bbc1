using System.Globalization;
using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Web.Tests.Features.WaitingLists;

public sealed class WaitingListsPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_DefaultsToTheLastCompleteMonth_AndShowsEveryUnitsSnapshot()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var expected = await WaitingListsExpected.UnitsAsync(factory, WaitingListsExpected.Month);

        var page = await client.GetHtmlAsync("/waiting-lists");

        Assert.Equal("2024-12", page.QuerySelector("#month")!.GetAttribute("value"));
        Assert.NotEmpty(expected);
        var rows = page.QuerySelectorAll("[data-testid=census] tbody tr").ToList();
        Assert.Equal(expected.Select(u => u.Unit), rows.Select(r => r.GetAttribute("data-unit")));
        foreach (var (unit, row) in expected.Zip(rows))
        {
            var s = unit.Snapshot;
            Assert.Equal(s.Total.ToString("#,0", CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=waiting]")!.Text());
            Assert.Equal(s.Bands.Select(b => b.Waiting.ToString("#,0", CultureInfo.InvariantCulture)), row.QuerySelectorAll("[data-band]").Select(c => c.Text()));
            Assert.Equal(s.MedianDays?.ToString("#,0.0", CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=median]")!.Text());
            Assert.Equal(s.Over52Weeks.ToString("#,0", CultureInfo.InvariantCulture), row.QuerySelector("[data-over='52']")!.Text());
            Assert.Equal(s.Over104Weeks.ToString("#,0", CultureInfo.InvariantCulture), row.QuerySelector("[data-over='104']")!.Text());
        }

        Assert.Equal("lco", rows[0].GetAttribute("data-unit"));
    }

    [Fact]
    public async Task Get_WithAServiceAndMonth_ShowsOnlyThatServicesReferrals()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var month = new LocalCare.Core.Generation.YearMonth(2024, 10);
        var expected = await WaitingListsExpected.UnitsAsync(factory, month, service);

        var page = await client.GetHtmlAsync($"/waiting-lists?month=2024-10&service={service}");

        Assert.Equal(expected.Select(u => u.Unit), page.QuerySelectorAll("[data-testid=census] tbody tr").Select(r => r.GetAttribute("data-unit")));
        Assert.Contains($"service:{service}", expected.Select(u => u.Unit));
        Assert.DoesNotContain(expected, u => u.Unit.StartsWith("service:", StringComparison.Ordinal) && u.Unit != $"service:{service}");
        Assert.Equal(service, page.QuerySelector("#service option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_DrawsTheHistoryChartOf24MonthsWithATable()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/waiting-lists");

        var svg = page.QuerySelector("[data-testid=history-chart] svg[role=img]");
        Assert.NotNull(svg);
        Assert.StartsWith("Waiting by SitRep band, Jan 2023 to Dec 2024", page.QuerySelector("#history-title")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelector("#history-desc")!.TextContent);
        var months = page.QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.GetAttribute("data-month")).ToList();
        Assert.Equal(24, months.Count);
        Assert.Equal(("2023-01", "2024-12"), (months[0], months[^1]));
        var total = page.QuerySelector("[data-testid=history] tbody tr[data-month='2024-12'] [data-testid=month-total]")!.Text();
        Assert.Equal(WaitingListsExpected.Census(factory, WaitingListsExpected.Month).Count.ToString("#,0", CultureInfo.InvariantCulture), total);
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Executive)]
    public async Task Get_ForRolesThatValidate_ListsTheLongestWaitersFirst(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var waiting = WaitingListsExpected.Census(factory, WaitingListsExpected.Month);

        var page = await client.GetHtmlAsync("/waiting-lists");

        var rows = page.QuerySelectorAll("[data-testid=validation] tbody tr").ToList();
        Assert.Equal(Math.Min(100, waiting.Count), rows.Count);
        Assert.Equal(waiting.Take(100).Select(w => w.ReferralId), rows.Select(r => r.GetAttribute("data-referral")));
        Assert.Equal(waiting[0].PersonId, rows[0].QuerySelector("[data-testid=person]")!.Text());
        Assert.NotNull(page.QuerySelector("[data-testid=validation-csv]"));
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Commissioner)]
    public async Task Get_ForViewersAndCommissioners_ShowsCountsButNoPersonIds(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var waiting = WaitingListsExpected.Census(factory, WaitingListsExpected.Month);

        using var response = await client.GetResponseAsync("/waiting-lists");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await client.GetHtmlAsync("/waiting-lists");

        Assert.Null(page.QuerySelector("[data-testid=validation]"));
        Assert.Null(page.QuerySelector("[data-testid=validation-csv]"));
        Assert.NotNull(page.QuerySelector("[data-testid=validation-restricted]"));
        Assert.NotNull(page.QuerySelector("[data-testid=census]"));
        Assert.DoesNotContain(waiting[0].PersonId, html, StringComparison.Ordinal);
        using var csv = await client.GetResponseAsync("/waiting-lists?format=csv");
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
    }

    [Fact]
    public async Task GetCsv_AsManager_DownloadsEveryWaitingReferralLongestFirst()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var service = WaitingListsExpected.BusiestService(factory);
        var waiting = WaitingListsExpected.Census(factory, WaitingListsExpected.Month, service);

        using var response = await client.GetResponseAsync($"/waiting-lists?month=2024-12&service={service}&format=csv");
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimEnd('\n').Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"waiting-list-validation-2024-12-{service}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("person_id,referral_id,service,neighbourhood,received_at,days_waited,weeks_waited", lines[0]);
        Assert.Equal(waiting.Count, lines.Length - 1);
        var first = waiting[0];
        Assert.Equal(
            $"{first.PersonId},{first.ReferralId},{first.ServiceCode},{first.NeighbourhoodCode},{first.ReceivedAt:yyyy-MM-ddTHH:mm:ss},{first.DaysWaited},{(first.DaysWaited / 7.0).ToString("0.#", CultureInfo.InvariantCulture)}",
            lines[1]);
    }

    [Fact]
    public async Task Get_WithABadMonthAndService_ShowsTheErrorSummary()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/waiting-lists?month=December&service=NOPE");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var links = page.QuerySelectorAll(".nhsuk-error-summary__list a").ToList();
        Assert.Equal(["#month", "#service"], links.Select(a => a.GetAttribute("href")));
        Assert.Contains("YYYY-MM", links[0].Text(), StringComparison.Ordinal);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetWeeks_ForAService_ShowsItsWeeklyBands()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var service = WaitingListsExpected.BusiestService(factory);
        var days = WaitingListsExpected.Census(factory, WaitingListsExpected.Month, service).Select(w => w.DaysWaited).ToList();

        var page = await client.GetHtmlAsync($"/waiting-lists/weeks?unit=service:{service}&month=2024-12");

        var rows = page.QuerySelectorAll("[data-testid=weeks] tbody tr").ToList();
        Assert.Equal("0-1", rows[0].GetAttribute("data-band"));
        Assert.Equal(WaitBands.Weekly(days.Max()), rows[^1].GetAttribute("data-band"));
        foreach (var row in rows)
        {
            var band = row.GetAttribute("data-band")!;
            Assert.Equal(days.Count(d => WaitBands.Weekly(d) == band).ToString("#,0", CultureInfo.InvariantCulture), row.QuerySelector("td")!.Text());
        }
    }

    [Fact]
    public async Task GetWeeks_ForAnUnknownUnit_ShowsTheErrorSummary()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/waiting-lists/weeks?unit=locality:NOWHERE");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["#unit"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
    }
}
