using System.CommandLine;
using System.Globalization;
using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare metric add|show|target</c>: custom metrics as SQL files, a metric's definition, and targets.</summary>
public static class MetricCommand
{
    public static Command Create(CliContext cli) => new("metric", "Add a custom metric from a SQL file, show any metric's SQL, or set a target.")
    {
        Add(cli),
        Show(cli),
        Target(cli),
    };

    private static Command Add(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A .sql file: a '-- key: value' header (id, name, kind, direction, target, board, definition) then one query; see 'localcare metric show dna-rate'" };
        var replace = new Option<bool>("--replace") { Description = "Replace the custom metric with the same id" };
        var command = new Command("add", "Add a custom metric: the query is checked against the warehouse (read-only, no file access, the base-row columns, within 30 seconds) before it is saved.")
        {
            file,
            replace,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            var name = Path.GetFileName(path);
            if (!File.Exists(path))
            {
                throw new InvalidInputException([new InputError(name, 0, null, "does not exist")]);
            }

            var parsed = MetricSqlFile.Parse(name, await File.ReadAllTextAsync(path, cancellationToken));
            await using var session = cli.Open(parseResult, createDataDirectory: true);
            await session.EnsureInitialisedAsync(cli, cancellationToken);
            var metric = await session.Get<CustomMetrics>().SaveAsync(name, parsed, parseResult.GetValue(replace), cancellationToken);
            cli.Say($"Saved custom metric {metric.Id} ({metric.Name}). Run 'localcare compute' to compute it.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var id = new Argument<string>("ID") { Description = "A metric id, e.g. crisis-response-2h" };
        var command = new Command("show", "Print a metric's SQL file: its header and the query that computes it.") { id };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            var metricId = parseResult.GetValue(id)!;
            var text = await session.Get<CustomMetrics>().SqlFileAsync(metricId, cancellationToken);
            if (text is null)
            {
                var manual = await session.Db.Metrics.AsNoTracking().AnyAsync(m => m.Id == metricId && m.IsManual, cancellationToken);
                throw new UserErrorException(manual
                    ? $"{metricId} is a manual metric: its values come from metric_values.csv or the web form, not from a query."
                    : $"'{metricId}' is not a metric.");
            }

            cli.Console.Profile.Out.Writer.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Target(CliContext cli)
    {
        var id = new Argument<string>("ID") { Description = "A metric id" };
        var unit = new Option<string>("--unit") { Description = "lco, locality:CODE, neighbourhood:CODE or service:CODE", HelpName = "UNIT", DefaultValueFactory = _ => "lco" };
        var year = new Option<PlanYear>("--year")
        {
            Description = "The plan year, e.g. 2025/26",
            HelpName = "YEAR",
            Required = true,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (PlanYear.TryParse(text, out var parsed))
                {
                    return parsed;
                }

                result.AddError($"--year must be a plan year such as 2025/26 (not '{text}').");
                return default;
            },
        };
        var value = new Option<string>("--value") { Description = "The target as the value is stored (0.95 for 95%), or none to remove it", HelpName = "X", Required = true };
        var command = new Command("target", "Set (or with --value none, remove) a metric's target at a unit for a plan year.") { id, unit, year, value };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var text = parseResult.GetValue(value)!;
            double? target = null;
            if (!string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
            {
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
                {
                    throw new UserErrorException($"--value must be a number or none (not '{text}').");
                }

                target = parsed;
            }

            await using var session = cli.Open(parseResult, createDataDirectory: true);
            await session.EnsureInitialisedAsync(cli, cancellationToken);
            var metricId = parseResult.GetValue(id)!;
            var metric = await session.Db.Metrics.AsNoTracking().SingleOrDefaultAsync(m => m.Id == metricId, cancellationToken)
                ?? throw new UserErrorException($"'{metricId}' is not a metric.");
            var unitRef = parseResult.GetValue(unit)!;
            var units = await session.Db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
            if (units.All(u => u.UnitRef != unitRef))
            {
                throw new UserErrorException($"--unit: '{unitRef}' is not a unit of the organisation (lco, locality:CODE, neighbourhood:CODE or service:CODE).");
            }

            var planYear = parseResult.GetValue(year);
            await session.Get<MetricTargets>().SetAsync(metricId, unitRef, planYear, target, cancellationToken);
            cli.Say(target is { } t
                ? $"Target for {metricId} at {unitRef} in {planYear.Label}: {metric.FormatTarget(t)}"
                : $"Target for {metricId} at {unitRef} in {planYear.Label} removed.");
            return ExitCodes.Success;
        });
        return command;
    }
}
