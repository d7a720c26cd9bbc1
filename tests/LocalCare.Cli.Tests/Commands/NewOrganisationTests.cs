using System.Text.Json;
using LocalCare.Core.Boards;
using LocalCare.Warehouse.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

/// <summary>
/// A new LCO, not the demo (issue 8): <c>localcare init</c> without <c>--demo</c>, then its own <c>organisation.csv</c>, starts with
/// the standard boards and the library's metrics on each, its meetings planned, and a pack builds for any of its boards.
/// </summary>
public sealed class NewOrganisationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitWithoutDemo_ThenItsOrganisationFile_HasTheStandardBoardsWithTheirMetrics()
    {
        using var cli = new TestCli();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        Assert.Equal(0, (await cli.RunAsync("import", cli.WriteInput("organisation.csv", OrganisationFiles.Testshire))).ExitCode);

        var run = await cli.RunAsync("boards", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var boards = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(StandardBoards.Create().Select(b => b.Code), boards.Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(StandardBoards.Create().Select(b => b.Cadence.ToCode()), boards.Select(b => b.GetProperty("cadence").GetString()));
        var library = StandardMetrics();
        foreach (var board in boards)
        {
            var code = board.GetProperty("code").GetString();
            Assert.Equal(
                library.Where(m => m.BoardCode == code).Select(m => m.Id).Order(StringComparer.Ordinal),
                board.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal));
        }

        Assert.NotEmpty(boards.Single(b => b.GetProperty("code").GetString() == StandardBoards.HealthPerformance).GetProperty("metrics").EnumerateArray());
        await using var db = cli.OpenDatabase();
        Assert.Equal("Testshire Local Care Organisation", await db.OrganisationUnits.Where(u => u.Code == "TLCO").Select(u => u.Name).SingleAsync(Cancel));
        Assert.All(StandardBoards.Create(), b => Assert.True(db.Meetings.Any(m => m.BoardCode == b.Code), $"{b.Code} has meetings planned"));
    }

    [Theory]
    [InlineData(StandardBoards.HealthPerformance)]
    [InlineData(StandardBoards.Accountability)]
    public async Task InitWithoutDemo_APackBuildsForItsBoards_EveryMetricListedWithoutFiguresYet(string board)
    {
        using var cli = new TestCli();
        await cli.RunAsync("init");
        await cli.RunAsync("import", cli.WriteInput("organisation.csv", OrganisationFiles.Testshire));
        string month;
        await using (var db = cli.OpenDatabase())
        {
            month = (await db.Meetings.AsNoTracking().Where(m => m.BoardCode == board).ToListAsync(Cancel)).Min(m => m.ReportingMonth).ToString();
        }

        var json = await cli.RunAsync("pack", "--board", board, "--month", month, "--format", "json");
        var html = Path.Combine(cli.InputDirectory, "pack.html");
        var written = await cli.RunAsync("pack", "--board", board, "--month", month, "--format", "html", "--out", html);

        Assert.Equal(0, json.ExitCode);
        Assert.Equal("", json.Error);
        var pack = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal((board, month), (pack.GetProperty("board").GetString(), pack.GetProperty("month").GetString()));
        var metrics = pack.GetProperty("metrics").EnumerateArray().ToList();
        Assert.Equal(
            StandardMetrics().Where(m => m.BoardCode == board).Select(m => m.Id).Order(StringComparer.Ordinal),
            metrics.Select(m => m.GetProperty("metric").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(metrics, m => Assert.Equal((JsonValueKind.Null, true, false), (m.GetProperty("value").ValueKind, m.GetProperty("stale").GetBoolean(), m.GetProperty("exception").GetBoolean())));
        Assert.Empty(pack.GetProperty("exceptions").EnumerateArray());
        Assert.Equal(16, pack.GetProperty("matrix").EnumerateObject().Count());
        Assert.Equal(0, written.ExitCode);
        var document = File.ReadAllText(html);
        Assert.Contains(StandardBoards.Create().Single(b => b.Code == board).Name, document, StringComparison.Ordinal);
        Assert.Contains("id=\"appendix\"", document, StringComparison.Ordinal);
    }

    /// <summary>The metric definitions every LCO starts with: the library's SQL metrics, the manual ones and the commissioning ones, each with its metrics.md board.</summary>
    private static List<Core.Metrics.MetricDefinition> StandardMetrics() =>
        [.. MetricLibrary.BuiltIn().Select(f => f.Metric).Concat(Core.Metrics.BuiltInMetrics.Manual()).Concat(Core.Commissioning.CommissioningMetricDefinitions.All())];
}
