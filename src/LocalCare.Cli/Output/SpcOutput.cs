using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalCare.Core.Spc;
using Spectre.Console;

namespace LocalCare.Cli.Output;

/// <summary>Prints an SPC chart: the JSON shape of spc.md, or a table of the points with the mean, limits and icons for people.</summary>
public static class SpcOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// <c>{"points": [{"period", "value", "mean", "lpl", "upl", "label", "point_type"}], "mean", "lpl", "upl", "variation", "assurance", "warnings"}</c>,
    /// numbers as the shortest text that reads back as the same double, so they can be compared with R to the last digit.
    /// </summary>
    public static void WriteJson(CliContext cli, SpcResult result) =>
        cli.Say(JsonSerializer.Serialize(SpcJson.From(result), Indented));

    /// <summary>The points as an aligned table, then the latest group's mean and limits and the two icons in words; warnings go to stderr.</summary>
    public static void WriteTable(CliContext cli, SpcResult result, SpcOptions options)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Period")
            .AddColumn(new TableColumn("Value").RightAligned())
            .AddColumn(new TableColumn("Mean").RightAligned())
            .AddColumn(new TableColumn("LPL").RightAligned())
            .AddColumn(new TableColumn("UPL").RightAligned())
            .AddColumn("Label")
            .AddColumn("Point type");
        foreach (var point in result.Points)
        {
            table.AddRow(
                Markup.Escape(point.Period), Number(point.Value), Number(point.Mean), Number(point.Lpl), Number(point.Upl),
                point.Label.ToText(), point.PointType.ToText());
        }

        cli.Console.Write(table);
        cli.Say($"Improvement: {options.Improvement.ToCode()}{(options.Target is { } t ? $"; target {Number(t)}" : "")}");
        var group = result.Points.Any(p => p.Group > 0) ? " (latest group)" : "";
        cli.Say(result.Lpl is null
            ? $"Mean: {Number(result.Mean)}; no process limits (they need 2 points){group}"
            : $"Mean: {Number(result.Mean)}; process limits: {Number(result.Lpl)} to {Number(result.Upl)}{group}");
        cli.Say(result.Variation is { } variation ? $"Variation: {variation.ToText()} ({variation.ToCode()})" : "Variation: none (no values)");
        cli.Say(result.Assurance is { } assurance
            ? $"Assurance: {assurance.ToText()} ({assurance.ToCode()})"
            : $"Assurance: none ({(options.Target is null ? "no target" : options.Improvement == ImprovementDirection.Neither ? "improvement is neither" : "no values")})");
        foreach (var warning in result.Warnings)
        {
            cli.Warn(warning);
        }
    }

    /// <summary>Every digit: the shortest text that reads back as the same double; "-" for none.</summary>
    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "-";

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name); // none, or beyond what JSON numbers can say (an overflowing range of huge values)
        }
    }
}
