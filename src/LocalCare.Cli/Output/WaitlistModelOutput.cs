using System.Text;
using System.Text.Json;
using LocalCare.Core.WaitingLists;
using Spectre.Console;

namespace LocalCare.Cli.Output;

/// <summary>Prints the waiting-list model: waiting-lists.md's JSON keys, or a table of each quantity with its reading for people.</summary>
public static class WaitlistModelOutput
{
    /// <summary>
    /// <c>{"queue_load", "target_mean_wait", "target_queue_size", "relief_capacity", "target_capacity", "pressure", "regime"}</c>, numbers as the
    /// shortest text that reads back as the same double (to compare with R to the last digit), pressure null without a mean wait, queue_load null when the capacity is 0.
    /// </summary>
    public static void WriteJson(CliContext cli, WaitingListModelResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            if (result.QueueLoad is { } queueLoad)
            {
                json.WriteNumber("queue_load", queueLoad);
            }
            else
            {
                json.WriteNull("queue_load"); // capacity 0: demand ÷ 0 has no number (R gives Inf, which JSON cannot hold)
            }

            json.WriteNumber("target_mean_wait", result.TargetMeanWait);
            json.WriteNumber("target_queue_size", result.TargetQueueSize);
            json.WriteNumber("relief_capacity", result.ReliefCapacity);
            json.WriteNumber("target_capacity", result.TargetCapacity);
            if (result.Pressure is { } pressure)
            {
                json.WriteNumber("pressure", pressure);
            }
            else
            {
                json.WriteNull("pressure");
            }

            json.WriteString("regime", result.Regime.ToCode());
            json.WriteEndObject();
        }

        cli.Say(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>One row per quantity: its name, its value (at most two decimals) and what it means.</summary>
    public static void WriteTable(CliContext cli, WaitingListModelResult result)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Quantity")
            .AddColumn(new TableColumn("Value").RightAligned())
            .AddColumn("Reading");
        var readings = result.Readings;
        Row(table, "Queue load", result.QueueLoad is { } load ? N(load) : "-", readings.QueueLoad);
        Row(table, "Target mean wait (weeks)", N(result.TargetMeanWait), readings.TargetMeanWait);
        Row(table, "Target queue size", N(result.TargetQueueSize), readings.TargetQueueSize);
        Row(table, "Relief capacity (a week)", N(result.ReliefCapacity), readings.ReliefCapacity);
        Row(table, "Target capacity (a week)", N(result.TargetCapacity), readings.TargetCapacity);
        Row(table, "Pressure", result.Pressure is { } p ? N(p) : "-", readings.Pressure);
        Row(table, "Regime", result.Regime.ToCode(), readings.Regime);
        cli.Console.Write(table);
    }

    private static void Row(Table table, string quantity, string value, string reading) =>
        table.AddRow(Markup.Escape(quantity), Markup.Escape(value), Markup.Escape(reading));

    private static string N(double value) => WaitingListReadings.N(value);
}
