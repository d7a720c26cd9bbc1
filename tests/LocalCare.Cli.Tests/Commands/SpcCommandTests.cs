using System.Text.Json;

namespace LocalCare.Cli.Tests.Commands;

public sealed class SpcCommandTests
{
    private const string NothingStored = "Nothing was stored.";

    /// <summary>Two years of a percentage metric: a run below the mean, then a rise.</summary>
    private static readonly double[] CrisisResponse =
    [
        82.4, 85.1, 79.8, 83.3, 86.7, 81.2, 84.9, 80.6, 83.8, 85.5, 78.9, 84.2,
        86.1, 87.4, 88.9, 86.8, 89.5, 90.2, 88.7, 91.3, 89.9, 92.4, 90.8, 93.1,
    ];

    /// <summary>12 months alternating 10 and 11 (mean 10.5, AMR 1, limits 7.84 and 13.16), March without a value.</summary>
    private const string Alternating =
        "period,value\n2024-01,10\n2024-02,11\n2024-03,\n2024-04,10\n2024-05,11\n2024-06,10\n2024-07,11\n" +
        "2024-08,10\n2024-09,11\n2024-10,10\n2024-11,11\n2024-12,10\n2025-01,11\n";

    [Fact]
    public async Task Json_HasSpcMdsShape_WithPlainNumbersAndSkippedNulls()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", Alternating);

        var run = await cli.RunAsync("spc", file, "--improvement", "increase", "--target", "20", "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["points", "mean", "lpl", "upl", "variation", "assurance", "warnings"], root.EnumerateObject().Select(p => p.Name));
        var points = root.GetProperty("points");
        Assert.Equal(12, points.GetArrayLength());
        Assert.Equal(["period", "value", "mean", "lpl", "upl", "label", "point_type"], points[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["2024-01", "2024-02", "2024-04"], points.EnumerateArray().Take(3).Select(p => p.GetProperty("period").GetString()));
        var second = points[1];
        Assert.Equal((11, 10.5, 7.84, 13.16), (second.GetProperty("value").GetDouble(), second.GetProperty("mean").GetDouble(), second.GetProperty("lpl").GetDouble(), second.GetProperty("upl").GetDouble()));
        Assert.Equal(("common_cause", "common_cause"), (second.GetProperty("label").GetString(), second.GetProperty("point_type").GetString()));
        Assert.Equal((10.5, 7.84, 13.16), (root.GetProperty("mean").GetDouble(), root.GetProperty("lpl").GetDouble(), root.GetProperty("upl").GetDouble()));
        Assert.Equal(("common_cause", "consistent_fail"), (root.GetProperty("variation").GetString(), root.GetProperty("assurance").GetString()));
        Assert.Equal(0, root.GetProperty("warnings").GetArrayLength());
        Assert.Contains("\"lpl\": 7.84,", run.Out, StringComparison.Ordinal); // a plain number, not a string or 7.8399999999999999
    }

    [Fact]
    public async Task Json_NumbersAreEveryDigit_MatchingNHSRplotthedots()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("crisis.csv", "period,value\n" + string.Join('\n', CrisisResponse.Select((v, i) => FormattableString.Invariant($"{2023 + (i / 12)}-{(i % 12) + 1:00},{v}"))));

        var run = await cli.RunAsync("spc", file, "--improvement", "increase", "--target", "90", "--format", "json");

        // From R 4.2.2 running NHSRplotthedots' arithmetic on the same series (sprintf("%.17g")).
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal((86.3125, 78.52910869565217, 94.09589130434783), (root.GetProperty("mean").GetDouble(), root.GetProperty("lpl").GetDouble(), root.GetProperty("upl").GetDouble()));
        Assert.Contains("\"upl\": 94.09589130434783", run.Out, StringComparison.Ordinal);
        Assert.Equal(("improvement_high", "inconsistent"), (root.GetProperty("variation").GetString(), root.GetProperty("assurance").GetString()));
        Assert.Equal("shift_below", root.GetProperty("points")[5].GetProperty("label").GetString());
        Assert.Equal("special_cause_concern", root.GetProperty("points")[5].GetProperty("point_type").GetString());
    }

    [Fact]
    public async Task Json_OnePoint_HasNullLimitsAndAssurance_AndAWarning()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("one.csv", "period,value\n2024-01,5\n");

