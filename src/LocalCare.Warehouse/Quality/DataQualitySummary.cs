namespace LocalCare.Warehouse.Quality;

/// <summary>How good the warehouse's data is: the latest import's counts and rejects, and per service the data-quality measures.</summary>
public sealed record DataQualitySummary(DateTime AsOf, ImportRun? LatestImport, IReadOnlyList<ServiceQuality> Services)
{
    public ServiceQuality Total => new(
        "All services",
        Services.Sum(s => s.Contacts),
        Services.Sum(s => s.LinkedContacts),
        Services.Sum(s => s.PastNotOutcomed),
        Services.Sum(s => s.UnknownNeighbourhood),
        Services.Sum(s => s.ContactsBeforeReferral),
        Services.Sum(s => s.Referrals),
        Services.Sum(s => s.ReferralsUnknownNeighbourhood),
        Services.Sum(s => s.DischargedBeforeReceived));
}

/// <summary>One import run as the history shows it.</summary>
public sealed record ImportRun(int ImportId, DateTime StartedAt, DateTime FinishedAt, string User, string Status, IReadOnlyList<ImportRunFile> Files, IReadOnlyList<ImportRunRejects> Rejects);

/// <summary>One file of an import run.</summary>
public sealed record ImportRunFile(string File, string Kind, long RowsRead, long RowsStored, long RowsRejected);

/// <summary>Rows of a run's file rejected for one reason.</summary>
public sealed record ImportRunRejects(string File, string? Column, string Rule, long Rows);

/// <summary>The data-quality measures of one service.</summary>
/// <param name="Service">The service code.</param>
/// <param name="Contacts">Contacts held.</param>
/// <param name="LinkedContacts">Contacts whose referral_id names a referral in the warehouse.</param>
/// <param name="PastNotOutcomed">Appointments before the as-of time with no outcome (attendance empty or 0).</param>
/// <param name="UnknownNeighbourhood">Contacts with no neighbourhood.</param>
/// <param name="ContactsBeforeReferral">Linked contacts scheduled before their referral was received.</param>
/// <param name="Referrals">Referrals held.</param>
/// <param name="ReferralsUnknownNeighbourhood">Referrals with no neighbourhood.</param>
/// <param name="DischargedBeforeReceived">Referral rows rejected by the latest import because discharged_at was before received_at.</param>
public sealed record ServiceQuality(
    string Service, long Contacts, long LinkedContacts, long PastNotOutcomed, long UnknownNeighbourhood, long ContactsBeforeReferral,
    long Referrals, long ReferralsUnknownNeighbourhood, long DischargedBeforeReceived)
{
    /// <summary>Share of contacts linked to a referral; null without contacts.</summary>
    public double? LinkedShare => Contacts == 0 ? null : (double)LinkedContacts / Contacts;
}
