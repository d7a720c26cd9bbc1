using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using LocalCare.Core.Time;
using LocalCare.Data.Organisation;
using LocalCare.Data.Setup;
using LocalCare.Warehouse.Generation;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare generate --out DIR [--years N] [--contacts-per-year N] [--seed S] [--to YYYY-MM]</c>: writes realistic
/// extracts for the demo organisation (every file of the data contract, and its organisation.csv) and its commissioning files
/// (providers, contracts, spend, audits, concerns, social value, budget, VfP and CQC's ratings), the same files for the same arguments.
/// </summary>
public static class GenerateCommand
{
    public const int DefaultYears = 2;
    public const int DefaultSeed = 1;

    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    public static Command Create(CliContext cli)
    {
        var output = new Option<string>("--out")
        {
            Description = "The directory to write the files into (created if missing; files of the same names are replaced)",
            HelpName = "DIR",
            Required = true,
        };

        var years = new Option<int>("--years")
        {
            Description = $"Whole years of data, ending with the --to month (1 to {GenerationSettings.MaxYears})",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultYears,
            CustomParser = result => (int)WholeNumber(result, "--years", 1, GenerationSettings.MaxYears),
        };

        var contactsPerYear = new Option<long>("--contacts-per-year")
        {
            Description = "Care contacts (appointments of every outcome) a year across the organisation; about 5 to 6 for each referral",
            HelpName = "N",
            DefaultValueFactory = _ => GenerationSettings.DefaultContactsPerYear,
            CustomParser = result => WholeNumber(result, "--contacts-per-year", 1, GenerationSettings.MaxContactsPerYear),
        };

        var seed = new Option<int>("--seed")
        {
            Description = "Seeds the random data: the same arguments always write the same files",
            HelpName = "S",
            DefaultValueFactory = _ => DefaultSeed,
        };

        var to = new Option<YearMonth?>("--to")
        {
            Description = "The last month of data [default: the last complete month before today]",
            HelpName = "YYYY-MM",
            CustomParser = ParseMonth,
        };

        var command = new Command("generate", "Generate realistic extracts for the demo organisation (for demos, tests and benchmarks): referrals, contacts, activity plan, workforce, incidents, experience and virtual-ward beds, with organisation.csv; and the commissioning files: providers, contracts, spend, audits and actions, concerns, social value, budget, VfP schemes and delivery, CQC ratings.")
        {
            output,
            years,
            contactsPerYear,
            seed,
            to,
        };

        command.SetAction((parseResult, cancellationToken) =>
        {
            var lastMonth = parseResult.GetValue(to) ?? LastCompleteMonth(cli.Environment.Clock);
            var settings = GenerationSettings.ForYears(lastMonth, parseResult.GetValue(years), parseResult.GetValue(contactsPerYear), parseResult.GetValue(seed));
            return Task.FromResult(Run(cli, parseResult.GetRequiredValue(output), settings, cancellationToken));
        });
        return command;
    }

    /// <summary>The month before the one today is in.</summary>
    public static YearMonth LastCompleteMonth(TimeProvider clock) => YearMonth.Of(UkTime.Today(clock)).AddMonths(-1);

