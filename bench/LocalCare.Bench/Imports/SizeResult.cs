namespace LocalCare.Bench.Imports;

/// <summary>
/// Everything measured for one size: the generation; per repeat the bare scan, the import and the re-import; with --profile or
/// --experiments the statement profiles (one per variant: its run with the median total); with --experiments the order checks.
/// </summary>
public sealed record SizeResult(
    int Years, PhaseResult Generate, List<PhaseResult> Bare, List<PhaseResult> Import, List<PhaseResult> Reimport, List<PhaseResult> Profiles, List<PhaseResult> OrderChecks)
{
    /// <summary>The ratio the benchmark is judged by: import time / bare scan time, at most this.</summary>
    public const double Target = 1.5;

    public long Contacts => Generate.Count("contacts_rows");

    public long Referrals => Generate.Count("referrals_rows");

    public long Rows => Contacts + Referrals;

    /// <summary>The bytes of the two files read (referrals.csv and contacts.csv).</summary>
    public long InputBytes => Generate.Count("contacts_bytes") + Generate.Count("referrals_bytes");

    public double BareSeconds => Median(Bare);

    public double ImportSeconds => Median(Import);

    public double ReimportSeconds => Median(Reimport);

    public double Ratio => ImportSeconds / BareSeconds;

    public double BareCpuSeconds => Median(Bare, r => r.CpuSeconds);

    public double ImportCpuSeconds => Median(Import, r => r.CpuSeconds);

    public double ReimportCpuSeconds => Median(Reimport, r => r.CpuSeconds);

    /// <summary>The highest share of the machine other processes used during a timed phase of this size (NaN: unknown).</summary>
    public double MaxOthers => Bare.Concat(Import).Concat(Reimport).Select(Others).DefaultIfEmpty(double.NaN).Max();

    /// <summary>The share of the machine other processes used while <paramref name="phase"/> ran.</summary>
    public static double Others(PhaseResult phase) =>
        double.TryParse(phase.Notes.GetValueOrDefault("others_during"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var share) ? share : double.NaN;

    public double ReimportRatio => ReimportSeconds / BareSeconds;

    public static double Median(IEnumerable<PhaseResult> results, Func<PhaseResult, double>? measure = null)
    {
        var sorted = results.Select(measure ?? (r => r.Seconds)).Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static long Peak(IEnumerable<PhaseResult> results) => results.Max(r => r.PeakBytes);
}
