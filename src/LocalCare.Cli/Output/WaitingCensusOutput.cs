using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalCare.Core.Generation;
using LocalCare.Core.WaitingLists;
using Spectre.Console;

namespace LocalCare.Cli.Output;

/// <summary>The census per unit as an aligned table, CSV (one row per unit) or JSON.</summary>
public static class WaitingCensusOutput
{
    private static readonly string[] LongWaits = ["over_18_weeks", "over_52_weeks", "over_65_weeks", "over_78_weeks", "over_104_weeks"];

    public static void Table(CliContext cli, YearMonth month, IReadOnlyList<UnitSnapshot> snapshots)
    {
        if (snapshots.Count == 0)
        {
            cli.Say($"Nobody was waiting at the census of {month} ({month.LastDay:yyyy-MM-dd} 23:59:59).");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title($"Waiting at {month.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} 23:59:59")
            .AddColumn("Unit").AddColumn(new TableColumn("Waiting").RightAligned());
        foreach (var band in WaitBands.SitRepBands)
        {
            table.AddColumn(new TableColumn(band.Band + " wk").RightAligned());
        }

        foreach (var heading in new[] { "Mean days", "Median days", "Longest", ">18 wk", ">52 wk", ">65 wk", ">78 wk", ">104 wk" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var unit in snapshots)
        {
            var s = unit.Snapshot;
            table.AddRow([
                Markup.Escape(unit.Unit), Count(s.Total), .. s.Bands.Select(b => Count(b.Waiting)),
                Days(s.MeanDays), Days(s.MedianDays), s.LongestDays?.ToString(CultureInfo.InvariantCulture) ?? "-",
                .. Over(s).Select(Count),
            ]);
        }

        cli.Console.Write(table);
    }

    public static string Csv(IReadOnlyList<UnitSnapshot> snapshots)
    {
        var csv = new StringBuilder("unit,waiting,")
            .Append(string.Join(",", WaitBands.SitRepBands.Select(b => "band_" + b.Band.Replace('-', '_').Replace("+", "_plus", StringComparison.Ordinal))))
            .Append(",mean_days,median_days,longest_days,").Append(string.Join(",", LongWaits)).Append('\n');
        foreach (var unit in snapshots)
        {
            var s = unit.Snapshot;
            csv.Append(CultureInfo.InvariantCulture, $"{unit.Unit},{s.Total},{string.Join(",", s.Bands.Select(b => b.Waiting))},{Number(s.MeanDays)},{Number(s.MedianDays)},{s.LongestDays},{string.Join(",", Over(s))}\n");
        }

        return csv.ToString();
    }

    public static string Json(YearMonth month, IReadOnlyList<UnitSnapshot> snapshots)
    {
        var units = new JsonArray();
        foreach (var unit in snapshots)
        {
            var s = unit.Snapshot;
            var bands = new JsonObject();
            foreach (var band in s.Bands)
            {
                bands[band.Band] = band.Waiting;
            }

            var row = new JsonObject
            {
                ["unit"] = unit.Unit,
                ["name"] = unit.Name,
                ["waiting"] = s.Total,
                ["bands"] = bands,
                ["mean_days"] = s.MeanDays,
                ["median_days"] = s.MedianDays,
                ["longest_days"] = s.LongestDays,
            };
            foreach (var (key, value) in LongWaits.Zip(Over(s)))
            {
                row[key] = value;
            }

            units.Add(row);
        }

        return new JsonObject { ["month"] = month.ToString(), ["census"] = month.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59", ["units"] = units }
            .ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }); // "104+" stays readable
    }

    private static int[] Over(WaitingSnapshot s) => [s.Over18Weeks, s.Over52Weeks, s.Over65Weeks, s.Over78Weeks, s.Over104Weeks];

    private static string Count(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Days(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
