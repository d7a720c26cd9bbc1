using LocalCare.Core.Spc;

namespace LocalCare.Bench.Compute;

/// <summary>
/// Seeded random monthly series for the SPC benchmark, shaped like the metrics LocalCare charts so every path of the calculator
/// is taken: 24 to 144 months each (2 to 12 years of one unit's metric), ending at the benchmark's last month; increase,
/// decrease and neither in turn; a target on two of three directed series; noise around a level, with a step change in a
/// third of them and a run of rises in a sixth (so shifts, trends and points beyond the limits occur); a few empty months;
/// a rebase in one series of ten, a 12 to 24-point baseline in another, and outlier screening off in a third.
/// </summary>
public static class SpcSeries
{
    public const int Seed = 20261124;

    public static List<(IReadOnlyList<SpcInputPoint> Points, SpcOptions Options)> Generate(int count)
    {
        var random = new Random(Seed);
        var series = new List<(IReadOnlyList<SpcInputPoint>, SpcOptions)>(count);
        for (var i = 0; i < count; i++)
        {
            var length = random.Next(24, 145);
            var first = Imports.BenchFiles.LastMonth.AddMonths(1 - length);
            var level = random.Next(3) == 0 ? random.NextDouble() : 10 + (random.NextDouble() * 990);
            var spread = level * (0.02 + (random.NextDouble() * 0.08));
            var step = random.Next(3) == 0 ? random.Next(length / 2, length) : -1;
            var stepSize = spread * (random.NextDouble() * 4 - 2);
            var riseFrom = random.Next(6) == 0 ? random.Next(0, length - 8) : -1;

            var points = new SpcInputPoint[length];
            for (var m = 0; m < length; m++)
            {
                var value = level + (Normal(random) * spread) + (step >= 0 && m >= step ? stepSize : 0);
                if (riseFrom >= 0 && m >= riseFrom && m < riseFrom + 8)
                {
                    value = level + (spread * 0.5 * (m - riseFrom));
                }

                var period = first.AddMonths(m).ToString();
                points[m] = new SpcInputPoint(period, random.Next(50) == 0 ? null : value);
            }

            var improvement = (ImprovementDirection)(i % 3);
            double? target = improvement != ImprovementDirection.Neither && random.Next(3) != 0 ? level * (0.9 + (random.NextDouble() * 0.2)) : null;
            var shape = random.Next(10);
            var options = new SpcOptions(
                improvement,
                target,
                Baseline: shape == 1 ? random.Next(12, 25) : null,
                RebasePeriods: shape == 0 ? [points[random.Next(12, length - 6)].Period] : null,
                ScreenOutliers: shape != 2);
            series.Add((points, options));
        }

        return series;
    }

    /// <summary>A standard normal draw (Box–Muller), from the same seeded generator.</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
