using System.CommandLine;
using System.Text.Json;
using LocalCare.Cli.Output;
using LocalCare.Core.Time;
using LocalCare.Warehouse.Quality;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare quality [--format table|json]</c>: the data-quality summary of what has been imported.</summary>
public static class QualityCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format")
        {
            Description = "table (for people) or json",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("quality", "Show the data-quality summary: the latest import's rows and rejects, and per service contacts linked to a referral, past appointments not outcomed, unknown neighbourhoods, contacts before their referral and referrals discharged before received.")
        {
            format,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            var summary = DataQuality.Summarise(session.Warehouse, UkTime.Now(session.Get<TimeProvider>()));
            if (parseResult.GetValue(format) == "json")
            {
                cli.Say(JsonSerializer.Serialize(summary, Json));
                return ExitCodes.Success;
            }

            if (summary.LatestImport is { } latest)
            {
                cli.Say($"Latest import: {latest.ImportId} by {latest.User} at {latest.StartedAt:yyyy-MM-dd HH:mm}: {latest.Status}");
                foreach (var file in latest.Files)
                {
                    cli.Say($"  {file.File}: {ImportReportOutput.Count(file.RowsRead)} read, {ImportReportOutput.Count(file.RowsStored)} stored, {ImportReportOutput.Count(file.RowsRejected)} rejected");
                }

                foreach (var rejects in latest.Rejects)
                {
                    cli.Say($"  rejected in {rejects.File}: {rejects.Column ?? "-"} {rejects.Rule}: {ImportReportOutput.Count(rejects.Rows)}");
                }
            }

            QualityOutput.Write(cli, summary);
            return ExitCodes.Success;
        });
        return command;
    }
}