    /// <summary>A whole number in a range (thousands separators allowed), or one parse error that says the range.</summary>
    private static long WholeNumber(ArgumentResult result, string option, long min, long max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (long.TryParse(text, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option} must be a whole number from {min:#,0} to {max:#,0} (not '{text}')."));
        return min;
    }

    private static YearMonth? ParseMonth(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (YearMonth.TryParse(text, out var month) && month.Year is >= FirstYear and <= LastYear)
        {
            return month;
        }

        result.AddError($"--to must be a month written YYYY-MM, from {FirstYear}-01 to {LastYear}-12 (not '{text}').");
        return null;
    }

    private static int Run(CliContext cli, string directory, GenerationSettings settings, CancellationToken cancellationToken)
    {
        var units = DemoUnits();
        var generator = new ExtractGenerator(units, settings);
        var tree = new OrganisationTree(units);
        var started = cli.Environment.Clock.GetTimestamp();
        cli.Say(string.Create(CultureInfo.InvariantCulture,
            $"Generating {settings.MonthCount / 12} year{(settings.MonthCount == 12 ? "" : "s")} ({settings.FirstMonth} to {settings.LastMonth}) for {tree.Lco?.Name} ({tree.Lco?.Code}): {tree.Services.Count} services, about {settings.ContactsPerYear:#,0} contacts a year, seed {settings.Seed}."));

        IReadOnlyList<WrittenFile> files;
        try
        {
            files = cli.Console.Profile.Capabilities.Interactive
                ? WriteWithProgressBars(cli.Console, directory, generator, cancellationToken)
                : ExtractFiles.Write(directory, generator, new PlainProgress(cli), cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"Cannot write the files into {directory}: {e.Message}", e);
        }

        cli.Console.Write(Summary(files));
        var elapsed = cli.Environment.Clock.GetElapsedTime(started);
        cli.Say(string.Create(CultureInfo.InvariantCulture, $"Wrote {files.Count} files to {Path.GetFullPath(directory)} in {elapsed.TotalSeconds:0.0} s."));
        return ExitCodes.Success;
    }

    /// <summary>The demo organisation's units, read and checked as any organisation.csv is.</summary>
    private static IReadOnlyList<OrganisationUnit> DemoUnits()
    {
        using var reader = new StreamReader(DemoLoader.OpenOrganisationCsv());
        var content = OrganisationCsv.Read(reader, OrganisationFile.DefaultName);
        var result = OrganisationFile.Validate(OrganisationFile.DefaultName, content.Rows);
        return result.IsValid ? result.Units : throw new InvalidInputException(result.Errors);
    }

    private static IReadOnlyList<WrittenFile> WriteWithProgressBars(IAnsiConsole console, string directory, ExtractGenerator generator, CancellationToken cancellationToken) =>
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var tasks = ExtractFiles.AllFiles.ToDictionary(f => f, f => context.AddTask(Markup.Escape(f), autoStart: false, maxValue: 1));
                return ExtractFiles.Write(directory, generator, new BarProgress(tasks), cancellationToken: cancellationToken);
            });

    private static Table Summary(IReadOnlyList<WrittenFile> files)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("File").AddColumn(new TableColumn("Rows").RightAligned()).AddColumn(new TableColumn("Size").RightAligned());
        foreach (var file in files)
        {
            table.AddRow(Markup.Escape(file.Name), Count(file.Rows), Size(file.Bytes));
        }

        table.AddRow("[bold]All files[/]", Count(files.Sum(f => f.Rows)), Size(files.Sum(f => f.Bytes)));
        return table;
    }

    private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>Decimal units, as file managers show them: 12.3 MB = 12,300,000 bytes.</summary>
    private static string Size(long bytes) => bytes switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.0} kB"),
        < 1_000_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.0} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.00} GB"),
    };

    /// <summary>One line per file as it is finished, for logs and pipes.</summary>
    private sealed class PlainProgress(CliContext cli) : IProgress<ExtractProgress>
    {
        public void Report(ExtractProgress value)
        {
            if (value.Done == value.Total)
            {
                cli.Say($"Wrote {value.File}");
            }
        }
    }

    /// <summary>A progress bar per file on a terminal.</summary>
    private sealed class BarProgress(Dictionary<string, ProgressTask> tasks) : IProgress<ExtractProgress>
    {
        public void Report(ExtractProgress value)
        {
            var task = tasks[value.File];
            task.MaxValue = value.Total;
            task.Value = value.Done;
            if (!task.IsStarted)
            {
                task.StartTask();
            }

            if (value.Done == value.Total)
            {
                task.StopTask();
            }
        }
    }
}
