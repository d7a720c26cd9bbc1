using System.Text.Json;
using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using LocalCare.Testing;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare boards</c> and <c>localcare pack</c> over a small demo organisation.</summary>
public sealed class PackCommandTests
{
    [Fact]
    public async Task Boards_AsJson_ListsEveryBoardWithItsCadenceAndMetrics()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        await using var db = cli.OpenDatabase();
        var boards = await db.Boards.AsNoTracking().OrderBy(b => b.Order).ToListAsync(TestContext.Current.CancellationToken);
        var metrics = await db.Metrics.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);

        var run = await cli.RunAsync("boards", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var listed = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(boards.Select(b => b.Code), listed.Select(b => b.GetProperty("code").GetString()));
        Assert.All(listed, b => Assert.Equal(["code", "name", "cadence", "metrics"], b.EnumerateObject().Select(p => p.Name)));
        var hpb = listed.Single(b => b.GetProperty("code").GetString() == StandardBoards.HealthPerformance);
        Assert.Equal("Health Performance Board", hpb.GetProperty("name").GetString());
        Assert.Equal("monthly", hpb.GetProperty("cadence").GetString());
        Assert.Equal(
            metrics.Where(m => m.BoardCode == StandardBoards.HealthPerformance).Select(m => m.Id).Order(StringComparer.Ordinal),
            hpb.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains("crisis-response-2h", hpb.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Boards_AsTable_PrintsOneAlignedRowPerBoard()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync("boards");

        Assert.Equal(0, run.ExitCode);
        var rows = run.OutLines.Where(l => l.TrimStart().StartsWith("HPB ", StringComparison.Ordinal) || l.TrimStart().StartsWith("AB ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        // The cadence column starts at the same place on every row.
        Assert.Single(rows.Select(r => System.Text.RegularExpressions.Regex.Match(r, @"\b(monthly|bimonthly|quarterly)\b").Index).Distinct());
    }

    [Fact]
    public async Task Pack_AsJson_PrintsTheDraftsContentInTheSpecsShape()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        var month = await ReportedMonthAsync(cli, StandardBoards.HealthPerformance);

        var run = await cli.RunAsync("pack", "--board", "HPB", "--month", month, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var pack = JsonDocument.Parse(run.Out).RootElement;
        string[] specKeys = ["board", "month", "metrics", "matrix", "exceptions", "actions"];
        Assert.Equal(specKeys, pack.EnumerateObject().Select(p => p.Name).Where(specKeys.Contains)); // in the spec's order; the pack adds more
        Assert.Equal("HPB", pack.GetProperty("board").GetString());
        Assert.Equal(month, pack.GetProperty("month").GetString());
        var first = pack.GetProperty("metrics").EnumerateArray().First();
        Assert.Equal(["metric", "value", "target", "variation", "assurance", "exception", "stale"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(16, pack.GetProperty("matrix").EnumerateObject().Count());
    }

    [Fact]
    public async Task Pack_AsPdfAndXlsx_WritesTheFiles()
    {
        Chromium.Require(); // the PDF is printed by Chromium (LOCALCARE_CHROMIUM or /usr/bin/chromium)
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        var month = await ReportedMonthAsync(cli, StandardBoards.HealthPerformance);
        var pdf = Path.Combine(cli.InputDirectory, "hpb.pdf");
        var xlsx = Path.Combine(cli.InputDirectory, "hpb.xlsx");

        var printed = await cli.RunAsync("pack", "--board", "HPB", "--month", month, "--out", pdf);
        var written = await cli.RunAsync("pack", "--board", "HPB", "--month", month, "--format", "xlsx", "--out", xlsx);

        Assert.Equal(0, printed.ExitCode);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
        Assert.StartsWith($"Wrote the pdf of the draft from today's figures to {pdf} (", printed.OutLines[^1], StringComparison.Ordinal);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(xlsx), 0, 2));
    }

    [Fact]
    public async Task Pack_OfAPublishedMeeting_WritesTheStoredVersion_UnlessDraftIsAsked()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        var month = await ReportedMonthAsync(cli, StandardBoards.HealthPerformance);
        const string Stored = "{\"board\":\"HPB\",\"stored\":true}";
        await using (var db = cli.OpenDatabase())
        {
            var meeting = (await db.Meetings.Where(m => m.BoardCode == StandardBoards.HealthPerformance).ToListAsync(TestContext.Current.CancellationToken))
                .Where(m => m.ReportingMonth.ToString() == month).OrderByDescending(m => m.Date).First();
            byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);
            db.PackVersions.Add(new Core.Boards.Packs.PackVersion
            {
                MeetingId = meeting.Id,
                Version = 1,
                PublishedAt = DateTime.UtcNow,
                PublishedBy = "executive",
                Html = Bytes("<html></html>"),
                Pdf = Bytes("%PDF-1.4"),
                Xlsx = Bytes("PK"),
                Json = Bytes(Stored),
                HtmlSha256 = "h",
                PdfSha256 = "p",
                XlsxSha256 = "x",
                JsonSha256 = "j",
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var stored = await cli.RunAsync("pack", "--board", "HPB", "--month", month, "--format", "json");
        var draft = await cli.RunAsync("pack", "--board", "HPB", "--month", month, "--format", "json", "--draft");
        var file = Path.Combine(cli.InputDirectory, "v1.json");
        var written = await cli.RunAsync("pack", "--board", "HPB", "--month", month, "--format", "json", "--out", file);

        Assert.Equal(Stored, stored.Out);
        Assert.Equal("HPB", JsonDocument.Parse(draft.Out).RootElement.GetProperty("board").GetString());
        Assert.True(JsonDocument.Parse(draft.Out).RootElement.TryGetProperty("metrics", out _));
        Assert.Equal(Stored, File.ReadAllText(file));
        Assert.StartsWith($"Wrote the json of the published version 1 (SHA-256 of its json: j) to {file}", written.OutLines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "pack", "--board", "NOPE", "--month", "2026-10", "--format", "json" }, "--board: 'NOPE' is not a board. Boards: AB, HPB")]
    [InlineData(new[] { "pack", "--board", "HPB", "--month", "1999-01", "--format", "json" }, "--month: no meeting of HPB reports 1999-01. Its meetings report: ")]
    [InlineData(new[] { "pack", "--board", "HPB", "--month", "2026-10" }, "--out: name the file to write the pdf to, e.g. --out pack.pdf.")]
    [InlineData(new[] { "pack", "--board", "HPB", "--month", "2026-10", "--format", "docx" }, "Argument 'docx' not recognized. Must be one of:")]
    public async Task Pack_Mistakes_AreOneLine_AndExit1(string[] args, string expected)
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, run.ErrorLines[0], StringComparison.Ordinal);
    }

    /// <summary>The latest reporting month of the board's meetings that has LCO figures.</summary>
    private static async Task<string> ReportedMonthAsync(TestCli cli, string board)
    {
        await using var db = cli.OpenDatabase();
        var months = await db.MetricValues.Where(v => v.Unit == UnitRefs.Lco).Select(v => v.Month).Distinct().ToListAsync(TestContext.Current.CancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.BoardCode == board).ToListAsync(TestContext.Current.CancellationToken);
        return meetings.Select(m => m.ReportingMonth).Where(months.Contains).Max().ToString();
    }
}
