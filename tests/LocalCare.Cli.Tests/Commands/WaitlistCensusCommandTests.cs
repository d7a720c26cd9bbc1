using System.Text.Json;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare waitlist census</c> over a small demo organisation.</summary>
public sealed class WaitlistCensusCommandTests
{
    [Fact]
    public async Task Census_AsJson_AgreesWithTheWaitingMetrics_AndItsBandsAddUp()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var census = await cli.RunAsync("waitlist", "census", "--month", "2026-10", "--format", "json");
        var size = await cli.RunAsync("metrics", "--metric", "waiting-list-size", "--unit", "lco", "--from", "2026-10", "--to", "2026-10", "--format", "json");
        var over52 = await cli.RunAsync("metrics", "--metric", "waiting-over-52-weeks", "--unit", "lco", "--from", "2026-10", "--to", "2026-10", "--format", "json");

        Assert.Equal(0, census.ExitCode);
        var root = JsonDocument.Parse(census.Out).RootElement;
        Assert.Equal(("2026-10", "2026-10-31T23:59:59"), (root.GetProperty("month").GetString(), root.GetProperty("census").GetString()));
        var lco = root.GetProperty("units")[0];
        Assert.Equal("lco", lco.GetProperty("unit").GetString());
        var waiting = lco.GetProperty("waiting").GetInt32();
        Assert.True(waiting > 0);
        Assert.Equal(waiting, lco.GetProperty("bands").EnumerateObject().Sum(b => b.Value.GetInt32()));
        Assert.Equal(["0-1", "1-2", "2-4", "4-12", "12-18", "18-52", "52-104", "104+"], lco.GetProperty("bands").EnumerateObject().Select(b => b.Name));
        Assert.Equal(JsonDocument.Parse(size.Out).RootElement[0].GetProperty("value").GetDouble(), waiting);
        Assert.Equal(JsonDocument.Parse(over52.Out).RootElement[0].GetProperty("value").GetDouble(), lco.GetProperty("over_52_weeks").GetInt32());
        Assert.Contains(root.GetProperty("units").EnumerateArray(), u => u.GetProperty("unit").GetString()!.StartsWith("locality:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Census_AsTableAndCsv_HasOneRowPerUnit()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var table = await cli.RunAsync("waitlist", "census", "--month", "2026-10");
        var csv = await cli.RunAsync("waitlist", "census", "--month", "2026-10", "--format", "csv");

        Assert.Contains(table.OutLines, l => l.TrimStart().StartsWith("lco ", StringComparison.Ordinal));
        Assert.Equal("unit,waiting,band_0_1,band_1_2,band_2_4,band_4_12,band_12_18,band_18_52,band_52_104,band_104_plus,mean_days,median_days,longest_days,over_18_weeks,over_52_weeks,over_65_weeks,over_78_weeks,over_104_weeks", csv.OutLines[0]);
        Assert.StartsWith("lco,", csv.OutLines[1], StringComparison.Ordinal);
        Assert.Equal(csv.OutLines.Count - 1, table.OutLines.Count(l => l.TrimStart().StartsWith("lco ", StringComparison.Ordinal) || l.Contains(':', StringComparison.Ordinal) && !l.Contains("23:59", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Census_ForOneService_CountsOnlyItsReferrals()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var all = await cli.RunAsync("waitlist", "census", "--month", "2026-10", "--format", "json");
        var podiatry = await cli.RunAsync("waitlist", "census", "--month", "2026-10", "--service", "PODIATRY", "--format", "json");

        Assert.Equal(0, podiatry.ExitCode);
        var everyUnit = JsonDocument.Parse(all.Out).RootElement.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!, u => u.GetProperty("waiting").GetInt32());
        var units = JsonDocument.Parse(podiatry.Out).RootElement.GetProperty("units").EnumerateArray().ToList();
        var services = units.Select(u => u.GetProperty("unit").GetString()!).Where(u => u.StartsWith("service:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["service:PODIATRY"], services);
        var lco = units.Single(u => u.GetProperty("unit").GetString() == "lco").GetProperty("waiting").GetInt32();
        Assert.Equal(everyUnit["service:PODIATRY"], lco);
        Assert.True(lco > 0 && lco < everyUnit["lco"], $"PODIATRY has {lco} of the LCO's {everyUnit["lco"]} waiting");
    }

    [Theory]
    [InlineData(new[] { "waitlist", "census", "--month", "2026-10", "--service", "NOPE" }, "--service: 'NOPE' is not a service of the organisation.")]
    [InlineData(new[] { "waitlist", "census" }, "Option '--month' is required.")]
    public async Task Mistakes_AreOneLine_AndExit1(string[] args, string expected)
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.ErrorLines[0]);
    }
}
