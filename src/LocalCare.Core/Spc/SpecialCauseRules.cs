namespace LocalCare.Core.Spc;

/// <summary>The special-cause rules of spc.md over one group's values: one label per point, the first rule that applies.</summary>
public static class SpecialCauseRules
{
    /// <summary>Points in a row for a shift or a trend.</summary>
    public const int RunLength = 7;

    /// <summary>Labels each value: outside limits, then trend, then two of three, then shift, else common cause.</summary>
    public static SpcLabel[] Label(IReadOnlyList<double> values, SpcLimits limits)
    {
        var labels = new SpcLabel[values.Count];
        var shifts = Shifts(values, limits.Mean);
        var trends = Trends(values);
        var twoOfThree = TwoOfThree(values, limits);
        for (var i = 0; i < values.Count; i++)
        {
            labels[i] = values[i] > limits.Upl ? SpcLabel.AboveUpl
                : values[i] < limits.Lpl ? SpcLabel.BelowLpl
                : trends[i] ?? twoOfThree[i] ?? shifts[i] ?? SpcLabel.CommonCause;
        }

        return labels;
    }

    /// <summary>Runs of at least 7 on one side of the mean; a point on the mean is on neither side, so it ends a run.</summary>
    private static SpcLabel?[] Shifts(IReadOnlyList<double> values, double mean)
    {
        var sides = values.Select(y => Side(y, mean)).ToArray();
        var labels = new SpcLabel?[values.Count];
        foreach (var (start, length) in Runs(values.Count, i => sides[i] != 0 && sides[i] == sides[i - 1]))
        {
            if (sides[start] != 0 && length >= RunLength)
            {
                Array.Fill(labels, sides[start] > 0 ? SpcLabel.ShiftAbove : SpcLabel.ShiftBelow, start, length);
            }
        }

        return labels;
    }

    /// <summary>
    /// Runs of at least 7 points each strictly above (or each strictly below) the one before; an equal value ends a run.
    /// A turning point ends one trend and starts the other: it takes the direction of the trend it starts, as NHSRplotthedots
    /// does ("if a point is part of a trend either side, use right side").
    /// </summary>
    private static SpcLabel?[] Trends(IReadOnlyList<double> values)
    {
        var increasing = TrendMembers(values.Count, i => values[i] > values[i - 1]);
        var decreasing = TrendMembers(values.Count, i => values[i] < values[i - 1]);
        var labels = new SpcLabel?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            labels[i] = (increasing[i], decreasing[i]) switch
            {
                (true, true) => values[i + 1] > values[i] ? SpcLabel.TrendIncreasing : SpcLabel.TrendDecreasing,
                (true, false) => SpcLabel.TrendIncreasing,
                (false, true) => SpcLabel.TrendDecreasing,
                _ => null,
            };
        }

        return labels;
    }

    private static bool[] TrendMembers(int count, Func<int, bool> continues)
    {
        var members = new bool[count];
        foreach (var (start, length) in Runs(count, continues))
        {
            if (length >= RunLength)
            {
                Array.Fill(members, true, start, length);
            }
        }

        return members;
    }

    /// <summary>Splits 0..count-1 into maximal runs, where point i joins the run of point i - 1 when <paramref name="continues"/>(i).</summary>
    private static IEnumerable<(int Start, int Length)> Runs(int count, Func<int, bool> continues)
    {
        var start = 0;
        for (var i = 1; i <= count; i++)
        {
            if (i == count || !continues(i))
            {
                yield return (start, i - start);
                start = i;
            }
        }
    }

    /// <summary>1 above the mean, -1 below, 0 on it (compared, not subtracted, so huge values cannot overflow).</summary>
    private static int Side(double y, double mean) => y > mean ? 1 : y < mean ? -1 : 0;

    /// <summary>
    /// Windows of 3 consecutive points, all on one side of the mean, with at least 2 beyond that side's near-limit line
    /// (but not outside the limits): only those beyond the near-limit line are flagged. Windows stay inside the series.
    /// </summary>
    private static SpcLabel?[] TwoOfThree(IReadOnlyList<double> values, SpcLimits limits)
    {
        var near = new bool[values.Count];
        var sides = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var y = values[i];
            near[i] = y <= limits.Upl && y >= limits.Lpl && (y > limits.NearUpl || y < limits.NearLpl);
            sides[i] = Side(y, limits.Mean);
        }

        var labels = new SpcLabel?[values.Count];
        for (var start = 0; start + 3 <= values.Count; start++)
        {
            var side = sides[start];
            var count = (near[start] ? 1 : 0) + (near[start + 1] ? 1 : 0) + (near[start + 2] ? 1 : 0);
            if (side == 0 || sides[start + 1] != side || sides[start + 2] != side || count < 2)
            {
                continue;
            }

            for (var i = start; i < start + 3; i++)
            {
                if (near[i])
                {
                    labels[i] = side > 0 ? SpcLabel.TwoOfThreeAbove : SpcLabel.TwoOfThreeBelow;
                }
            }
        }

        return labels;
    }
}