        var run = await cli.RunAsync("spc", file, "--improvement", "neither", "--target", "4", "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("lpl").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("upl").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("points")[0].GetProperty("upl").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("assurance").ValueKind);
        Assert.Equal(5, root.GetProperty("mean").GetDouble());
        Assert.Equal(
            ["The series has only 1 point: it has no process limits (limits need 2 points, and 12 to be reliable)."],
            root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Json_WithBaselineRebaseAndNoScreen_UsesThem()
    {
        using var cli = new TestCli();
        // 14 values: a baseline of 12 alternating 11 and 9 (mean 10, AMR 2), then two 100s; then a new group from p15.
        var values = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? 11 : 9).Concat([100, 100, 20, 22, 20, 22, 20, 60]);
        var file = cli.WriteInput("series.csv", "PERIOD,Value\n" + string.Join('\n', values.Select((v, i) => $"p{i + 1},{v}")));

        var run = await cli.RunAsync("spc", file, "--improvement", "decrease", "--baseline", "12", "--rebase", "p15", "--no-screen", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var points = json.RootElement.GetProperty("points");
        Assert.Equal((10, 15.32), (points[12].GetProperty("mean").GetDouble(), points[12].GetProperty("upl").GetDouble()));
        Assert.Equal(("above_upl", "special_cause_concern"), (points[12].GetProperty("label").GetString(), points[12].GetProperty("point_type").GetString()));

        // The latest group is 20, 22, 20, 22, 20, 60 (shorter than the baseline, so all of it): mean 164 / 6. Unscreened, the
        // 20 → 60 range counts: moving ranges 2, 2, 2, 2, 40 give AMR 9.6 (screening would drop the 40: 40 >= 3.267 × 9.6).
        Assert.Equal(27.333333333333332, json.RootElement.GetProperty("mean").GetDouble());
        Assert.Equal(52.86933333333333, json.RootElement.GetProperty("upl").GetDouble());
        Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Table_ShowsThePointsTheLimitsAndTheIconsInWords_AndWarnsOnStderr()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", "period,value\n2024-01,10\n2024-02,11\n2024-03,10\n2024-04,11\n2024-05,10\n2024-06,11\n2024-07,10\n2024-08,11\n2024-09,10\n2024-10,11\n2024-11,20\n");

        var run = await cli.RunAsync("spc", file, "--improvement", "decrease", "--target", "5");

        Assert.Equal(0, run.ExitCode);
        var lines = run.OutLines;
        var header = Assert.Single(lines, l => l.TrimStart().StartsWith("Period", StringComparison.Ordinal));
        Assert.Equal(["Period", "Value", "Mean", "LPL", "UPL", "Label", "Point", "type"], header.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        // Mean 125 / 11; moving ranges nine of 1 and one of 9 (AMR 1.8; 9 >= 5.8806 is screened out), so AMR 1: limits 125 / 11 ± 2.66.
        var last = Assert.Single(lines, l => l.TrimStart().StartsWith("2024-11", StringComparison.Ordinal));
        Assert.Equal(
            ["2024-11", "20", "11.363636363636363", "8.703636363636363", "14.023636363636363", "Above", "the", "upper", "process", "limit", "Special", "cause:", "concern"],
            last.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            [
                "Improvement: decrease; target 5",
                "Mean: 11.363636363636363; process limits: 8.703636363636363 to 14.023636363636363",
                "Variation: Special cause concern (high) (concern_high)",
                "Assurance: Will consistently fail the target (consistent_fail)",
            ],
            lines.TakeLast(4));
        Assert.Equal(["warning: The series has only 11 points: its limits are trial limits, not yet reliable (12 or more points are needed)."], run.ErrorLines);
    }

    [Fact]
    public async Task Help_DescribesTheCommand()
    {
        using var cli = new TestCli();

        var run = await cli.RunRawAsync("spc", "--help");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("Making Data Count", run.Out, StringComparison.Ordinal);
        Assert.All(["--improvement", "--target", "--baseline", "--rebase", "--no-screen", "--format"], o => Assert.Contains(o, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Spc_NeedsNoDataDirectory()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", Alternating);

        var run = await cli.RunAsync("spc", file, "--improvement", "neither");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Assurance: none (no target)", run.OutLines);
        Assert.False(Directory.Exists(cli.DataDirectory));
    }

    [Fact]
    public async Task Spc_AnUnusedColumn_IsIgnoredWithAWarning()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", "Period,Note,VALUE\n2024-01,a,1\n2024-02,b,2\n");

        var run = await cli.RunAsync("spc", file, "--improvement", "increase", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["warning: series.csv:1: column 'Note' is not used and was ignored"], run.ErrorLines);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1.5, json.RootElement.GetProperty("mean").GetDouble());
    }

    [Theory]
    [InlineData("period,value\n2024-01,1\n2024-02,abc\n", "series.csv:3: value: 'abc' is not a number")]
    [InlineData("period,value\n2024-01,1\n2024-02,1,5\n", "series.csv:3: has 3 fields but the header has 2 (write decimals with a point, or quote a value that has a comma)")]
    [InlineData("period,value\n2024-01,NaN\n2024-02,1\n", "series.csv:2: value: 'NaN' is not a finite number")]
    [InlineData("period,value\n2024-01,1e999\n2024-02,1\n", "series.csv:2: value: '1e999' is not a finite number")]
    [InlineData("period,value\n2024-01,1\n2024-02,2\n2024-01,3\n", "series.csv:4: period: '2024-01' is already on line 2; periods must be unique")]
    [InlineData("period,value\n2024-01,1\n,2\n", "series.csv:3: period: is empty; every row needs a period")]
    [InlineData("period,amount\n2024-01,1\n", "series.csv:1: the header has no 'value' column (expected 'period,value')")]
    [InlineData("value,period,Value\n1,2024-01,1\n", "series.csv:1: the header has the 'value' column 2 times")]
    [InlineData("", "series.csv: is empty; expected the header 'period,value'")]
    [InlineData("period,value\n2024-01,\n2024-02,\n", "series.csv: has no values to chart")]
    [InlineData("period,value\n2024-01,1\n\"2024-02,2\n", "series.csv:3: is not valid CSV: A quoted field at the end of the input ends without a closing quote.")]
    public async Task Spc_BadInput_IsOneLinePerProblem_ExitCode1(string content, string error)
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", content);

        var run = await cli.RunAsync("spc", file, "--improvement", "increase");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([error, NothingStored], run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Spc_SeveralProblems_AreAllReportedInFileOrder()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", "period,value\n2024-01,x\n\n2024-02,1\n2024-02,2\n,\"3,5\"\n");

        var run = await cli.RunAsync("spc", file, "--improvement", "increase");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "series.csv:2: value: 'x' is not a number",
                "series.csv:5: period: '2024-02' is already on line 4; periods must be unique",
                "series.csv:6: period: is empty; every row needs a period",
                "series.csv:6: value: '3,5' is not a number",
                NothingStored,
            ],
            run.ErrorLines);
    }

