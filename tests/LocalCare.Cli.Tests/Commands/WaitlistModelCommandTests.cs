using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text.Json;
using LocalCare.Cli.Commands;

namespace LocalCare.Cli.Tests.Commands;

public sealed class WaitlistModelCommandTests
{
    /// <summary>NHSRwaitinglist's worked example: 30 a week in, 27 out, 1,200 waiting, a 52-week target.</summary>
    private static readonly string[] Example = ["--demand", "30", "--capacity", "27", "--queue", "1200", "--target-weeks", "52"];

    [Fact]
    public async Task Json_HasTheSpecsKeys_WithEveryDigitAndTheDefaults()
    {
        var run = await RunAsync([.. Example, "--format", "json"]);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(
            ["queue_load", "target_mean_wait", "target_queue_size", "relief_capacity", "target_capacity", "pressure", "regime"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1.1111111111111112, root.GetProperty("queue_load").GetDouble());
        Assert.Equal(13, root.GetProperty("target_mean_wait").GetDouble());
        Assert.Equal(390, root.GetProperty("target_queue_size").GetDouble());
        Assert.Equal(61.15384615384615, root.GetProperty("relief_capacity").GetDouble()); // 30 + (1200 − 390) ÷ 26, time to target 26
        Assert.Equal(30.076923076923077, root.GetProperty("target_capacity").GetDouble()); // cvs 1, factor 4
        Assert.Equal(JsonValueKind.Null, root.GetProperty("pressure").ValueKind);
        Assert.Equal("relief_first", root.GetProperty("regime").GetString());
        Assert.Contains("\"target_queue_size\": 390,", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_EveryOption_IsUsed()
    {
        // Factor 6: target mean wait 52 ÷ 6, target size 30 × 52 ÷ 6 = 260; 2 × 30 × 0.5 ÷ √3600 = 0.5, so relief demand 60:
        // relief 60 + (1200 − 260) ÷ 20 = 107; target capacity 30 + ((0.25 + 4) ÷ 2) × (6 ÷ 52); pressure 2 × 13 ÷ 52.
        var run = await RunAsync([
            .. Example, "--factor", "6", "--cv-demand", "0.5", "--cv-capacity", "2", "--time-to-target", "20", "--referrals", "3,600",
            "--mean-wait", "13", "--format", "json",
        ]);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(52.0 / 6, root.GetProperty("target_mean_wait").GetDouble());
        Assert.Equal(30 * (52.0 / 6), root.GetProperty("target_queue_size").GetDouble());
        Assert.Equal(60 + ((1200 - (30 * (52.0 / 6))) / 20), root.GetProperty("relief_capacity").GetDouble());
        Assert.Equal(30 + ((0.25 + 4) / 2 * (6 / 52.0)), root.GetProperty("target_capacity").GetDouble());
        Assert.Equal(0.5, root.GetProperty("pressure").GetDouble());
        Assert.Equal("relief_first", root.GetProperty("regime").GetString());
    }

    [Fact]
    public async Task NoCapacity_HasANullQueueLoad_AndTheRestOfTheModel()
    {
        string[] paused = ["--demand", "30", "--capacity", "0", "--queue", "1200", "--target-weeks", "52"];

        var json = await RunAsync([.. paused, "--format", "json"]);
        var table = await RunAsync(paused);

        Assert.Equal((0, ""), (json.ExitCode, json.Error));
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("queue_load").ValueKind);
        Assert.Equal(61.15384615384615, root.GetProperty("relief_capacity").GetDouble());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(table.OutLines, l => l.Contains("Queue load", StringComparison.Ordinal) && l.Contains(" - ", StringComparison.Ordinal)
            && l.Contains("Nothing is removed (capacity 0)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_AtMostTwiceTheTargetSize_IsSteady()
    {
        var run = await RunAsync(["--demand", "30", "--capacity", "27", "--queue", "780", "--target-weeks", "52", "--format", "json"]);

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("steady", json.RootElement.GetProperty("regime").GetString());
    }

    [Fact]
    public async Task Table_ShowsEachQuantityItsValueAndItsReading()
    {
        var run = await RunAsync([.. Example, "--mean-wait", "63"]);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var lines = run.OutLines;
        var header = Assert.Single(lines, l => l.TrimStart().StartsWith("Quantity", StringComparison.Ordinal));
        Assert.Equal(["Quantity", "Value", "Reading"], header.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(lines, l => l.Contains("Queue load", StringComparison.Ordinal) && l.Contains(" 1.11 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Relief capacity (a week)", StringComparison.Ordinal) && l.Contains("61.15", StringComparison.Ordinal)
            && l.Contains("brings the list from 1,200 down to 390 in 26 weeks", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Pressure", StringComparison.Ordinal) && l.Contains("2.42", StringComparison.Ordinal) && l.Contains("will breach", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Regime", StringComparison.Ordinal) && l.Contains("relief_first", StringComparison.Ordinal));

        // The values are right-aligned in one column: each ends at the same place.
        (string Row, string Value)[] values =
            [("Queue load", "1.11"), ("Target mean wait", "13"), ("Target queue size", "390"), ("Relief capacity", "61.15"), ("Target capacity", "30.08"), ("Pressure", "2.42")];
        var ends = values.Select(v => lines.Single(l => l.TrimStart().StartsWith(v.Row, StringComparison.Ordinal))).Zip(values, (line, v) => line.IndexOf(v.Value, StringComparison.Ordinal) + v.Value.Length);
        Assert.Single(ends.Distinct());
    }

    [Fact]
    public async Task Referrals_WithoutCvDemand_Warn_AndTakeDemandAsGiven()
    {
        var run = await RunAsync([.. Example, "--referrals", "3600", "--format", "json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["warning: --referrals is used only with --cv-demand: the relief capacity takes the demand as given."], run.ErrorLines);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(61.15384615384615, json.RootElement.GetProperty("relief_capacity").GetDouble());
    }

    [Theory]
    [InlineData("--demand", "-1", "--demand must be a number of 0 or more (not '-1').")]
    [InlineData("--capacity", "-3", "--capacity must be a number of 0 or more (not '-3').")]
    [InlineData("--queue", "many", "--queue must be a number of 0 or more (not 'many').")]
    [InlineData("--target-weeks", "0", "--target-weeks must be a number greater than 0 (not '0').")]
    [InlineData("--factor", "0", "--factor must be a number greater than 0 (not '0').")]
    [InlineData("--cv-demand", "-1", "--cv-demand must be a number of 0 or more (not '-1').")]
    [InlineData("--cv-capacity", "NaN", "--cv-capacity must be a number of 0 or more (not 'NaN').")]
    [InlineData("--time-to-target", "0", "--time-to-target must be a number greater than 0 (not '0').")]
    [InlineData("--referrals", "2.5", "--referrals must be a whole number of 0 or more (not '2.5').")]
    [InlineData("--mean-wait", "-1", "--mean-wait must be a number of 0 or more (not '-1').")]
    public async Task BadNumbers_AreOneLineEach_WithExitCode1(string option, string value, string message)
    {
        var arguments = Example.ToList();
        var at = arguments.IndexOf(option);
        if (at >= 0)
        {
            arguments[at + 1] = value;
        }
        else
        {
            arguments.AddRange([option, value]);
        }

        var run = await RunAsync([.. arguments]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(message, run.ErrorLines[0]);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task MissingRequiredOptionsOrAnUnknownFormat_AreUserErrors()
    {
        var missing = await RunAsync(["--demand", "30", "--capacity", "27"]);
        var format = await RunAsync([.. Example, "--format", "csv"]);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains(missing.ErrorLines, l => l.Contains("--queue", StringComparison.Ordinal));
        Assert.Contains(missing.ErrorLines, l => l.Contains("--target-weeks", StringComparison.Ordinal));
        Assert.Equal(1, format.ExitCode);
        Assert.Contains(format.ErrorLines, l => l.Contains("csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_IsTheModelSubcommand_WithEveryOptionDescribed()
    {
        var command = WaitlistModelCommand.Create(new CliContext(TestCli.ConsoleOn(TextWriter.Null), TextWriter.Null, CliEnvironment.None));

        Assert.Equal("model", command.Name);
        Assert.False(string.IsNullOrWhiteSpace(command.Description));
        Assert.Equal(
            ["--demand", "--capacity", "--queue", "--target-weeks", "--factor", "--cv-demand", "--cv-capacity", "--time-to-target", "--referrals", "--mean-wait", "--format"],
            command.Options.Select(o => o.Name));
        Assert.All(command.Options, o => Assert.False(string.IsNullOrWhiteSpace(o.Description)));
    }

    /// <summary>
    /// Runs <c>localcare waitlist model args...</c> as <see cref="LocalCareCli.RunAsync"/> does (parse errors one per line with exit code 1,
    /// exceptions through <see cref="ExitCodes.Report"/>), on a root holding only this command until the root registers it.
    /// </summary>
    private static async Task<CliRun> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = TestCli.ConsoleOn(output);
        console.Profile.Width = 1024;
        var cli = new CliContext(console, error, CliEnvironment.None);
        var root = new RootCommand("test") { new Command("waitlist", "Waiting lists") { WaitlistModelCommand.Create(cli) } };

        var parseResult = root.Parse(["waitlist", "model", .. args]);
        int exitCode;
        if (parseResult.Errors.Count > 0)
        {
            foreach (var problem in parseResult.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            exitCode = ExitCodes.UserError;
        }
        else
        {
            try
            {
                var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
                exitCode = await parseResult.InvokeAsync(invocation, TestContext.Current.CancellationToken);
            }
            catch (Exception e)
            {
                exitCode = ExitCodes.Report(e, error, debug: false);
            }
        }

        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
