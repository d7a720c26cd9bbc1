using LocalCare.Data;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Quality;
using LocalCare.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Data;

/// <summary>How good the warehouse's contacts and referrals are, per service and in total, as the data page and <c>GET /api/data/quality</c> show it.</summary>
/// <param name="AsOf">UK local time the summary was taken at: "past" appointments are those before it.</param>
/// <param name="Services">One row per service holding contacts or referrals, by service code; empty when nothing is stored.</param>
/// <param name="Total">Every service together.</param>
public sealed record DataQualityReport(DateTime AsOf, IReadOnlyList<DataQualityRow> Services, DataQualityRow Total);

/// <summary>The data-quality measures of one service, or of all services.</summary>
/// <param name="Code">The service code; null on the totals row.</param>
/// <param name="Name">The service's name in the organisation (its code when the organisation no longer has it); "All services" on the totals row.</param>
/// <param name="Contacts">Contacts held.</param>
/// <param name="LinkedContacts">Contacts whose referral_id names a referral held.</param>
/// <param name="LinkedShare">LinkedContacts / Contacts, 0 to 1; null without contacts.</param>
/// <param name="PastNotOutcomed">Appointments before <see cref="DataQualityReport.AsOf"/> with no outcome (attendance empty or 0).</param>
/// <param name="UnknownNeighbourhood">Contacts with no neighbourhood.</param>
/// <param name="ContactsBeforeReferral">Linked contacts scheduled before their referral was received.</param>
/// <param name="Referrals">Referrals held.</param>
/// <param name="ReferralsUnknownNeighbourhood">Referrals with no neighbourhood.</param>
/// <param name="DischargedBeforeReceived">Referral rows the latest import rejected because discharged_at was before received_at.</param>
public sealed record DataQualityRow(
    string? Code, string Name, long Contacts, long LinkedContacts, double? LinkedShare, long PastNotOutcomed, long UnknownNeighbourhood,
    long ContactsBeforeReferral, long Referrals, long ReferralsUnknownNeighbourhood, long DischargedBeforeReceived)
{
    public static DataQualityRow From(ServiceQuality quality, string? code, string name) => new(
        code, name, quality.Contacts, quality.LinkedContacts, quality.LinkedShare, quality.PastNotOutcomed, quality.UnknownNeighbourhood,
        quality.ContactsBeforeReferral, quality.Referrals, quality.ReferralsUnknownNeighbourhood, quality.DischargedBeforeReceived);
}

/// <summary>
/// Reads the data-quality summary and the import history from the warehouse (read-only, one short-lived connection per call,
/// so the <c>localcare</c> CLI can import between requests); used by the data page and its API.
/// </summary>
public sealed class DataQueries(WarehouseDatabase warehouse, WarehouseGate gate, LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>How many import runs the history shows.</summary>
    public const int HistoryLength = 50;

    /// <summary>The summary now; empty when nothing has been imported (or the warehouse file does not exist yet).</summary>
    /// <exception cref="WarehouseBusyException">The CLI is importing.</exception>
    public async Task<DataQualityReport> QualityAsync(CancellationToken cancellationToken)
    {
        var asOf = UkTime.Now(clock);
        var summary = await gate.ReadAsync(() => DataQuality.Summarise(warehouse, asOf), cancellationToken);
        var names = await db.OrganisationUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Name, cancellationToken);
        var services = summary.Services.Select(s => DataQualityRow.From(s, s.Service, names.GetValueOrDefault(s.Service, s.Service))).ToList();
        return new DataQualityReport(asOf, services, DataQualityRow.From(summary.Total, null, "All services"));
    }

    /// <summary>The latest <see cref="HistoryLength"/> import runs, newest first, their times in UK local time; empty when nothing has been imported.</summary>
    /// <exception cref="WarehouseBusyException">The CLI is importing.</exception>
    public Task<IReadOnlyList<ImportRun>> ImportsAsync(CancellationToken cancellationToken) =>
        gate.ReadAsync(() => DataQuality.History(warehouse, HistoryLength), cancellationToken);
}
