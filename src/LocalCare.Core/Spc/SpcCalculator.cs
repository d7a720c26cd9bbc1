using System.Globalization;

namespace LocalCare.Core.Spc;

/// <summary>Making Data Count XmR charts, as spc.md defines them and NHSRplotthedots computes them.</summary>
public static class SpcCalculator
{
    /// <summary>The fewest points a baseline may have.</summary>
    public const int MinimumBaseline = 12;

    /// <summary>The fewest points for limits that are more than a trial.</summary>
    public const int ReliablePoints = 12;

    /// <summary>
    /// Charts <paramref name="series"/> (in period order): skips null values, splits at rebase periods, computes each group's limits
    /// and labels, then the icons of the latest point and group. Throws <see cref="SpcInputException"/> for a duplicate period,
    /// a rebase period not in the series, a baseline under 12 or a value that is not a finite number.
    /// </summary>
    public static SpcResult Calculate(IReadOnlyList<SpcInputPoint> series, SpcOptions options)
    {
        Check(series, options);
        var groups = Groups(series, options.RebasePeriods ?? []);

        var points = new List<SpcPoint>();
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            points.AddRange(Chart(group, index, options));
        }

        if (points.Count == 0)
        {
            return new SpcResult([], null, null, null, null, null, ["The series has no values: there is nothing to chart."]);
        }

        var latest = points[^1];
        return new SpcResult(
            points,
            latest.Mean,
            latest.Lpl,
            latest.Upl,
            Variations.Of(latest.Label, latest.PointType),
            Assurances.Of(options.Target, options.Improvement, latest.Lpl, latest.Upl),
            Warnings(groups));
    }

    private static void Check(IReadOnlyList<SpcInputPoint> series, SpcOptions options)
    {
        if (options.Baseline is { } baseline && baseline < MinimumBaseline)
        {
            throw new SpcInputException(string.Create(CultureInfo.InvariantCulture, $"The baseline must be at least {MinimumBaseline} points (not {baseline})."));
        }

        if (options.Target is { } target && !double.IsFinite(target))
        {
            throw new SpcInputException("The target must be a finite number.");
        }

        var periods = new HashSet<string>(StringComparer.Ordinal);
        foreach (var point in series)
        {
            if (!periods.Add(point.Period))
            {
                throw new SpcInputException($"Period '{point.Period}' appears more than once; periods must be unique.");
            }

            if (point.Value is { } value && !double.IsFinite(value))
            {
                throw new SpcInputException($"Period '{point.Period}' has a value that is not a finite number.");
            }
        }

        foreach (var rebase in options.RebasePeriods ?? [])
        {
            if (!periods.Contains(rebase))
            {
                throw new SpcInputException($"Rebase period '{rebase}' is not a period of the series.");
            }
        }
    }

    /// <summary>The non-null points of each group; a rebase on a null value starts the group at the next value.</summary>
    private static List<List<SpcInputPoint>> Groups(IReadOnlyList<SpcInputPoint> series, IReadOnlyList<string> rebasePeriods)
    {
        var rebases = rebasePeriods.ToHashSet(StringComparer.Ordinal);
        var groups = new List<List<SpcInputPoint>> { new() };
        foreach (var point in series)
        {
            if (rebases.Contains(point.Period) && groups[^1].Count > 0)
            {
                groups.Add([]);
            }

            if (point.Value is not null)
            {
                groups[^1].Add(point);
            }
        }

        return groups.Where(g => g.Count > 0).ToList();
    }

    private static IEnumerable<SpcPoint> Chart(List<SpcInputPoint> group, int index, SpcOptions options)
    {
        var values = group.Select(p => p.Value!.Value).ToList();
        if (values.Count < 2)
        {
            // One point: a mean but no moving range, so no limits and nothing to signal.
            return group.Select(p => new SpcPoint(
                p.Period, p.Value!.Value, RMean.Of(values), null, null, null, null, SpcLabel.CommonCause, PointType.CommonCause, index));
        }

        var baseline = options.Baseline is { } n ? values.Take(n).ToList() : values;
        var limits = SpcLimits.Of(baseline, options.ScreenOutliers);
        var labels = SpecialCauseRules.Label(values, limits);
        return group.Select((p, i) => new SpcPoint(
            p.Period, values[i], limits.Mean, limits.Lpl, limits.Upl, limits.NearLpl, limits.NearUpl,
            labels[i], PointTypes.Of(labels[i], options.Improvement), index));
    }

    private static List<string> Warnings(List<List<SpcInputPoint>> groups)
    {
        var latest = groups[^1];
        var count = latest.Count;
        if (count >= ReliablePoints)
        {
            return [];
        }

        var subject = groups.Count == 1 ? "The series" : $"The latest group (from {latest[0].Period})";
        var points = count == 1 ? "1 point" : string.Create(CultureInfo.InvariantCulture, $"{count} points");
        return count < 2
            ? [$"{subject} has only {points}: it has no process limits (limits need 2 points, and {ReliablePoints} to be reliable)."]
            : [$"{subject} has only {points}: its limits are trial limits, not yet reliable ({ReliablePoints} or more points are needed)."];
    }
}
