using System.Text;
using LocalCare.Core.Generation;
using LocalCare.Core.Generation.Commissioning;
using LocalCare.Core.Organisation;

namespace LocalCare.Warehouse.Generation;

/// <summary>
/// Writes generated extracts as the data contract's files, with its exact headers: UTF-8 without BOM, RFC 4180
/// quoting only where needed, <c>\n</c> line ends. Referrals and contacts are generated in parallel, partition by
/// partition, and written in partition order, so the files are the same whatever the parallelism. The commissioning files
/// (<see cref="CommissioningFiles"/>) are written after them, for the same organisation, months and seed.
/// </summary>
public static class ExtractFiles
{
    public const string Organisation = "organisation.csv";
    public const string Referrals = "referrals.csv";
    public const string Contacts = "contacts.csv";
    public const string ActivityPlan = "activity_plan.csv";
    public const string Workforce = "workforce.csv";
    public const string Incidents = "incidents.csv";
    public const string Experience = "experience.csv";
    public const string VirtualWard = "virtual_ward.csv";

    private const int FlushAt = 1 << 16;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Each file's header, in the order the files are written.</summary>
    public static IReadOnlyList<(string File, string[] Columns)> Headers { get; } =
    [
        (Organisation, ["code", "name", "kind", "parent_code", "service_group"]),
        (Referrals, ["referral_id", "person_id", "service_code", "neighbourhood_code", "received_at", "urgency", "discharged_at"]),
        (Contacts, ["contact_id", "referral_id", "person_id", "service_code", "neighbourhood_code", "scheduled_at", "attendance", "contact_mode", "duration_minutes"]),
        (ActivityPlan, ["month", "service_code", "planned_contacts"]),
        (Workforce, ["month", "service_code", "budgeted_wte", "contracted_wte", "headcount", "leavers", "fte_days_available", "fte_days_lost_sickness", "appraisals_due", "appraisals_completed"]),
        (Incidents, ["incident_id", "occurred_at", "service_code", "neighbourhood_code", "category", "grade", "acquired_in_care"]),
        (Experience, ["response_id", "responded_at", "service_code", "neighbourhood_code", "instrument", "score"]),
        (VirtualWard, ["date", "ward_code", "capacity_beds", "occupied_beds"]),
    ];

    /// <summary>Every file <see cref="Write"/> writes, in order: the data contract's, then the commissioning files.</summary>
    public static IReadOnlyList<string> AllFiles { get; } = [.. Headers.Select(h => h.File), .. CommissioningFiles.Headers.Select(h => h.File)];

    /// <summary>
    /// Writes every file into <paramref name="directory"/> (created if missing; existing files of these names are replaced)
    /// and returns what was written, in order (<see cref="AllFiles"/>). <paramref name="parallelism"/> partitions are generated at once (0 = one per processor).
    /// </summary>
    public static IReadOnlyList<WrittenFile> Write(
        string directory, ExtractGenerator generator, IProgress<ExtractProgress>? progress = null, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<WrittenFile>
        {
            WriteRows(directory, Organisation, generator.Units, FormatUnit, progress, cancellationToken),
        };
        written.AddRange(WriteCare(directory, generator, progress, parallelism > 0 ? parallelism : Environment.ProcessorCount, cancellationToken));
        written.Add(WriteRows(directory, ActivityPlan, generator.ActivityPlan(), FormatPlan, progress, cancellationToken));
        written.Add(WriteRows(directory, Workforce, generator.Workforce(), FormatWorkforce, progress, cancellationToken));
        written.Add(WriteRows(directory, Incidents, generator.Incidents(), FormatIncident, progress, cancellationToken));
        written.Add(WriteRows(directory, Experience, generator.Experience(), FormatExperience, progress, cancellationToken));
        written.Add(WriteRows(directory, VirtualWard, generator.VirtualWards(), FormatBedDay, progress, cancellationToken));
        var commissioning = new CommissioningGenerator(generator.Units, generator.Settings).Generate();
        written.AddRange(CommissioningFiles.Write(directory, commissioning, progress, cancellationToken));
        return written;
    }

