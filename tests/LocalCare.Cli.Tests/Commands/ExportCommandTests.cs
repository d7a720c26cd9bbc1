using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DuckDB.NET.Data;
using LocalCare.Cli.Commands;
using LocalCare.Data.Exports;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare export</c> over a small demo organisation, and its mistakes.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_WritesEveryTable_InEachFormat_WithTheRowsItReports()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        var root = Path.Combine(cli.InputDirectory, "bi");

        var parquet = await cli.RunAsync("export", "--format", "parquet", "--out", Path.Combine(root, "parquet"), "--from", "2026-01", "--to", "2026-06");
        var csv = await cli.RunAsync("export", "--format", "csv", "--out", Path.Combine(root, "csv"), "--from", "2026-01", "--to", "2026-06");
        var xlsx = await cli.RunAsync("export", "--format", "xlsx", "--out", Path.Combine(root, "xlsx"), "--from", "2026-01", "--to", "2026-06");

        Assert.Equal((0, ""), (parquet.ExitCode, parquet.Error));
        var reported = Reported(parquet);
        Assert.Equal(ExportTables.All.Select(t => t.Name), reported.Keys);
        Assert.Equal(6, reported["dim_month"]);
        using (var db = cli.OpenDatabase())
        {
            Assert.Equal(await db.OrganisationUnits.CountAsync(TestContext.Current.CancellationToken), reported["dim_unit"]);
            Assert.Equal(await db.MetricValues.CountAsync(v => v.Month >= new Core.Generation.YearMonth(2026, 1) && v.Month <= new Core.Generation.YearMonth(2026, 6), TestContext.Current.CancellationToken), reported["fact_metric_value"]);
        }

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        foreach (var (table, rows) in reported)
        {
            var file = Warehouse.Sql.Literal(Path.Combine(root, "parquet", table + ".parquet"));
            Assert.Equal(rows, Warehouse.Sql.Scalar<long>(duck, $"SELECT count(*) FROM read_parquet({file})"));
        }

        var types = Warehouse.Sql.Query(duck, $"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet({Warehouse.Sql.Literal(Path.Combine(root, "parquet", "fact_metric_value.parquet"))}))", r => (r.GetString(0), r.GetString(1)));
        Assert.Contains(("month_key", "DATE"), types);
        Assert.Contains(("value", "DOUBLE"), types);
        Assert.Contains(("in_chart", "BOOLEAN"), types);
        Assert.Contains(("spc_group", "BIGINT"), types);
        Assert.Contains(parquet.OutLines, l => l.StartsWith($"Wrote {reported.Count} tables (", StringComparison.Ordinal) && l.Contains("months 2026-01 to 2026-06) as parquet to", StringComparison.Ordinal));

        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(reported, Reported(csv));
        foreach (var (table, rows) in reported)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(root, "csv", table + ".csv"), TestContext.Current.CancellationToken);
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            var header = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n")[0];
            Assert.Equal(string.Join(',', ExportTables.All.Single(t => t.Name == table).Columns.Select(c => c.Name)), header);
        }

        Assert.Equal(0, xlsx.ExitCode);
        Assert.Equal(reported, Reported(xlsx));
        Assert.Equal([ExportCommand.WorkbookName], Directory.GetFiles(Path.Combine(root, "xlsx")).Select(Path.GetFileName));
        using var workbook = SpreadsheetDocument.Open(Path.Combine(root, "xlsx", ExportCommand.WorkbookName), false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(reported.Keys, sheets.Select(s => s.Name!.Value));
        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!);
            Assert.Equal(reported[sheet.Name!] + 1, part.Worksheet.Descendants<Row>().Count());
        }
    }

    [Fact]
    public async Task ANonEmptyDirectory_IsRefused_UnlessForced_AndForceKeepsOtherFiles()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init");
        var directory = Path.Combine(cli.InputDirectory, "bi");
        cli.WriteInput("bi/notes.txt", "mine");

        var refused = await cli.RunAsync("export", "--format", "csv", "--out", directory);
        var forced = await cli.RunAsync("export", "--format", "csv", "--out", directory, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal([$"--out: {directory} is not empty; name a new or empty directory, or add --force to replace the export's files in it."], refused.ErrorLines);
        Assert.Equal((0, ""), (forced.ExitCode, forced.Error));
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(directory, "notes.txt"), TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(directory, "dim_metric.csv")));
        Assert.Contains(forced.OutLines, l => l.Contains("no months (nothing stored or imported yet)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "export", "--format", "json", "--out", "x" }, "Argument 'json' not recognized. Must be one of:")]
    [InlineData(new[] { "export", "--format", "csv" }, "Option '--out' is required.")]
    [InlineData(new[] { "export", "--out", "x", "--from", "2026-13" }, "--from must be a month written YYYY-MM (not '2026-13').")]
    public async Task BadArguments_AreOneLine_AndExit1(string[] args, string expected)
    {
        using var cli = new TestCli();

        var run = await cli.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MistakesFoundWhenRunning_AreOneLine_AndWriteNothing()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("a-file", "x");
        var directory = Path.Combine(cli.InputDirectory, "bi");

        var uninitialised = await cli.RunAsync("export", "--out", directory);
        await cli.RunAsync("init");
        var backwards = await cli.RunAsync("export", "--out", directory, "--from", "2026-06", "--to", "2026-01");
        var onAFile = await cli.RunAsync("export", "--out", file);

        Assert.Equal((1, 1, 1), (uninitialised.ExitCode, backwards.ExitCode, onAFile.ExitCode));
        Assert.Equal(["The app database is not initialised: run 'localcare init' (or 'localcare init --demo')."], uninitialised.ErrorLines);
        Assert.Equal(["--to (2026-01) is before --from (2026-06)."], backwards.ErrorLines);
        Assert.Equal([$"--out: {file} is a file; name a directory."], onAFile.ErrorLines);
        Assert.False(Directory.Exists(directory));
    }

    /// <summary>The closing table's rows: table name → row count, in the order printed.</summary>
    private static Dictionary<string, int> Reported(CliRun run) =>
        run.OutLines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 3 && ExportTables.All.Any(t => t.Name == p[1]))
            .ToDictionary(p => p[1], p => int.Parse(p[2], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
}
