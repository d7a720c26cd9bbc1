using System.Globalization;
using System.Net;
using LocalCare.Core.Access;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Data;

public sealed class DataPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_ShowsTotalsThatMatchTheWarehouse()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var expected = WarehouseExpected.Of(factory);

        var page = await client.GetHtmlAsync("/data");
        var total = page.QuerySelector("[data-testid=quality] tr[data-service=total]")!;
        long Measure(string measure) => WarehouseExpected.Number(total.QuerySelector($"[data-measure={measure}]")!.Text());

        Assert.True(expected.Contacts > 0);
        Assert.Equal("All services", total.QuerySelector("th")!.Text());
        Assert.Equal(expected.Contacts, Measure("contacts"));
        Assert.Equal(expected.LinkedShareText, total.QuerySelector("[data-measure=linked]")!.Text());
        Assert.Equal(expected.PastNotOutcomed, Measure("past-not-outcomed"));
        Assert.Equal(expected.UnknownNeighbourhood, Measure("unknown-neighbourhood"));
        Assert.Equal(expected.ContactsBeforeReferral, Measure("before-referral"));
        Assert.Equal(expected.Referrals, Measure("referrals"));
        Assert.Equal(0, Measure("discharged-before-received"));
    }

    [Fact]
    public async Task Get_WhenSignedIn_ShowsEveryServiceInTheWarehouseWithItsName()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var expected = WarehouseExpected.Of(factory);
        var names = await factory.QueryAsync(db => db.OrganisationUnits.ToDictionaryAsync(u => u.Code, u => u.Name, TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/data");
        var rows = page.QuerySelectorAll("[data-testid=quality] tbody tr").ToList();

        Assert.Equal(expected.Services.Append("total"), rows.Select(r => r.GetAttribute("data-service")));
        foreach (var (code, row) in expected.Services.Zip(rows))
        {
            var name = names[code].EndsWith($"({code})", StringComparison.Ordinal) ? names[code] : $"{names[code]} ({code})";
            Assert.Equal(name, row.QuerySelector("th")!.Text());
        }

        Assert.Equal("Musculoskeletal (MSK)", rows.Single(r => r.GetAttribute("data-service") == "MSK").QuerySelector("th")!.Text());
        Assert.Equal("Crisis Response (North) (CRISIS-N)", rows.Single(r => r.GetAttribute("data-service") == "CRISIS-N").QuerySelector("th")!.Text());

        Assert.Equal(expected.Contacts, rows.SkipLast(1).Sum(r => WarehouseExpected.Number(r.QuerySelector("[data-measure=contacts]")!.Text())));
    }

    [Fact]
    public async Task Get_WhenSignedIn_ShowsTheDemoImportInTheHistory()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var files = factory.QueryWarehouse(c => LocalCare.Warehouse.Sql.Query(c,
            "SELECT file, rows_read, rows_stored, rows_rejected FROM import_files WHERE import_id = 1 ORDER BY file",
            r => (File: r.GetString(0), Read: r.GetInt64(1), Stored: r.GetInt64(2), Rejected: r.GetInt64(3))))!;

        var page = await client.GetHtmlAsync("/data");
        var run = page.QuerySelector("[data-import='1']")!;
        string Field(string name) => run.QuerySelector($"[data-field={name}]")!.Text();

        Assert.Equal("Import 1", run.QuerySelector("h3")!.Text());
        Assert.Equal("demo", Field("user"));
        Assert.Equal("Stored", Field("status"));
        Assert.Equal("nhsuk-tag nhsuk-tag--green", run.QuerySelector("[data-field=status]")!.ClassName);
        Assert.Equal("15 Jan 2025 09:00", Field("started"));
        Assert.Equal("15 Jan 2025 09:00", Field("finished"));
        Assert.Contains(files, f => f.File == "contacts.csv" && f.Stored > 0);
        Assert.Equal(
            files.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.File} {f.Read:#,0} {f.Stored:#,0} {f.Rejected:#,0}")),
            run.QuerySelectorAll("[data-testid=files] tbody tr").Select(tr => tr.Text()));
        Assert.Null(run.QuerySelector("[data-testid=rejects]"));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Viewer)]
    public async Task Get_AsEveryRole_ShowsThePage(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        using var response = await client.GetResponseAsync("/data");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Data", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Get_WhenSignedIn_MarksDataAsTheCurrentSectionAfterBoards()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/data");
        var items = page.QuerySelectorAll(".nhsuk-header__navigation-item:not(.nhsuk-header__menu)").ToList();

        Assert.Equal(["Home", "Organisation", "Plan", "Deliverables", "Boards", "Risks", "Performance", "Waiting lists", "Commissioning", "Data"], items.Select(i => i.Text()));
        Assert.Equal("page", items[^1].QuerySelector("a")!.GetAttribute("aria-current"));
    }
}
