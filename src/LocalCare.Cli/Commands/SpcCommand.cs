using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using LocalCare.Cli.Output;
using LocalCare.Core.Inputs;
using LocalCare.Core.Spc;
using Sylvan.Data.Csv;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare spc FILE.csv --improvement increase|decrease|neither [--target X] [--baseline N] [--rebase PERIOD,...] [--no-screen] [--format table|json]</c>:
/// a Making Data Count XmR chart of one series (docs/spc.md), without the data directory.
/// </summary>
public static class SpcCommand
{
    private const string PeriodColumn = "period";
    private const string ValueColumn = "value";

    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The series: a CSV with the columns period,value, one row per period in time order; an empty value is skipped",
        };
        file.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (!string.IsNullOrEmpty(path) && !File.Exists(path))
            {
                result.AddError(new InputError(Path.GetFileName(path), 0, null, $"file not found: {path}").ToString());
            }
        });

        var improvement = new Option<string>("--improvement")
        {
            Description = "Which way is better: increase, decrease or neither (signals are then neutral and there is no assurance)",
            HelpName = "DIRECTION",
            Required = true,
        };
        improvement.AcceptOnlyFromAmong(Enum.GetValues<ImprovementDirection>().Select(d => d.ToCode()).ToArray());

        var target = new Option<double?>("--target")
        {
            Description = "The target, for the assurance icon",
            HelpName = "X",
            CustomParser = ParseTarget,
        };

        var baseline = new Option<int?>("--baseline")
        {
            Description = $"Compute each group's limits from its first N points only (N at least {SpcCalculator.MinimumBaseline})",
            HelpName = "N",
            CustomParser = ParseBaseline,
        };

        var rebase = new Option<string[]>("--rebase")
        {
            Description = "Periods that each start a new group with its own limits, separated by commas",
            HelpName = "PERIOD,...",
            CustomParser = ParseRebase,
        };

        var noScreen = new Option<bool>("--no-screen")
        {
            Description = "Keep outlying moving ranges in the limits (as the Making Data Count Excel tool does); screened out by default",
        };

        var format = new Option<string>("--format")
        {
            Description = "table (for people) or json",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("spc", "Chart a series as NHS England's Making Data Count does (as NHSRplotthedots computes it): the mean and process limits, special-cause points, and the variation and assurance icons.")
        {
            file,
            improvement,
            target,
            baseline,
            rebase,
            noScreen,
            format,
        };

        command.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(file);
            var code = parseResult.GetRequiredValue(improvement);
            var direction = Enum.GetValues<ImprovementDirection>().Single(d => d.ToCode() == code);
            var options = new SpcOptions(
                direction,
                parseResult.GetValue(target),
                parseResult.GetValue(baseline),
                parseResult.GetValue(rebase) ?? [],
                ScreenOutliers: !parseResult.GetValue(noScreen));
            return Run(cli, path, options, parseResult.GetValue(format) == "json");
        });
        return command;
    }

    private static int Run(CliContext cli, string path, SpcOptions options, bool json)
    {
        var name = Path.GetFileName(path);
        var series = Read(cli, path, name);
        var periods = series.Select(p => p.Period).ToHashSet(StringComparer.Ordinal);
        var unknown = options.RebasePeriods?.Where(p => !periods.Contains(p)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            throw new UserErrorException($"--rebase: {string.Join(", ", unknown.Select(p => $"'{p}'"))} {(unknown.Count == 1 ? "is not a period" : "are not periods")} in {name}.");
        }

        SpcResult result;
        try
        {
            result = SpcCalculator.Calculate(series, options);
        }
        catch (SpcInputException e)
        {
            throw new UserErrorException(e.Message, e);
        }

        if (json)
        {
            SpcOutput.WriteJson(cli, result);
        }
        else
        {
            SpcOutput.WriteTable(cli, result, options);
        }

        return ExitCodes.Success;
    }

    /// <summary>The file's rows as a series; every problem found is reported at once, one line each, as <see cref="InvalidInputException"/>.</summary>
    private static List<SpcInputPoint> Read(CliContext cli, string path, string name)
    {
        string text;
        try
        {
            text = File.ReadAllText(path); // a series is small; reading it whole tells an empty file from a bad one
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"Cannot read {path}: {e.Message}", e);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidInputException([new InputError(name, 0, null, $"is empty; expected the header '{PeriodColumn},{ValueColumn}'")]);
        }

        using var reader = new StringReader(text);
        return Read(cli, reader, name);
    }

    private static List<SpcInputPoint> Read(CliContext cli, TextReader reader, string name)
    {
        var options = new CsvDataReaderOptions { HasHeaders = true, HeaderComparer = StringComparer.OrdinalIgnoreCase, Delimiter = ',' };
        using var csv = Open(reader, options, name);
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        var errors = new List<InputError>();
        foreach (var column in new[] { PeriodColumn, ValueColumn })
        {
            var count = header.Count(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
            if (count != 1)
            {
                errors.Add(new InputError(name, 1, null, count == 0
                    ? $"the header has no '{column}' column (expected '{PeriodColumn},{ValueColumn}')"
                    : $"the header has the '{column}' column {count} times"));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        foreach (var ignored in header.Where(h => !h.Equals(PeriodColumn, StringComparison.OrdinalIgnoreCase) && !h.Equals(ValueColumn, StringComparison.OrdinalIgnoreCase)))
        {
            cli.Warn($"{name}:1: column '{ignored}' is not used and was ignored");
        }

        var periodAt = header.FindIndex(h => h.Equals(PeriodColumn, StringComparison.OrdinalIgnoreCase));
        var valueAt = header.FindIndex(h => h.Equals(ValueColumn, StringComparison.OrdinalIgnoreCase));
        var series = new List<SpcInputPoint>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);

        // Sylvan counts records, not lines; a quoted field may span lines, so the physical line is tracked here.
        var line = 2 + header.Sum(CountLineBreaks);
        try
        {
            while (csv.Read())
            {
                var fields = Enumerable.Range(0, csv.RowFieldCount).Select(csv.GetString).ToArray();
                var rowLine = line;
                line += 1 + fields.Sum(CountLineBreaks);
                if (fields.All(string.IsNullOrWhiteSpace))
                {
                    continue; // a blank line is not a row
                }

                string Field(int ordinal) => ordinal < fields.Length ? fields[ordinal].Trim() : "";
                var period = Field(periodAt);
                var value = Field(valueAt);
                var error = errors.Count;
                if (fields.Skip(header.Count).Any(f => !string.IsNullOrWhiteSpace(f)))
                {
                    // Most often a decimal comma ("1,5"): reading "1" and dropping "5" would chart a wrong number.
                    errors.Add(new InputError(name, rowLine, null, $"has {fields.Length} fields but the header has {header.Count} (write decimals with a point, or quote a value that has a comma)"));
                }

                if (period.Length == 0)
                {
                    errors.Add(new InputError(name, rowLine, PeriodColumn, "is empty; every row needs a period"));
                }
                else if (!lines.TryAdd(period, rowLine))
                {
                    errors.Add(new InputError(name, rowLine, PeriodColumn, $"'{period}' is already on line {lines[period]}; periods must be unique"));
                }

                double? number = null;
                if (value.Length > 0)
                {
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                    {
                        errors.Add(new InputError(name, rowLine, ValueColumn, $"'{value}' is not a number"));
                    }
                    else if (!double.IsFinite(parsed))
                    {
                        errors.Add(new InputError(name, rowLine, ValueColumn, $"'{value}' is not a finite number"));
                    }
                    else
                    {
                        number = parsed;
                    }
                }

                if (errors.Count == error)
                {
                    series.Add(new SpcInputPoint(period, number));
                }
            }
        }
        catch (CsvFormatException e)
        {
            errors.Add(new InputError(name, line, null, "is not valid CSV: " + e.Message));
        }

        if (errors.Count == 0 && series.All(p => p.Value is null))
        {
            errors.Add(new InputError(name, 0, null, "has no values to chart"));
        }

        return errors.Count > 0 ? throw new InvalidInputException(errors) : series;
    }

    private static CsvDataReader Open(TextReader reader, CsvDataReaderOptions options, string name)
    {
        try
        {
            return CsvDataReader.Create(reader, options);
        }
        catch (CsvFormatException e)
        {
            throw new InvalidInputException([new InputError(name, e.RowNumber, null, "is not valid CSV: " + e.Message)]);
        }
    }

    private static int CountLineBreaks(string text) => text.Count(c => c == '\n');

    private static double? ParseTarget(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        result.AddError($"--target must be a number, such as 90 or 0.85 (not '{text}').");
        return null;
    }

    private static int? ParseBaseline(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= SpcCalculator.MinimumBaseline)
        {
            return value;
        }

        result.AddError($"--baseline must be a whole number of at least {SpcCalculator.MinimumBaseline} (not '{text}').");
        return null;
    }

    /// <summary>Periods separated by commas, in one or more <c>--rebase</c> options.</summary>
    private static string[] ParseRebase(ArgumentResult result)
    {
        var periods = result.Tokens
            .SelectMany(t => t.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (periods.Length == 0)
        {
            result.AddError("--rebase needs at least one period.");
        }

        return periods;
    }
}
