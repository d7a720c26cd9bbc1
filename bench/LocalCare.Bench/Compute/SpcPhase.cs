using System.Globalization;
using LocalCare.Bench.Imports;
using LocalCare.Core.Spc;

namespace LocalCare.Bench.Compute;

/// <summary>
/// SPC over many series: src's <see cref="SpcCalculator.Calculate"/> on each of <see cref="SpcSeries"/>' series in turn, on one
/// thread (a chart is drawn per request; nothing in src charts in parallel). The series are made before the timing; one untimed
/// pass first (so the timed passes run JIT-optimised code, as a long-running web server does), then timed passes, the median
/// reported. The special-cause points counted are the same in every pass, or the phase fails.
/// </summary>
public static class SpcPhase
{
    public const int Series = 10_000;

    public const int Passes = 5;

    public static PhaseResult Run()
    {
        var series = SpcSeries.Generate(Series);
        var points = series.Sum(s => s.Points.Count);
        var special = Pass(series);
        var passes = new List<(double Seconds, double Cpu)>();
        for (var i = 0; i < Passes; i++)
        {
            var clock = new PhaseClock();
            var again = Pass(series);
            passes.Add((clock.Seconds, clock.CpuSeconds));
            if (again != special)
            {
                throw new InvalidOperationException($"SPC pass {i + 1} found {again} special-cause points, the first {special}.");
            }
        }

        var median = passes.OrderBy(p => p.Seconds).ElementAt(passes.Count / 2);
        return new PhaseResult("spc", median.Seconds, median.Cpu, PeakMemory.Bytes(),
            new() { ["series"] = series.Count, ["points"] = points, ["special_cause_points"] = special },
            new() { ["passes"] = string.Join(" ", passes.Select(p => p.Seconds.ToString("0.000", CultureInfo.InvariantCulture))) },
            []);
    }

    /// <summary>Charts every series; returns the special-cause points found (so the work cannot be optimised away, and is checked).</summary>
    private static long Pass(List<(IReadOnlyList<SpcInputPoint> Points, SpcOptions Options)> series)
    {
        long special = 0;
        foreach (var (points, options) in series)
        {
            var result = SpcCalculator.Calculate(points, options);
            foreach (var point in result.Points)
            {
                if (point.Label != SpcLabel.CommonCause)
                {
                    special++;
                }
            }
        }

        return special;
    }
}
