using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.WaitingLists;
using Spectre.Console;

namespace LocalCare.Cli.Output;

/// <summary>Simulated scenarios: per scenario a table every 4 weeks of the list and each long wait, then the clearance weeks side by side; or JSON with every week.</summary>
public static class WaitlistSimulationOutput
{
    public static void Table(CliContext cli, ObservedWaitingList observed, double demand, double withdrawal, IReadOnlyList<ScenarioResult> results)
    {
        var first = results[0].Result;
        var withdrawing = withdrawal > 0 ? string.Create(CultureInfo.InvariantCulture, $"; weekly withdrawal probability {withdrawal:0.####}") : "";
        cli.Say(string.Create(CultureInfo.InvariantCulture,
            $"{observed.ServiceCode}: {observed.Waiting.Count:#,0} waiting at the {observed.Census} census; demand {demand:0.##} a week{withdrawing}; {first.Replications} replications, seed {first.Seed}. Median [10th-90th percentile]."));
        // One table per scenario: the list and every long wait the spec follows, each week side by side, would be too wide to read.
        foreach (var scenario in results)
        {
            var table = new Table().Border(TableBorder.Simple)
                .Title(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: {scenario.Capacity:0.##} removals a week")))
                .AddColumn(new TableColumn("Week").RightAligned())
                .AddColumn(new TableColumn("Waiting").RightAligned());
            foreach (var weeks in WaitingListSimulator.LongWaitWeeks)
            {
                table.AddColumn(new TableColumn($">{weeks} wk").RightAligned());
            }

            foreach (var week in scenario.Result.Weeks.Where(w => w.Week % 4 == 0 || w.Week == first.Weeks[^1].Week))
            {
                table.AddRow([
                    week.Week.ToString(CultureInfo.InvariantCulture),
                    .. new[] { week.QueueSize, week.Over18Weeks, week.Over52Weeks, week.Over65Weeks, week.Over78Weeks }.Select(Range).Select(Markup.Escape),
                ]);
            }

            cli.Console.Write(table);
        }

        var clearance = new Table().Border(TableBorder.Simple).Title("Week the long waits first reach 0").AddColumn("Scenario");
        foreach (var weeks in WaitingListSimulator.LongWaitWeeks)
        {
            clearance.AddColumn(new TableColumn($">{weeks} wk").RightAligned());
        }

        foreach (var scenario in results)
        {
            clearance.AddRow([Markup.Escape(scenario.Name), .. scenario.Result.Clearances.Select(Clears).Select(Markup.Escape)]);
        }

        cli.Console.Write(clearance);
    }

    public static string Json(ObservedWaitingList observed, double demand, double withdrawal, IReadOnlyList<ScenarioResult> results)
    {
        var scenarios = new JsonArray();
        foreach (var scenario in results)
        {
            var weeks = new JsonArray();
            foreach (var week in scenario.Result.Weeks)
            {
                weeks.Add(new JsonObject
                {
                    ["week"] = week.Week,
                    ["queue_size"] = RangeJson(week.QueueSize),
                    ["over_18_weeks"] = RangeJson(week.Over18Weeks),
                    ["over_52_weeks"] = RangeJson(week.Over52Weeks),
                    ["over_65_weeks"] = RangeJson(week.Over65Weeks),
                    ["over_78_weeks"] = RangeJson(week.Over78Weeks),
                });
            }

            var clearances = new JsonArray();
            foreach (var c in scenario.Result.Clearances)
            {
                clearances.Add(new JsonObject { ["over_weeks"] = c.OverWeeks, ["p10"] = c.P10, ["median"] = c.Median, ["p90"] = c.P90, ["cleared"] = c.Cleared });
            }

            scenarios.Add(new JsonObject { ["name"] = scenario.Name, ["capacity"] = scenario.Capacity, ["weeks"] = weeks, ["clearance"] = clearances });
        }

        return new JsonObject
        {
            ["service"] = observed.ServiceCode,
            ["census"] = observed.Census.ToString(),
            ["waiting"] = observed.Waiting.Count,
            ["demand"] = demand,
            ["withdrawal"] = withdrawal,
            ["replications"] = results[0].Result.Replications,
            ["seed"] = results[0].Result.Seed,
            ["scenarios"] = scenarios,
        }.ToJsonString(new JsonSerializerOptions());
    }

    private static JsonObject RangeJson(SimulatedRange range) => new() { ["p10"] = range.P10, ["median"] = range.Median, ["p90"] = range.P90 };

    private static string Range(SimulatedRange range) =>
        string.Create(CultureInfo.InvariantCulture, $"{range.Median:#,0.#} [{range.P10:#,0.#}-{range.P90:#,0.#}]");

    private static string Clears(ClearanceWeek clearance) =>
        clearance.Median is { } median ? string.Create(CultureInfo.InvariantCulture, $"{median:0.#} [{clearance.P10:0.#}-{(clearance.P90 is { } p90 ? p90.ToString("0.#", CultureInfo.InvariantCulture) : "later")}]") : "not within the horizon";
}
