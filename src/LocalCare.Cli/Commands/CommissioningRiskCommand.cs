using System.CommandLine;
using System.Globalization;
using LocalCare.Core.Commissioning;
using LocalCare.Data.Commissioning;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare commissioning risk --date YYYY-MM-DD [--format table|json]</c>: every contracted provider's risk rating at the date (commissioning.md).</summary>
public static class CommissioningRiskCommand
{
    public static Command Create(CliContext cli)
    {
        var date = new Option<string>("--date") { Description = "The date to rate at (YYYY-MM-DD)", HelpName = "YYYY-MM-DD", Required = true };
        date.Validators.Add(result =>
        {
            if (!DateOnly.TryParseExact(result.GetValueOrDefault<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--date: '{result.GetValueOrDefault<string>()}' is not a date (YYYY-MM-DD).");
            }
        });
        var format = new Option<string>("--format") { Description = "table (for people) or json (commissioning.md's shape)", HelpName = "FORMAT", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("risk", "Rate every provider with a contract active on the date: score, band, review interval, next review and the reasons.") { date, format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            await session.RequireInitialisedAsync(cancellationToken);
            var at = DateOnly.ParseExact(parseResult.GetValue(date)!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var results = await session.Get<ProviderRisks>().AtAsync(at, cancellationToken);
            if (parseResult.GetValue(format) == "json")
            {
                cli.Say(Json(results));
            }
            else
            {
                Table(cli, results, at);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>commissioning.md's shape: one array ordered by provider code (<see cref="ProviderRiskJson"/>, shared with the web API).</summary>
    public static string Json(IEnumerable<ProviderRiskResult> results) => ProviderRiskJson.Serialize(results);

    private static void Table(CliContext cli, IReadOnlyList<ProviderRiskResult> results, DateOnly at)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"Provider risk at {at:yyyy-MM-dd}")
            .AddColumn("Provider").AddColumn(new TableColumn("Score").RightAligned()).AddColumn("Band").AddColumn(new TableColumn("Review (months)").RightAligned())
            .AddColumn("CQC rating").AddColumn("Last audit").AddColumn("Next review").AddColumn("Overdue");
        foreach (var r in results)
        {
            table.AddRow(
                Markup.Escape(r.ProviderCode), r.Score.ToString(CultureInfo.InvariantCulture), r.Band.ToCode(), r.ReviewMonths.ToString(CultureInfo.InvariantCulture),
                r.CqcRating?.ToCode() ?? "unrated", r.LastAudit?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none",
                r.NextReview.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Overdue ? "yes" : "no");
        }

        cli.Console.Write(table);
        cli.Say($"{results.Count} providers with a contract active on {at:yyyy-MM-dd}: {results.Count(r => r.Band == RiskBand.High)} high, "
            + $"{results.Count(r => r.Band == RiskBand.Medium)} medium, {results.Count(r => r.Band == RiskBand.Low)} low; {results.Count(r => r.Overdue)} reviews overdue.");
    }
}
