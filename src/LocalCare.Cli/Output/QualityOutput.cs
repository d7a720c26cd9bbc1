using System.Globalization;
using LocalCare.Warehouse.Quality;
using Spectre.Console;

namespace LocalCare.Cli.Output;

/// <summary>Prints the data-quality summary: per service, linkage, outcomes, unknown neighbourhoods and date problems.</summary>
public static class QualityOutput
{
    public static void Write(CliContext cli, DataQualitySummary summary)
    {
        if (summary.Services.Count == 0)
        {
            cli.Say("No contacts or referrals imported yet.");
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title($"Data quality at {summary.AsOf.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}")
            .AddColumn("Service")
            .AddColumn(new TableColumn("Contacts").RightAligned())
            .AddColumn(new TableColumn("Linked to a referral").RightAligned())
            .AddColumn(new TableColumn("Past, not outcomed").RightAligned())
            .AddColumn(new TableColumn("Unknown neighbourhood").RightAligned())
            .AddColumn(new TableColumn("Before their referral").RightAligned())
            .AddColumn(new TableColumn("Referrals").RightAligned())
            .AddColumn(new TableColumn("Discharged before received").RightAligned());
        foreach (var service in summary.Services.Append(summary.Total))
        {
            var name = service == summary.Total ? "[bold]All services[/]" : Markup.Escape(service.Service);
            table.AddRow(name, Count(service.Contacts), Share(service.LinkedShare), Count(service.PastNotOutcomed), Count(service.UnknownNeighbourhood),
                Count(service.ContactsBeforeReferral), Count(service.Referrals), Count(service.DischargedBeforeReceived));
        }

        cli.Console.Write(table);
    }

    private static string Count(long value) => ImportReportOutput.Count(value);

    private static string Share(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "-";
}