    private static StreamWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1), Utf8, bufferSize: 1 << 20);

    private static string[] HeaderOf(string file) => Headers.First(h => h.File == file).Columns;

    private static WrittenFile WriteRows<T>(
        string directory, string file, IEnumerable<T> rows, Action<CsvBuffer, T> format, IProgress<ExtractProgress>? progress, CancellationToken cancellationToken) =>
        WriteRows(directory, file, HeaderOf(file), rows, format, progress, cancellationToken);

    /// <summary>One file: its header, then a row per record; progress reported at its start and end.</summary>
    internal static WrittenFile WriteRows<T>(
        string directory, string file, string[] header, IEnumerable<T> rows, Action<CsvBuffer, T> format, IProgress<ExtractProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new ExtractProgress(file, 0, 1));
        var path = Path.Combine(directory, file);
        var buffer = new CsvBuffer();
        long count = 0;
        using (var writer = Create(path))
        {
            buffer.Row(header);
            foreach (var row in rows)
            {
                format(buffer, row);
                if (buffer.Length >= FlushAt)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    count += Flush(buffer, writer);
                }
            }

            count += Flush(buffer, writer);
        }

        progress?.Report(new ExtractProgress(file, 1, 1));
        return new WrittenFile(file, path, count - 1, new FileInfo(path).Length);
    }

    private static long Flush(CsvBuffer buffer, StreamWriter writer)
    {
        writer.Write(buffer.Written);
        var rows = buffer.Rows;
        buffer.Clear();
        return rows;
    }

    /// <summary>
    /// Referrals and contacts: partitions are generated and formatted by <paramref name="parallelism"/> workers a chunk at a
    /// time, while the previous chunk is written in order (two sets of buffers, used in turn).
    /// </summary>
    private static IEnumerable<WrittenFile> WriteCare(
        string directory, ExtractGenerator generator, IProgress<ExtractProgress>? progress, int parallelism, CancellationToken cancellationToken)
    {
        var partitions = generator.CarePartitions;
        var chunk = parallelism * 8;
        var sets = new[] { NewBuffers(chunk), NewBuffers(chunk) };
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        Task Fill(int start, (CsvBuffer Referrals, CsvBuffer Contacts)[] set) => Task.Run(
            () => Parallel.For(0, Math.Min(chunk, partitions.Count - start), options, j =>
                FormatCare(generator.GenerateCare(partitions[start + j]), set[j].Referrals, set[j].Contacts)),
            cancellationToken);

        var referralsPath = Path.Combine(directory, Referrals);
        var contactsPath = Path.Combine(directory, Contacts);
        long referralRows = 0;
        long contactRows = 0;
        progress?.Report(new ExtractProgress(Referrals, 0, partitions.Count));
        progress?.Report(new ExtractProgress(Contacts, 0, partitions.Count));
        using (var referrals = Create(referralsPath))
        using (var contacts = Create(contactsPath))
        {
            var header = new CsvBuffer(256);
            header.Row(HeaderOf(Referrals));
            Flush(header, referrals);
            header.Row(HeaderOf(Contacts));
            Flush(header, contacts);

            var pending = partitions.Count > 0 ? Fill(0, sets[0]) : Task.CompletedTask;
            for (int start = 0, turn = 0; start < partitions.Count; start += chunk, turn++)
            {
                pending.GetAwaiter().GetResult();
                var set = sets[turn % 2];
                pending = start + chunk < partitions.Count ? Fill(start + chunk, sets[(turn + 1) % 2]) : Task.CompletedTask;
                for (var j = 0; j < Math.Min(chunk, partitions.Count - start); j++)
                {
                    referralRows += Flush(set[j].Referrals, referrals);
                    contactRows += Flush(set[j].Contacts, contacts);
                }

                var done = Math.Min(start + chunk, partitions.Count);
                progress?.Report(new ExtractProgress(Referrals, done, partitions.Count));
                progress?.Report(new ExtractProgress(Contacts, done, partitions.Count));
            }
        }

        return
        [
            new WrittenFile(Referrals, referralsPath, referralRows, new FileInfo(referralsPath).Length),
            new WrittenFile(Contacts, contactsPath, contactRows, new FileInfo(contactsPath).Length),
        ];
    }

    private static (CsvBuffer Referrals, CsvBuffer Contacts)[] NewBuffers(int count) =>
        Enumerable.Range(0, count).Select(_ => (new CsvBuffer(), new CsvBuffer(1 << 18))).ToArray();

    private static void FormatCare(CareBatch batch, CsvBuffer referrals, CsvBuffer contacts)
    {
        foreach (var referral in batch.Referrals)
        {
            referrals.Value(referral.ReferralId);
            referrals.Value(referral.PersonId);
            referrals.Text(referral.ServiceCode);
            referrals.Text(referral.NeighbourhoodCode);
            referrals.DateTime(referral.ReceivedAt);
            referrals.Text(referral.Urgency.ToCode());
            referrals.DateTime(referral.DischargedAt);
            referrals.EndRow();
        }

        foreach (var contact in batch.Contacts)
        {
            contacts.Value(contact.ContactId);
            contacts.Value(contact.ReferralId);
            contacts.Value(contact.PersonId);
            contacts.Text(contact.ServiceCode);
            contacts.Text(contact.NeighbourhoodCode);
            contacts.DateTime(contact.ScheduledAt);
            if (contact.Attendance is { } attendance)
            {
                contacts.Char(attendance.ToCode());
            }
            else
            {
                contacts.Empty();
            }

            contacts.Text(contact.ContactMode.ToCode());
            contacts.Value(contact.DurationMinutes);
            contacts.EndRow();
        }
    }

    private static void FormatUnit(CsvBuffer csv, OrganisationUnit unit)
    {
        csv.Text(unit.Code);
        csv.Text(unit.Name);
        csv.Text(unit.Kind.ToCode());
        csv.Text(unit.ParentCode);
        csv.Text(unit.ServiceGroup?.ToCode());
        csv.EndRow();
    }

    private static void FormatPlan(CsvBuffer csv, GeneratedPlanMonth plan)
    {
        csv.Value(plan.Month);
        csv.Text(plan.ServiceCode);
        csv.Value(plan.PlannedContacts);
        csv.EndRow();
    }

    private static void FormatWorkforce(CsvBuffer csv, GeneratedWorkforceMonth month)
    {
        csv.Value(month.Month);
        csv.Text(month.ServiceCode);
        csv.Value(month.BudgetedWte, "0.##");
        csv.Value(month.ContractedWte, "0.##");
        csv.Value(month.Headcount);
        csv.Value(month.Leavers);
        csv.Value(month.FteDaysAvailable, "0.##");
        csv.Value(month.FteDaysLostSickness, "0.##");
        csv.Value(month.AppraisalsDue);
        csv.Value(month.AppraisalsCompleted);
        csv.EndRow();
    }

    private static void FormatIncident(CsvBuffer csv, GeneratedIncident incident)
    {
        csv.Value(incident.IncidentId);
        csv.DateTime(incident.OccurredAt);
        csv.Text(incident.ServiceCode);
        csv.Text(incident.NeighbourhoodCode);
        csv.Text(incident.Category.ToCode());
        csv.Text(incident.Grade?.ToCode());
        csv.Bool(incident.AcquiredInCare);
        csv.EndRow();
    }

    private static void FormatExperience(CsvBuffer csv, GeneratedExperience response)
    {
        csv.Value(response.ResponseId);
        csv.Date(response.RespondedAt);
        csv.Text(response.ServiceCode);
        csv.Text(response.NeighbourhoodCode);
        csv.Text(response.Instrument.ToCode());
        csv.Value(response.Score, "0.#");
        csv.EndRow();
    }

    private static void FormatBedDay(CsvBuffer csv, GeneratedBedDay day)
    {
        csv.Date(day.Date);
        csv.Text(day.WardCode);
        csv.Value(day.CapacityBeds);
        csv.Value(day.OccupiedBeds);
        csv.EndRow();
    }
}

/// <summary>One file written: its name, full path, data rows (without the header) and size in bytes.</summary>
public sealed record WrittenFile(string Name, string Path, long Rows, long Bytes);

/// <summary>How far writing a file has got: <paramref name="Done"/> of <paramref name="Total"/> steps; done when equal.</summary>
/// <param name="File">The file's name.</param>
/// <param name="Done">Steps done.</param>
/// <param name="Total">Steps in all.</param>
public readonly record struct ExtractProgress(string File, int Done, int Total);
