using System.Text.Json;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare waitlist simulate</c> from a census of a small demo organisation.</summary>
public sealed class WaitlistSimulateCommandTests
{
    [Fact]
    public async Task Simulate_AsJson_GivesEachScenarioWeekByWeek_AndTheSameSeedGivesTheSameResults()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        string[] args = ["waitlist", "simulate", "--service", "PODIATRY", "--from-census", "2026-10", "--weeks", "8", "--capacity", "3", "--replications", "50", "--seed", "7", "--format", "json"];

        var first = await cli.RunAsync(args);
        var again = await cli.RunAsync(args);
        var otherSeed = await cli.RunAsync([.. args[..^4], "--seed", "8", "--format", "json"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Out, again.Out);
        Assert.NotEqual(first.Out, otherSeed.Out);
        var root = JsonDocument.Parse(first.Out).RootElement;
        Assert.Equal(("PODIATRY", "2026-10", 50, 7), (root.GetProperty("service").GetString(), root.GetProperty("census").GetString(), root.GetProperty("replications").GetInt32(), root.GetProperty("seed").GetInt32()));
        var scenarios = root.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(["current", "target", "relief", "user"], scenarios.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(3, scenarios[3].GetProperty("capacity").GetDouble());
        var weeks = scenarios[0].GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(0, 9), weeks.Select(w => w.GetProperty("week").GetInt32()));
        var waiting = root.GetProperty("waiting").GetInt32();
        Assert.All(scenarios, s => Assert.Equal(waiting, s.GetProperty("weeks")[0].GetProperty("queue_size").GetProperty("median").GetDouble()));
        Assert.Equal([18, 52, 65, 78], scenarios[0].GetProperty("clearance").EnumerateArray().Select(c => c.GetProperty("over_weeks").GetInt32()));
    }

    [Fact]
    public async Task Simulate_WithAWithdrawalProbability_SaysSo_AndACertainWithdrawalEmptiesTheListEachWeek()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        string[] args = ["waitlist", "simulate", "--service", "PODIATRY", "--from-census", "2026-10", "--weeks", "4", "--replications", "20"];

        var some = await cli.RunAsync([.. args, "--withdrawal", "0.1", "--format", "json"]);
        var none = await cli.RunAsync([.. args, "--format", "json"]);
        var all = await cli.RunAsync([.. args, "--withdrawal", "1", "--format", "json"]);
        var table = await cli.RunAsync([.. args, "--withdrawal", "0.1"]);

        Assert.Equal(0, some.ExitCode);
        Assert.Equal((0.1, 0.0), (JsonDocument.Parse(some.Out).RootElement.GetProperty("withdrawal").GetDouble(), JsonDocument.Parse(none.Out).RootElement.GetProperty("withdrawal").GetDouble()));
        Assert.NotEqual(Week4(some.Out), Week4(none.Out));
        Assert.All(JsonDocument.Parse(all.Out).RootElement.GetProperty("scenarios").EnumerateArray(),
            s => Assert.All(s.GetProperty("weeks").EnumerateArray().Skip(1), w => Assert.Equal(0, w.GetProperty("queue_size").GetProperty("p90").GetDouble())));
        Assert.Contains("; weekly withdrawal probability 0.1;", table.OutLines[0], StringComparison.Ordinal);

        static double[] Week4(string json) => [.. JsonDocument.Parse(json).RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("weeks")[4].GetProperty("queue_size").GetProperty("median").GetDouble())];
    }

    [Fact]
    public async Task Simulate_AsTable_HasATablePerScenario_WithTheListAndEveryLongWaitEveryFourWeeks()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync("waitlist", "simulate", "--service", "PODIATRY", "--from-census", "2026-10", "--weeks", "9", "--capacity", "3", "--replications", "20");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var titles = run.OutLines.Where(l => l.Contains(" removals a week", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal(["current", "target", "relief", "user"], titles.Select(t => t.Split(':')[0]));
        Assert.Equal("user: 3 removals a week", titles[3]);
        var headers = run.OutLines.Where(l => l.Contains("Waiting", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, headers.Count);
        Assert.All(headers, h => Assert.Matches(@"Week +Waiting +>18 wk +>52 wk +>65 wk +>78 wk", h.Replace("│", " ", StringComparison.Ordinal)));

        // Weeks 0, 4, 8 and the last, 9, in each scenario's table.
        var weekRows = run.OutLines.Select(l => l.Replace("│", " ", StringComparison.Ordinal).Trim()).Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+ +\d")).Select(l => l.Split(' ')[0]);
        Assert.Equal(string.Join(' ', Enumerable.Repeat("0 4 8 9", 4)), string.Join(' ', weekRows));
    }

    [Fact]
    public async Task Simulate_ClosedToReferrals_ComparesEveryScenario_AndTheCurrentCapacityOnlyShrinksTheList()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync("waitlist", "simulate", "--service", "PODIATRY", "--from-census", "2026-10", "--weeks", "6", "--demand", "0", "--capacity", "0",
            "--replications", "10", "--format", "json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var root = JsonDocument.Parse(run.Out).RootElement;
        var scenarios = root.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(["current", "target", "relief", "user"], scenarios.Select(s => s.GetProperty("name").GetString()));
        var waiting = root.GetProperty("waiting").GetInt32();
        Assert.True(waiting > 0);

        // No referrals: each week's list is at most the last; the user's capacity of 0 removes no one, so the census list stands.
        var current = Medians(scenarios[0]);
        Assert.All(current.Zip(current.Skip(1)), pair => Assert.True(pair.Second <= pair.First));
        Assert.All(Medians(scenarios[3]), size => Assert.Equal(waiting, size));

        static double[] Medians(JsonElement scenario) =>
            [.. scenario.GetProperty("weeks").EnumerateArray().Select(w => w.GetProperty("queue_size").GetProperty("median").GetDouble())];
    }

    [Theory]
    [InlineData(new[] { "waitlist", "simulate", "--service", "PODIATRY", "--from-census", "2026-10", "--weeks", "8", "--withdrawal", "1.5" }, "--withdrawal must be a probability from 0 to 1, such as 0.01 (not '1.5').")]
    [InlineData(new[] { "waitlist", "simulate", "--service", "NOPE", "--from-census", "2026-10", "--weeks", "8" }, "--service: 'NOPE' is not a service of the organisation.")]
    [InlineData(new[] { "waitlist", "simulate", "--service", "PODIATRY", "--from-census", "2026-10", "--weeks", "0" }, "--weeks must be a whole number from 1 to 520 (not '0').")]
    [InlineData(new[] { "waitlist", "simulate", "--service", "PODIATRY", "--from-census", "2026-10", "--weeks", "8", "--capacity", "-1" }, "--capacity must be a number of 0 or more (not '-1').")]
    public async Task Mistakes_AreOneLine_AndExit1(string[] args, string expected)
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.ErrorLines[0]);
    }
}
