using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using LocalCare.Core.Metrics;
using LocalCare.Data.Metrics;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare compute [--from YYYY-MM] [--to YYYY-MM]</c>: computes every metric for every unit and month and stores the series.</summary>
public static class ComputeCommand
{
    public static Command Create(CliContext cli)
    {
        var from = MonthOption.Create("--from", "The first month [default: the earliest month in the data]");
        var to = MonthOption.Create("--to", "The last month [default: the last complete month before today]");
        var command = new Command("compute", "Compute every metric (built-in, custom and manual) for every unit and month from the warehouse, and store the series for reports, SPC and boards. Replaces what was stored for those months.")
        {
            from,
            to,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: true);
            await session.EnsureInitialisedAsync(cli, cancellationToken);
            var compute = session.Get<MetricCompute>();
            var defaults = compute.DefaultRange();
            var first = parseResult.GetValue(from) ?? defaults?.From;
            var last = parseResult.GetValue(to) ?? defaults?.To;
            if (first is null || last is null)
            {
                throw new UserErrorException("There is no data to compute from: import extracts first (localcare import), or give --from and --to.");
            }

            if (last < first)
            {
                throw new UserErrorException($"--to ({last}) is before --from ({first}).");
            }

            var range = new MonthRange(first.Value, last.Value);
            var watch = Stopwatch.StartNew();
            MetricComputeReport report;
            try
            {
                report = await WithProgressAsync(cli.Console, progress => compute.RunAsync(range, Environment.UserName, progress, cancellationToken: cancellationToken));
            }
            catch (MetricComputeException e)
            {
                throw new UserErrorException(e.Message, e);
            }

            var table = new Table().Border(TableBorder.Simple).AddColumn("Metric").AddColumn(new TableColumn("Values").RightAligned());
            foreach (var (metric, values) in report.PerMetric)
            {
                table.AddRow(Markup.Escape(metric), values.ToString("#,0", CultureInfo.InvariantCulture));
            }

            cli.Console.Write(table);
            cli.Say($"Computed {report.PerMetric.Count} metrics for {range} ({range.Count} {(range.Count == 1 ? "month" : "months")}): {report.Values.ToString("#,0", CultureInfo.InvariantCulture)} values stored in {watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A progress bar on a terminal; nothing when output is captured.</summary>
    private static async Task<T> WithProgressAsync<T>(IAnsiConsole console, Func<IProgress<MetricComputeProgress>?, Task<T>> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await run(null);
        }

        T result = default!;
        await console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Computing metrics");
                result = await run(new Progress<MetricComputeProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = Markup.Escape(p.Step);
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }
}
