using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LocalCare.Core.Exports;
using LocalCare.Data.Exports;
using LocalCare.Reports.Exports;
using LocalCare.Warehouse.Exports;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare export --format parquet|csv|xlsx --out DIR [--force] [--from YYYY-MM] [--to YYYY-MM]</c>: the star schema of
/// docs/exports.md for Power BI and Excel: a Parquet or CSV file per table, or one workbook with a sheet per table.
/// </summary>
public static class ExportCommand
{
    /// <summary>The workbook's file name in the output directory.</summary>
    public const string WorkbookName = "localcare.xlsx";

    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "parquet (a file per table, for Power BI), csv (a file per table) or xlsx (one workbook, a sheet per table)", HelpName = "FORMAT", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "csv", "xlsx");
        var output = new Option<DirectoryInfo>("--out") { Description = "The directory to write to; created if missing, and it must be empty unless --force", HelpName = "DIR", Required = true };
        var force = new Option<bool>("--force") { Description = "Write into a directory that is not empty, replacing the export's own files there (other files are left alone)" };
        var from = MonthOption.Create("--from", "The first month of the monthly tables [default: the first month of the stored metric values]");
        var to = MonthOption.Create("--to", "The last month of the monthly tables [default: the last month of the stored metric values]");
        var command = new Command("export", "Export the star schema for BI (docs/exports.md): months, units, boards, metrics, deliverables and providers; metric values with their SPC, targets, the waiting census, deliverables' quarterly statuses and CQC ratings.")
        {
            format,
            output,
            force,
            from,
            to,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var kind = parseResult.GetValue(format)!;
            var directory = parseResult.GetValue(output)!;
            var (first, last) = (parseResult.GetValue(from), parseResult.GetValue(to));
            if (first is { } f && last is { } l && l < f)
            {
                throw new UserErrorException($"--to ({l}) is before --from ({f}).");
            }

            CheckDirectory(directory, parseResult.GetValue(force));
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            await session.RequireInitialisedAsync(cancellationToken);
            var sources = await session.Get<BiExport>().SourcesAsync(first, last, cancellationToken);
            Directory.CreateDirectory(directory.FullName);

            var watch = Stopwatch.StartNew();
            var written = await WithProgressAsync(cli.Console, progress => WriteAsync(kind, directory.FullName, sources, progress, cancellationToken));

            var table = new Table().Border(TableBorder.Simple).AddColumn("File").AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned());
            foreach (var (file, name, rows) in written)
            {
                table.AddRow(Markup.Escape(file), Markup.Escape(name), rows.ToString("#,0", CultureInfo.InvariantCulture));
            }

            cli.Console.Write(table);
            var months = sources.Months is { } range ? $"months {range}" : "no months (nothing stored or imported yet)";
            cli.Say($"Wrote {written.Count} tables ({written.Sum(w => w.Rows).ToString("#,0", CultureInfo.InvariantCulture)} rows, {months}) as {kind} to {directory.FullName} in {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A new or empty directory, or any directory with --force; never a file.</summary>
    private static void CheckDirectory(DirectoryInfo directory, bool force)
    {
        if (File.Exists(directory.FullName))
        {
            throw new UserErrorException($"--out: {directory.FullName} is a file; name a directory.");
        }

        if (!force && directory.Exists && directory.EnumerateFileSystemInfos().Any())
        {
            throw new UserErrorException($"--out: {directory.FullName} is not empty; name a new or empty directory, or add --force to replace the export's files in it.");
        }
    }

    private static async Task<List<(string File, string Table, int Rows)>> WriteAsync(
        string kind, string directory, ExportSources sources, IProgress<(int Done, string Table)>? progress, CancellationToken cancellationToken)
    {
        var written = new List<(string File, string Table, int Rows)>();
        var tables = ExportTables.All;
        var workbookPath = Path.Combine(directory, WorkbookName);
        using var workbook = kind == "xlsx" ? new ExportWorkbook(workbookPath) : null;
        for (var i = 0; i < tables.Count; i++)
        {
            progress?.Report((i, tables[i].Name));
            var table = await tables[i].ReadAsync(sources, cancellationToken);
            string file;
            switch (kind)
            {
                case "xlsx":
                    if (table.Rows.Count > ExportWorkbook.MaxRows)
                    {
                        throw new UserErrorException($"{table.Name} has {table.Rows.Count:N0} rows, more than a worksheet holds ({ExportWorkbook.MaxRows:N0}): use --format parquet or csv, or fewer months (--from, --to).");
                    }

                    workbook!.Add(table);
                    file = WorkbookName;
                    break;
                case "csv":
                    file = table.Name + ".csv";
                    await using (var stream = File.Create(Path.Combine(directory, file)))
                    {
                        ExportCsv.Write(table, stream);
                    }

                    break;
                default:
                    file = table.Name + ".parquet";
                    ExportParquet.Write(table, Path.Combine(directory, file));
                    break;
            }

            written.Add((file, table.Name, table.Rows.Count));
        }

        progress?.Report((tables.Count, "done"));
        return written;
    }

    /// <summary>A progress bar over the tables on a terminal; nothing when output is captured.</summary>
    private static async Task<T> WithProgressAsync<T>(IAnsiConsole console, Func<IProgress<(int Done, string Table)>?, Task<T>> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await run(null);
        }

        T result = default!;
        await console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Exporting", maxValue: ExportTables.All.Count);
                result = await run(new Progress<(int Done, string Table)>(p =>
                {
                    task.Value = p.Done;
                    task.Description = Markup.Escape($"Writing {p.Table}");
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }
}
