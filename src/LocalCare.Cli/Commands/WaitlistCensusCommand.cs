using System.CommandLine;
using LocalCare.Cli.Output;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.WaitingLists;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare waitlist census --month YYYY-MM [--service CODE] [--format table|csv|json]</c>: who is waiting at a month's census, per unit.</summary>
public static class WaitlistCensusCommand
{
    public static Command Create(CliContext cli)
    {
        var month = MonthOption.Create("--month", "The census month: waiting at its last day, 23:59:59");
        month.Required = true;
        var service = new Option<string?>("--service") { Description = "Only this service's referrals (its code)", HelpName = "CODE" };
        var format = new Option<string>("--format") { Description = "table (for people), csv or json", HelpName = "FORMAT", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("census", "The waiting list at a month's census per unit (LCO, localities, neighbourhoods, services): total, SitRep bands, mean and median days, longest wait, and counts over 18, 52, 65, 78 and 104 weeks.")
        {
            month,
            service,
            format,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            var units = await session.Db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
            var serviceCode = parseResult.GetValue(service);
            if (serviceCode is not null && !units.Any(u => u.Kind == UnitKind.Service && u.Code == serviceCode))
            {
                throw new UserErrorException($"--service: '{serviceCode}' is not a service of the organisation.");
            }

            var census = parseResult.GetValue(month)!.Value;
            var waiting = WaitingCensusQuery.Read(session.Warehouse, census, serviceCode);
            var snapshots = WaitingCensusByUnit.Of(waiting.Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited)), new OrganisationTree(units));
            switch (parseResult.GetValue(format))
            {
                case "json":
                    cli.Say(WaitingCensusOutput.Json(census, snapshots));
                    break;
                case "csv":
                    cli.Console.Profile.Out.Writer.Write(WaitingCensusOutput.Csv(snapshots));
                    break;
                default:
                    WaitingCensusOutput.Table(cli, census, snapshots);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