    [Theory]
    [InlineData("Option '--improvement' is required.")]
    [InlineData("Argument 'up' not recognized. Must be one of:\n\t'increase'\n\t'decrease'\n\t'neither'", "--improvement", "up")]
    [InlineData("--target must be a number, such as 90 or 0.85 (not 'ninety').", "--improvement", "increase", "--target", "ninety")]
    [InlineData("--baseline must be a whole number of at least 12 (not '11').", "--improvement", "increase", "--baseline", "11")]
    [InlineData("--baseline must be a whole number of at least 12 (not '12.5').", "--improvement", "increase", "--baseline", "12.5")]
    [InlineData("--rebase needs at least one period.", "--improvement", "increase", "--rebase", ",")]
    public async Task Spc_BadOption_IsAUsageError_ExitCode1(string error, params string[] options)
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", Alternating);

        var run = await cli.RunAsync(["spc", file, .. options]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([.. error.Split('\n'), "Run 'localcare spc --help' for usage."], run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Spc_AMissingFile_IsAUsageError()
    {
        using var cli = new TestCli();
        var file = Path.Combine(cli.InputDirectory, "missing.csv");

        var run = await cli.RunAsync("spc", file, "--improvement", "increase");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"missing.csv: file not found: {file}", "Run 'localcare spc --help' for usage."], run.ErrorLines);
    }

    [Fact]
    public async Task Spc_AnUnknownRebasePeriod_IsAUserError()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", Alternating);

        var run = await cli.RunAsync("spc", file, "--improvement", "increase", "--rebase", "2024-06, 2024-13,2025-13");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["--rebase: '2024-13', '2025-13' are not periods in series.csv."], run.ErrorLines);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Spc_RebaseInSeveralOptions_AreAllUsed()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("series.csv", Alternating);

        var run = await cli.RunAsync("spc", file, "--improvement", "increase", "--rebase", "2024-05", "--rebase", "2024-09", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(["2024-09", "2024-10", "2024-11", "2024-12", "2025-01"], json.RootElement.GetProperty("points").EnumerateArray().Skip(7).Select(p => p.GetProperty("period").GetString()));

        // The latest group: 11, 10, 11, 10, 11: mean 53 / 5 = 10.6, AMR 1.
        Assert.Equal((10.6, 13.26), (json.RootElement.GetProperty("mean").GetDouble(), json.RootElement.GetProperty("upl").GetDouble()));
    }
}
