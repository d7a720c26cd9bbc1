using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalCare.Core.Metrics;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare metrics [--metric ID] [--unit UNIT] [--from] [--to] [--format table|csv|json]</c>: prints stored metric values.</summary>
public static class MetricsCommand
{
    public static Command Create(CliContext cli)
    {
        var metric = new Option<string?>("--metric") { Description = "Only this metric (its id, e.g. crisis-response-2h)", HelpName = "ID" };
        var unit = new Option<string?>("--unit") { Description = "Only this unit: lco, locality:CODE, neighbourhood:CODE or service:CODE", HelpName = "UNIT" };
        var from = MonthOption.Create("--from", "The first month");
        var to = MonthOption.Create("--to", "The last month");
        var format = new Option<string>("--format") { Description = "table (for people), csv or json (metrics.md's shape)", HelpName = "FORMAT", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");

        var command = new Command("metrics", "Print computed metric values with their targets: per metric, unit and month (run 'localcare compute' first).")
        {
            metric,
            unit,
            from,
            to,
            format,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            await session.RequireInitialisedAsync(cancellationToken);

            var metricId = parseResult.GetValue(metric);
            var metrics = await session.Db.Metrics.AsNoTracking().ToDictionaryAsync(m => m.Id, cancellationToken);
            if (metricId is not null && !metrics.ContainsKey(metricId))
            {
                throw new UserErrorException($"--metric: '{metricId}' is not a metric. Metrics: {string.Join(", ", metrics.Keys.Order(StringComparer.Ordinal))}.");
            }

            var readings = await session.Get<MetricReadings>().ListAsync(
                new MetricFilter(metricId, parseResult.GetValue(unit), parseResult.GetValue(from), parseResult.GetValue(to)), cancellationToken);
            switch (parseResult.GetValue(format))
            {
                case "json":
                    cli.Say(Json(readings));
                    break;
                case "csv":
                    cli.Console.Profile.Out.Writer.Write(Csv(readings));
                    break;
                default:
                    Table(cli, readings, metrics);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>metrics.md's machine-readable shape: one array, plain JSON numbers.</summary>
    public static string Json(IEnumerable<MetricReading> readings) => JsonSerializer.Serialize(readings.Select(MetricValueJson.From));

    public static string Csv(IEnumerable<MetricReading> readings)
    {
        var csv = new StringBuilder("metric,month,unit,numerator,denominator,value,target,met\n");
        foreach (var r in readings)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{r.MetricId},{r.Month},{r.Unit},{Number(r.Numerator)},{Number(r.Denominator)},{Number(r.Value)},{Number(r.Target)},{(r.Met is { } met ? (met ? "true" : "false") : "")}\n");
        }

        return csv.ToString();
    }

    private static void Table(CliContext cli, List<MetricReading> readings, Dictionary<string, MetricDefinition> metrics)
    {
        if (readings.Count == 0)
        {
            cli.Say("No values: run 'localcare compute' (or widen the filters).");
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Metric").AddColumn("Unit").AddColumn("Month")
            .AddColumn(new TableColumn("Numerator").RightAligned()).AddColumn(new TableColumn("Denominator").RightAligned())
            .AddColumn(new TableColumn("Value").RightAligned()).AddColumn(new TableColumn("Target").RightAligned()).AddColumn("Met");
        foreach (var r in readings)
        {
            var definition = metrics[r.MetricId];
            table.AddRow(Markup.Escape(r.MetricId), Markup.Escape(r.Unit), r.Month.ToString(), Number(r.Numerator), Number(r.Denominator),
                Markup.Escape(definition.Format(r.Value)), Markup.Escape(r.Target is null ? "" : definition.FormatTarget(r.Target)), r.Met switch { true => "met", false => "not met", null => "" });
        }

        cli.Console.Write(table);
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
