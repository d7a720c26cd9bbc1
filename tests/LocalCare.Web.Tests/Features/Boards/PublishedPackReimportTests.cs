using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Data.Imports;
using LocalCare.Data.Metrics;
using LocalCare.Testing;
using LocalCare.Warehouse.Imports;
using LocalCare.Web.Features.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// board-packs.md "Publishing": later imports and recomputes never change a published pack. A real extract is imported after
/// publishing (contacts not linked to a referral, in the reporting month) and the metric recomputed, as <c>localcare import</c> and
/// <c>localcare compute</c> would: the published files are byte for byte what was stored, while the draft shows the new figure.
/// Its own factory: the import changes the warehouse every other test reads.
/// </summary>
public sealed class PublishedPackReimportTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Metric = "contacts-linked-to-referral";
    private const int UnlinkedContacts = 200;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishedPack_KeepsItsBytesAndFigures_AfterAReimportAndRecompute_WhileTheDraftShowsTheNewFigures()
    {
        Chromium.Require(); // publishing prints the PDF
        var (meeting, month) = await factory.QueryAsync(async db =>
        {
            var found = await db.Meetings.AsNoTracking().SingleAsync(m => m.BoardCode == StandardBoards.HealthPerformance && m.Date == new DateOnly(2025, 1, 15), Cancel);
            return (found.Id, found.ReportingMonth);
        });
        var before = await factory.QueryAsync(db => db.MetricValues.AsNoTracking().SingleAsync(v => v.MetricId == Metric && v.Unit == UnitRefs.Lco && v.Month == month, Cancel));
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);
        await PublishAsync(executive, meeting);
        var stored = await factory.QueryAsync(db => db.PackVersions.AsNoTracking().SingleAsync(v => v.MeetingId == meeting && v.Version == 1, Cancel));
        var pageBefore = await viewer.GetHtmlAsync($"/meetings/{meeting}/pack/1");
        Assert.Equal(before.Value, ValueOf(JsonDocument.Parse(stored.Json).RootElement));

        await ImportUnlinkedContactsAndRecomputeAsync(month);

        var after = await factory.QueryAsync(db => db.MetricValues.AsNoTracking().SingleAsync(v => v.MetricId == Metric && v.Unit == UnitRefs.Lco && v.Month == month, Cancel));
        using var pdf = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/1/pdf");
        using var html = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/1/html");
        using var json = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/1/json");
        var pageAfter = await viewer.GetHtmlAsync($"/meetings/{meeting}/pack/1");
        using var draft = await executive.GetResponseAsync($"/api/meetings/{meeting}/pack");
        var frozen = await json.Content.ReadAsByteArrayAsync(Cancel);

        // The import and compute really changed the figure: the new contacts count in the denominator only.
        Assert.Equal((before.Numerator, before.Denominator + UnlinkedContacts), (after.Numerator, after.Denominator));
        Assert.NotEqual(before.Value, after.Value);

        Assert.Equal(stored.Pdf, await pdf.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(stored.Html, await html.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal(stored.Json, frozen);
        Assert.Equal(before.Value, ValueOf(JsonDocument.Parse(frozen).RootElement));
        Assert.Equal(pageBefore.QuerySelector("[data-testid=pack]")!.InnerHtml, pageAfter.QuerySelector("[data-testid=pack]")!.InnerHtml);
        Assert.Contains(stored.PdfSha256, pageAfter.QuerySelector("[data-testid=version-summary]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(after.Value, ValueOf(JsonDocument.Parse(await draft.Content.ReadAsStringAsync(Cancel)).RootElement));
    }

    /// <summary>Publishes version 1 through the API, giving a reason for every exception without narrative.</summary>
    private static async Task PublishAsync(HttpClient executive, int meeting)
    {
        using var draft = await executive.GetResponseAsync($"/api/meetings/{meeting}/pack");
        var exceptions = JsonDocument.Parse(await draft.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("exceptions").EnumerateArray().Select(e => e.GetString()!);
        using var published = await executive.PostAsJsonAsync(
            $"/api/meetings/{meeting}/pack/versions", new { toFollow = exceptions.ToDictionary(e => e, _ => "Owner on leave") }, Cancel);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
    }

    /// <summary>
    /// Writes a contacts.csv of attended contacts without a referral in <paramref name="month"/>, imports it through the import the
    /// command line runs, then recomputes the metric for the month, both behind the web app's warehouse gate.
    /// </summary>
    private async Task ImportUnlinkedContactsAndRecomputeAsync(YearMonth month)
    {
        var (service, neighbourhood) = await factory.QueryAsync(async db => (
            await db.OrganisationUnits.Where(u => u.Kind == UnitKind.Service).OrderBy(u => u.Code).Select(u => u.Code).FirstAsync(Cancel),
            await db.OrganisationUnits.Where(u => u.Kind == UnitKind.Neighbourhood).OrderBy(u => u.Code).Select(u => u.Code).FirstAsync(Cancel)));
        var directory = Directory.CreateTempSubdirectory("localcare-reimport-").FullName;
        try
        {
            var csv = new StringBuilder("contact_id,referral_id,person_id,service_code,neighbourhood_code,scheduled_at,attendance,contact_mode,duration_minutes\n");
            for (var i = 0; i < UnlinkedContacts; i++)
            {
                var day = month.LastDay.AddDays(-(i % 20));
                csv.Append(CultureInfo.InvariantCulture, $"REIMPORT-{i},,P-REIMPORT-{i},{service},{neighbourhood},{day:yyyy-MM-dd}T10:00,5,face_to_face,30\n");
            }

            var file = Path.Combine(directory, "contacts.csv");
            await File.WriteAllTextAsync(file, csv.ToString(), Cancel);

            await using var scope = factory.Services.CreateAsyncScope();
            var gate = scope.ServiceProvider.GetRequiredService<WarehouseGate>();
            var imports = scope.ServiceProvider.GetRequiredService<ImportRunner>();
            var compute = scope.ServiceProvider.GetRequiredService<MetricCompute>();
            var outcome = await gate.WriteAsync(() => imports.RunAsync(ImportPlan.For([file]), new ImportOptions("analyst"), cancellationToken: Cancel), Cancel);
            Assert.Equal(UnlinkedContacts, outcome.Warehouse!.RowsStored);
            await gate.WriteAsync(() => compute.RunAsync(new MonthRange(month, month), "analyst", only: [Metric], cancellationToken: Cancel), Cancel);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static double? ValueOf(JsonElement pack)
    {
        var value = pack.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == Metric).GetProperty("value");
        return value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
    }
}
