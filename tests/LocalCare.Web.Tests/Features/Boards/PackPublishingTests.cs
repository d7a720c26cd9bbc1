using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Testing;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Boards;

/// <summary>
/// Publishing a meeting's pack (board-packs.md "Publishing"): who may, what stops it, what is frozen, corrections, and what a
/// viewer may read. One factory per class: these tests change the meeting they publish.
/// </summary>
public sealed class PackPublishingTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Viewer_CannotReadTheDraft_OrPublish()
    {
        var meeting = await MeetingAsync(StandardBoards.AdultSocialCarePerformance);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        using var page = await viewer.GetResponseAsync($"/meetings/{meeting}/pack");
        using var draft = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/draft.json");
        using var api = await viewer.GetResponseAsync($"/api/meetings/{meeting}/pack");
        using var publish = await viewer.PostAsJsonAsync($"/api/meetings/{meeting}/pack/versions", new { toFollow = new { } }, TestContext.Current.CancellationToken);

        WebAssert.Forbidden(page);
        WebAssert.Forbidden(draft);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    [Fact]
    public async Task Analyst_ReadsTheDraft_WithEveryMetricOfTheBoard_ButCannotPublish()
    {
        var meeting = await MeetingAsync(StandardBoards.AdultSocialCarePerformance);
        var names = await factory.QueryAsync(db => db.Metrics.Where(m => m.BoardCode == StandardBoards.AdultSocialCarePerformance).Select(m => m.Name).ToListAsync(TestContext.Current.CancellationToken));
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);

        var page = await analyst.GetHtmlAsync($"/meetings/{meeting}/pack");
        using var publish = await analyst.PostAsJsonAsync($"/api/meetings/{meeting}/pack/versions", new { toFollow = new { } }, TestContext.Current.CancellationToken);

        Assert.NotNull(page.QuerySelector("[data-testid=draft-warning]"));
        Assert.Null(page.QuerySelector("[data-testid=publish-form]"));
        var pack = page.QuerySelector("[data-testid=pack]")!.Text();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains(name, pack, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    [Fact]
    public async Task Publish_IsRefusedWhileAnExceptionLacksNarrative_ThenFreezesTheFiles_AndACorrectionNeedsAReason()
    {
        Chromium.Require(); // publishing prints the PDF
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance);
        var flagged = await FlagMetricWithoutNarrativeAsync(meeting);
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);

        var draft = await executive.GetHtmlAsync($"/meetings/{meeting}/pack");
        var missing = draft.QuerySelectorAll("[data-testid=missing-narrative] li[data-metric]").Select(li => li.GetAttribute("data-metric")!).ToList();
        using var refused = await executive.PostFormAsync($"/meetings/{meeting}/pack?handler=Publish", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = draft.AntiforgeryToken("[data-testid=publish-form]"),
        });
        var refusedPage = await refused.ReadHtmlAsync();

        Assert.Contains(flagged, missing);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is an exception without narrative: write it, or record why it is to follow", refusedPage.QuerySelector(".nhsuk-error-summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.PackVersions.CountAsync(v => v.MeetingId == meeting, TestContext.Current.CancellationToken)));

        var fields = missing.ToDictionary(id => $"publish.ToFollow[{id}]", id => $"Owner on leave until the 3rd ({id})");
        fields[WebTestClient.AntiforgeryField] = draft.AntiforgeryToken("[data-testid=publish-form]");
        using var published = await executive.PostFormAsync($"/meetings/{meeting}/pack?handler=Publish", fields);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal($"/meetings/{meeting}/pack/1", published.Headers.Location?.OriginalString);
        var version = await factory.QueryAsync(db => db.PackVersions.AsNoTracking().SingleAsync(v => v.MeetingId == meeting, TestContext.Current.CancellationToken));
        Assert.Equal((1, "executive", (string?)null), (version.Version, version.PublishedBy, version.CorrectionReason));
        Assert.Equal(Hex(version.Html), version.HtmlSha256);
        Assert.Equal(Hex(version.Pdf), version.PdfSha256);
        Assert.Equal(Hex(version.Xlsx), version.XlsxSha256);
        Assert.Equal(Hex(version.Json), version.JsonSha256);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(version.Pdf, 0, 4));
        Assert.Contains($"{flagged}: Owner on leave until the 3rd ({flagged})", version.NarrativeToFollow.Split('\n'));
        Assert.Equal(MeetingStatus.PackPublished, await factory.QueryAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.Status).SingleAsync(TestContext.Current.CancellationToken)));

        // A second version is a correction: refused without a reason, kept beside the first with one.
        using var noReason = await executive.PostAsJsonAsync($"/api/meetings/{meeting}/pack/versions", new { toFollow = ToFollow(missing) }, TestContext.Current.CancellationToken);
        using var corrected = await executive.PostAsJsonAsync(
            $"/api/meetings/{meeting}/pack/versions", new { toFollow = ToFollow(missing), correctionReason = "Crisis response figure restated" }, TestContext.Current.CancellationToken);
        var problem = JsonDocument.Parse(await noReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var created = JsonDocument.Parse(await corrected.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Version 1 is published: say what this version corrects", problem.GetProperty("errors").GetProperty("correction-reason")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.Equal(2, created.GetProperty("version").GetInt32());
        Assert.Equal("Crisis response figure restated", created.GetProperty("correctionReason").GetString());
        Assert.Equal($"/meetings/{meeting}/pack/2/pdf", created.GetProperty("files").GetProperty("pdf").GetProperty("href").GetString());
        Assert.Equal([1, 2], await factory.QueryAsync(db => db.PackVersions.Where(v => v.MeetingId == meeting).OrderBy(v => v.Version).Select(v => v.Version).ToListAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task PublishedPack_DoesNotChangeWhenFiguresDo_WhileTheDraftShowsTheNewFigures_AndAViewerReadsIt()
    {
        var meeting = await MeetingAsync(StandardBoards.HealthPerformance, skip: 1);
        var month = await factory.QueryAsync(db => db.Meetings.Where(m => m.Id == meeting).Select(m => m.ReportingMonth).SingleAsync(TestContext.Current.CancellationToken));
        var input = await PublishDirectlyAsync(meeting);
        var published = JsonDocument.Parse(input.Json).RootElement.GetProperty("metrics").EnumerateArray()
            .First(m => m.GetProperty("value").ValueKind == JsonValueKind.Number && !m.GetProperty("stale").GetBoolean());
        var metricId = published.GetProperty("metric").GetString()!;
        var metricName = await factory.QueryAsync(db => db.Metrics.Where(m => m.Id == metricId).Select(m => m.Name).SingleAsync(TestContext.Current.CancellationToken));
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);
        using var analyst = await factory.CreateSignedInClientAsync(Roles.Analyst);

        // A recompute changes the metric's figure for the reporting month.
        await factory.QueryAsync(async db =>
        {
            var old = await db.MetricValues.SingleAsync(v => v.MetricId == metricId && v.Unit == UnitRefs.Lco && v.Month == month, TestContext.Current.CancellationToken);
            db.MetricValues.Remove(old);
            db.MetricValues.Add(new MetricValue { MetricId = old.MetricId, Unit = old.Unit, Month = old.Month, Numerator = 12_345, Denominator = null, Value = 12_345 });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        using var frozen = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/1/json");
        using var pdf = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/1/pdf");
        var versionPage = await viewer.GetHtmlAsync($"/meetings/{meeting}/pack/1");
        using var draft = await analyst.GetResponseAsync($"/api/meetings/{meeting}/pack");
        var frozenBytes = await frozen.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var draftJson = JsonDocument.Parse(await draft.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(input.Json, frozenBytes);
        Assert.Equal(input.Pdf, await pdf.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(published.GetProperty("value").GetDouble(), ValueOf(JsonDocument.Parse(frozenBytes).RootElement, metricId));
        Assert.NotEqual(12_345, ValueOf(JsonDocument.Parse(frozenBytes).RootElement, metricId));
        Assert.Equal(12_345, ValueOf(draftJson, metricId));
        Assert.Contains(input.PdfSha256, versionPage.QuerySelector("[data-testid=version-summary]")!.Text(), StringComparison.Ordinal);
        Assert.Contains(metricName, versionPage.QuerySelector("[data-testid=pack]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedHtml_IsServedUnderItsOwnPolicy_AndUnknownVersionsAndFormatsAre404()
    {
        var meeting = await MeetingAsync(StandardBoards.AdultSocialCarePerformance, skip: 1);
        await PublishDirectlyAsync(meeting);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        using var html = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/1/html");
        using var xlsx = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/1/xlsx");
        using var noVersion = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/9/pdf");
        using var noFormat = await viewer.GetResponseAsync($"/meetings/{meeting}/pack/1/docx");

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'", html.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal($"{StandardBoards.AdultSocialCarePerformance}-", xlsx.Content.Headers.ContentDisposition!.FileNameStar![..(StandardBoards.AdultSocialCarePerformance.Length + 1)]);
        Assert.EndsWith("-v1.xlsx", xlsx.Content.Headers.ContentDisposition.FileNameStar, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noFormat.StatusCode);
    }

    /// <summary>The board's latest (after <paramref name="skip"/> later ones) meeting on or before the test clock's day whose reporting month has figures.</summary>
    private Task<int> MeetingAsync(string board, int skip = 0) => factory.QueryAsync(async db =>
    {
        var today = DateOnly.FromDateTime(LocalCareWebFactory.Now.UtcDateTime);
        var months = await db.MetricValues.Where(v => v.Unit == UnitRefs.Lco).Select(v => v.Month).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BoardCode == board && m.Date <= today).ToListAsync(TestContext.Current.CancellationToken);
        return meetings.Where(m => months.Contains(m.ReportingMonth)).OrderByDescending(m => m.Date).Skip(skip).First().Id;
    });

    /// <summary>Flags one of the meeting's metrics that has no narrative, so the draft has an exception without one.</summary>
    private Task<string> FlagMetricWithoutNarrativeAsync(int meeting) => factory.QueryAsync(async db =>
    {
        var boardCode = await db.Meetings.Where(m => m.Id == meeting).Select(m => m.BoardCode).SingleAsync(TestContext.Current.CancellationToken);
        var written = await db.Narratives.Where(n => n.MeetingId == meeting).Select(n => n.MetricId).ToListAsync(TestContext.Current.CancellationToken);
        var metric = await db.Metrics.Where(m => m.BoardCode == boardCode && !written.Contains(m.Id)).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken);
        if (!await db.ExceptionFlags.AnyAsync(f => f.MeetingId == meeting && f.MetricId == metric, TestContext.Current.CancellationToken))
        {
            db.ExceptionFlags.Add(new ExceptionFlag { MeetingId = meeting, MetricId = metric, FlaggedBy = "analyst", Reason = "test" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        return metric;
    });

    /// <summary>Publishes through the API as an executive, giving a reason for every exception still without narrative.</summary>
    private async Task<PackVersion> PublishDirectlyAsync(int meeting)
    {
        Chromium.Require();
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var draft = await executive.GetResponseAsync($"/api/meetings/{meeting}/pack");
        var json = JsonDocument.Parse(await draft.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var exceptions = json.GetProperty("exceptions").EnumerateArray().Select(e => e.GetString()!).ToList();
        using var published = await executive.PostAsJsonAsync($"/api/meetings/{meeting}/pack/versions", new { toFollow = ToFollow(exceptions) }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        return await factory.QueryAsync(db => db.PackVersions.AsNoTracking().SingleAsync(v => v.MeetingId == meeting && v.Version == 1, TestContext.Current.CancellationToken));
    }

    private static Dictionary<string, string> ToFollow(IEnumerable<string> metrics) => metrics.ToDictionary(m => m, _ => "Narrative to follow at the meeting");

    private static double? ValueOf(JsonElement pack, string metric)
    {
        var value = pack.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("metric").GetString() == metric).GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
