using LocalCare.Bench.Imports;

namespace LocalCare.Bench.Compute;

/// <summary>
/// Everything measured for one size: the generation, the set-up (import and first compute), PostgreSQL's load; per repeat the
/// full recompute, the SQL alone on DuckDB, the same SQL on PostgreSQL and a profile of the recompute; and any metric whose
/// base rows differed between the engines.
/// </summary>
public sealed record ComputeSizeResult(
    int Years, PhaseResult Generate, PhaseResult Setup, PhaseResult PostgresLoad,
    List<PhaseResult> Recompute, List<PhaseResult> DuckDb, List<PhaseResult> Postgres, List<PhaseResult> Profiles, List<string> Differences)
{
    /// <summary>The full recompute of 10 LCO-years takes at most this many seconds on 2 cores (issue 4).</summary>
    public const double MaxSeconds = 10;

    /// <summary>PostgreSQL's time for the same SQL over the same data is at least this many times the full recompute's (issue 4).</summary>
    public const double MinRatio = 10;

    /// <summary>The size issue 4 sets both targets for; smaller sizes are reported, not judged, and a larger one is judged by the ratio only.</summary>
    public const int TargetYears = 10;

    public double RecomputeSeconds => SizeResult.Median(Recompute);

    public double RecomputeCpuSeconds => SizeResult.Median(Recompute, r => r.CpuSeconds);

    public double DuckDbSeconds => SizeResult.Median(DuckDb);

    public double DuckDbCpuSeconds => SizeResult.Median(DuckDb, r => r.CpuSeconds);

    public double PostgresSeconds => SizeResult.Median(Postgres);

    public double PostgresCpuSeconds => SizeResult.Median(Postgres, r => r.CpuSeconds);

    /// <summary>The headline: PostgreSQL's SQL time over LocalCare's whole recompute (SQL, roll-up and store).</summary>
    public double Ratio => PostgresSeconds / RecomputeSeconds;

    /// <summary>Engine against engine: the same SQL on PostgreSQL and on DuckDB.</summary>
    public double SqlRatio => PostgresSeconds / DuckDbSeconds;

    /// <summary>Whether the targets apply to this size.</summary>
    public bool Judged => Years >= TargetYears;

    public bool TimeMet => Years > TargetYears || RecomputeSeconds <= MaxSeconds;

    public bool RatioMet => Ratio >= MinRatio;

    /// <summary>
    /// Met when, for a judged size, both targets are, and on every size both engines computed the same base rows (otherwise the
    /// ratio would compare different work).
    /// </summary>
    public bool Met => (!Judged || (TimeMet && RatioMet)) && Differences.Count == 0;

    /// <summary>The profile run with the median total.</summary>
    public PhaseResult Profile => Profiles.OrderBy(p => p.Seconds).ElementAt((Profiles.Count - 1) / 2);

    /// <summary>The run of <paramref name="runs"/> with the median time (the lower middle one of an even count), for per-statement figures.</summary>
    public static PhaseResult MedianRun(List<PhaseResult> runs) => runs.OrderBy(r => r.Seconds).ElementAt((runs.Count - 1) / 2);

    /// <summary>The highest share of the machine other processes used during a timed phase of this size (NaN: unknown).</summary>
    public double MaxOthers => Recompute.Concat(DuckDb).Concat(Postgres).Concat(Profiles).Select(SizeResult.Others).DefaultIfEmpty(double.NaN).Max();
}
