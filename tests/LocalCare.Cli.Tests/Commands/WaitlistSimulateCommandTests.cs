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

    [Theory]
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
