namespace LocalCare.Core.WaitingLists;

/// <summary>
/// When a weekly capacity's removal slots fall: evenly spaced, slot k at day 7k ÷ capacity rounded up to a whole day (day 1 is the day after
/// the census). So 7 a week is one slot each day, 14 a week two, 3.5 a week one every other day, and ⌊capacity × weeks⌋ fall in the first weeks.
/// </summary>
public static class SlotSchedule
{
    /// <summary>
    /// Keeps a product such as 0.7 × 10 ÷ 7, which is 1 exactly but may come out a hair under, from losing its slot; far smaller than
    /// any real difference between capacities.
    /// </summary>
    private const double RoundingAllowance = 1e-12;

    /// <summary>How many slots have fallen by the end of <paramref name="day"/>: ⌊capacity × day ÷ 7⌋.</summary>
    public static long SlotsBy(double weeklyCapacity, int day)
    {
        if (!double.IsFinite(weeklyCapacity) || weeklyCapacity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weeklyCapacity), weeklyCapacity, "A capacity is a finite number of 0 or more a week.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(day);
        var exact = weeklyCapacity * day / 7;
        return (long)Math.Floor(exact * (1 + RoundingAllowance));
    }

    /// <summary>Slots on each day 0 … <paramref name="days"/> (day 0, the census, has none).</summary>
    public static int[] SlotsPerDay(double weeklyCapacity, int days)
    {
        var slots = new int[days + 1];
        for (var day = 1; day <= days; day++)
        {
            slots[day] = checked((int)(SlotsBy(weeklyCapacity, day) - SlotsBy(weeklyCapacity, day - 1)));
        }

        return slots;
    }
}
