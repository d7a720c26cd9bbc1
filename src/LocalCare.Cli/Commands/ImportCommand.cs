using System.CommandLine;
using System.Globalization;
using LocalCare.Cli.Output;
using LocalCare.Core.Time;
using LocalCare.Data.Commissioning;
using LocalCare.Data.Imports;
using LocalCare.Warehouse.Imports;
using LocalCare.Warehouse.Quality;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare import PATH... [--allow-rejects] [--rejects FILE]</c>: imports organisation.csv, the extracts and FHIR files as one run.</summary>
public static class ImportCommand
{
    /// <summary>How many rejected rows are printed on stderr; every one is in the rejects file.</summary>
    public const int RejectsPrinted = 50;

    public static Command Create(CliContext cli)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Files or directories to import: {ImportPlan.KnownNames}. A directory imports the known files it holds",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            foreach (var problem in ImportPlan.For(result.GetValueOrDefault<string[]>() ?? []).Errors)
            {
                result.AddError(problem.ToString());
            }
        });

        var allowRejects = new Option<bool>("--allow-rejects")
        {
            Description = "Store the valid rows even when some are rejected; every rejected row is written to the rejects file",
        };
        var rejects = new Option<string?>("--rejects")
        {
            Description = "Where to write rejected rows as CSV (file, line, column, reason) [default: DATA/rejects/import-TIMESTAMP.csv]",
            HelpName = "FILE",
        };

        var command = new Command("import", "Import files into LocalCare as one run: every row is checked against the data contract; any rejected row stores nothing (unless --allow-rejects). Prints a data-quality summary.")
        {
            paths,
            allowRejects,
            rejects,
        };

        command.SetAction((parseResult, cancellationToken) => RunAsync(
            cli, parseResult, ImportPlan.For(parseResult.GetValue(paths) ?? []), parseResult.GetValue(allowRejects), parseResult.GetValue(rejects), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, ParseResult parseResult, ImportPlan plan, bool allowRejects, string? rejectsPath, CancellationToken cancellationToken)
    {
        await using var session = cli.Open(parseResult, createDataDirectory: true);
        await session.EnsureInitialisedAsync(cli, cancellationToken);
        foreach (var skipped in plan.Skipped)
        {
            cli.Warn($"{skipped}: not a LocalCare import file (expected one of: {ImportPlan.KnownNames}); skipped");
        }

        var clock = session.Get<TimeProvider>();
        var now = UkTime.Now(clock);
        rejectsPath ??= Path.Combine(session.DataDirectory, "rejects", $"import-{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.csv");
        var options = new ImportOptions(Environment.UserName, allowRejects, rejectsPath);

        ImportOutcome outcome;
        try
        {
            outcome = await ImportProgressDisplay.RunAsync(cli.Console, progress => session.Get<ImportRunner>().RunAsync(plan, options, progress, cancellationToken));
        }
        catch (CommissioningRejectedException rejected)
        {
            CommissioningImportOutput.Write(cli, rejected.Result, stored: false);
            CommissioningImportOutput.WriteRejects(cli, rejected.Result, CommissioningRejectsPath(rejectsPath), RejectsPrinted);
            await cli.Error.WriteLineAsync(ExitCodes.NothingStored);
            return ExitCodes.UserError;
        }
        catch (CqcRatingsRejectedException rejected)
        {
            CommissioningImportOutput.WriteCqc(cli, rejected.Reports, stored: false);
            CommissioningImportOutput.WriteCqcRejects(cli, rejected.Reports, SiblingRejectsPath(rejectsPath, "cqc"), RejectsPrinted);
            await cli.Error.WriteLineAsync(ExitCodes.NothingStored);
            return ExitCodes.UserError;
        }
        catch (ImportRejectedException rejected)
        {
            ImportReportOutput.Write(cli, rejected.Report);
            WriteRejects(cli, rejected.Report, rejectsPath);
            await cli.Error.WriteLineAsync(ExitCodes.NothingStored);
            return ExitCodes.UserError;
        }

        if (outcome.Organisation is { } organisation)
        {
            cli.Say(organisation.ToString());
            foreach (var warning in organisation.Warnings)
            {
                cli.Warn(warning);
            }
        }

        foreach (var warning in outcome.Warnings.Concat(outcome.Warehouse?.Warnings ?? []))
        {
            cli.Warn(warning);
        }

        if (outcome.Commissioning is { } commissioning)
        {
            CommissioningImportOutput.Write(cli, commissioning, stored: true);
            CommissioningImportOutput.WriteRejects(cli, commissioning, CommissioningRejectsPath(rejectsPath), RejectsPrinted);
        }

        CommissioningImportOutput.WriteCqc(cli, outcome.CqcRatings);
        CommissioningImportOutput.WriteCqcRejects(cli, outcome.CqcRatings, SiblingRejectsPath(rejectsPath, "cqc"), RejectsPrinted);

        if (outcome.Warehouse is { } report)
        {
            ImportReportOutput.Write(cli, report);
            WriteRejects(cli, report, rejectsPath);
            QualityOutput.Write(cli, DataQuality.Summarise(session.Warehouse, now));
        }

        return ExitCodes.Success;
    }

    /// <summary>Commissioning rejects go beside the extracts' rejects file, so neither overwrites the other.</summary>
    private static string CommissioningRejectsPath(string rejectsPath) => SiblingRejectsPath(rejectsPath, "commissioning");

    private static string SiblingRejectsPath(string rejectsPath, string kind) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(rejectsPath))!, Path.GetFileNameWithoutExtension(rejectsPath) + "-" + kind + ".csv");

    private static void WriteRejects(CliContext cli, ImportReport report, string rejectsPath)
    {
        if (report.RowsRejected == 0)
        {
            return;
        }

        foreach (var reject in report.Rejects.Take(RejectsPrinted))
        {
            cli.Error.WriteLine(reject.ToString());
        }

        var total = report.Files.Sum(f => f.RowsRejected);
        if (report.Rejects.Count > RejectsPrinted || report.Rejects.Count < total)
        {
            cli.Error.WriteLine($"... {total.ToString("#,0", CultureInfo.InvariantCulture)} rejected rows in all; every one is in {rejectsPath}");
        }
        else
        {
            cli.Error.WriteLine($"Rejected rows are listed in {rejectsPath}");
        }
    }
}
