using System.Globalization;
using System.IO.Compression;
using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;
using LocalCare.Data.Commissioning.Cqc;
using LocalCare.Data.Imports;
using LocalCare.Data.Setup;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Bench.Commissioning;

/// <summary>
/// The CQC benchmark's steps, each in a child process of its own: <c>cqc-write</c> writes a CQC-shaped Latest ratings workbook
/// (<see cref="CqcOdsWriter"/>) of about the asked size of XML; <c>cqc-import</c> sets up a data directory with a register of
/// <see cref="RegisterSize"/> providers (not timed) and times <c>localcare import</c> of the workbook, with the process's peak memory.
/// </summary>
public static class CqcPhases
{
    /// <summary>Providers in the register (about an LCO's), each with a CQC location in the workbook.</summary>
    public const int RegisterSize = 400;

    /// <summary>Locations in the workbook: all of England's, of which the register's are a few.</summary>
    public const int Locations = 60_000;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] Domains = ["Overall", "Safe", "Effective", "Caring", "Responsive", "Well-led"];

    private static readonly string[] Ratings = ["Good", "Good", "Good", "Outstanding", "Requires improvement", "Inadequate", "Not Rated"];

    public static bool Handles(string phase) => phase is "cqc-write" or "cqc-import";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"phase {args[0]} needs --{name}.");
        var result = args[0] == "cqc-write"
            ? Write(Get("file"), double.Parse(Get("gigabytes"), Invariant))
            : await ImportAsync(Get("file"), Get("data"));
        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            result.Notes["process_cpu"] = process.TotalProcessorTime.TotalSeconds.ToString("0.000", Invariant);
        }

        Console.WriteLine(result.ToLine());
        return 0;
    }

    /// <summary>The location id of location <paramref name="n"/>; the register holds every <c>Locations / RegisterSize</c>-th.</summary>
    public static string LocationId(int n) => "1-" + (1_000_000_000 + n).ToString(Invariant);

    private static PhaseResult Write(string file, double gigabytes)
    {
        var clock = new PhaseClock();
        // About 3 KB of XML a row (the writer fills every column of CQC's layout): rows for the asked size.
        var rows = (long)(gigabytes * 1024 * 1024 * 1024 / 3_000);
        CqcOdsWriter.Write(file, Rows(rows));
        using var zip = ZipFile.OpenRead(file);
        var content = zip.GetEntry("content.xml")!.Length;
        return new PhaseResult("cqc-write", clock.Seconds, clock.CpuSeconds, PeakMemory.Bytes(),
            new() { ["rows"] = rows, ["content_xml_bytes"] = content, ["file_bytes"] = new FileInfo(file).Length }, [], []);
    }

    private static IEnumerable<CqcLocationRow> Rows(long count)
    {
        var random = new Random(20261203);
        for (long i = 0; i < count; i++)
        {
            var location = (int)(i / 12 % Locations);
            var published = new DateOnly(2016, 1, 1).AddDays(random.Next(0, 3_600));
            yield return new CqcLocationRow(0, LocationId(location), "Location " + location.ToString(Invariant), i % 12 < 6 ? "Overall" : "Older people",
                Domains[(int)(i % 6)], Ratings[random.Next(Ratings.Length)], published, "1-" + (500_000 + location / 3).ToString(Invariant), "Provider " + (location / 3).ToString(Invariant));
        }
    }

    private static async Task<PhaseResult> ImportAsync(string file, string data)
    {
        await using var app = AppServices.Open(data);
        await app.Get<Initialiser>().InitialiseAsync(demo: false, data);
        var setup = Path.Combine(data, "register");
        Directory.CreateDirectory(setup);
        File.WriteAllText(Path.Combine(setup, "organisation.csv"), "code,name,kind,parent_code,service_group\nLCO,Bench LCO,lco,,\n");
        File.WriteAllLines(Path.Combine(setup, "providers.csv"),
            ["provider_code,name,cqc_location_id,service_type,beds,neighbourhood_code,local",
             .. Enumerable.Range(0, RegisterSize).Select(p => $"P{p:0000},Home {p},{LocationId(p * (Locations / RegisterSize))},care_home_residential,40,,Y")]);
        await app.Get<ImportRunner>().RunAsync(ImportPlan.For([setup]), new ImportOptions("bench"));
        var before = PeakMemory.Bytes();

        var clock = new PhaseClock();
        var outcome = await app.Get<ImportRunner>().RunAsync(ImportPlan.For([file]), new ImportOptions("bench"));
        var report = outcome.CqcRatings.Single();
        return new PhaseResult("cqc-import", clock.Seconds, clock.CpuSeconds, PeakMemory.Bytes(),
            new() { ["rows_read"] = report.RowsRead, ["rows_kept"] = report.RowsKept, ["rows_skipped"] = report.RowsSkipped, ["added"] = report.Added, ["peak_before_bytes"] = before },
            [], []);
    }
}
