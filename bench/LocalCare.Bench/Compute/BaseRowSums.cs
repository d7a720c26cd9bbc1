using System.Globalization;
using LocalCare.Bench.Imports;

namespace LocalCare.Bench.Compute;

/// <summary>
/// A fingerprint of each metric's base rows — how many, the numerators' sum and the denominators' sum and count — noted by both
/// engines' phases and compared by the benchmark, so the ratio is only reported for runs that computed the same thing.
/// </summary>
public static class BaseRowSums
{
    private const string Prefix = "sums ";

    public static void Note(Dictionary<string, string> notes, string metricId, IEnumerable<(double Numerator, double? Denominator)> rows)
    {
        long count = 0, denominators = 0;
        double numerator = 0, denominator = 0;
        foreach (var (n, d) in rows)
        {
            count++;
            numerator += n;
            if (d is { } value)
            {
                denominators++;
                denominator += value;
            }
        }

        notes[Prefix + metricId] = string.Create(CultureInfo.InvariantCulture, $"{count} {numerator:R} {denominators} {denominator:R}");
    }

    /// <summary>Each metric whose fingerprint differs between the two runs (sums equal to 1e-9 relative: PostgreSQL sums some columns as exact numerics, DuckDB as doubles).</summary>
    public static List<string> Differences(PhaseResult duckDb, PhaseResult postgres)
    {
        var differences = new List<string>();
        foreach (var (key, duck) in duckDb.Notes.Where(n => n.Key.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var id = key[Prefix.Length..];
            if (!postgres.Notes.TryGetValue(key, out var pg))
            {
                differences.Add($"{id}: not run on PostgreSQL");
                continue;
            }

            var (a, b) = (Parse(duck), Parse(pg));
            if (a.Count != b.Count || a.Denominators != b.Denominators || !Close(a.Numerator, b.Numerator) || !Close(a.Denominator, b.Denominator))
            {
                differences.Add($"{id}: DuckDB {duck}, PostgreSQL {pg} (rows, sum of numerators, denominators, their sum)");
            }
        }

        return differences;
    }

    private static (long Count, double Numerator, long Denominators, double Denominator) Parse(string text)
    {
        var parts = text.Split(' ');
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
