using LocalCare.Core.Generation;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Boards;

/// <summary>
/// A board's meetings for a plan year from its cadence: monthly every month, bimonthly in May, July, September, November,
/// January and March, quarterly in April, July, October and January (each after a quarter ends); each on the month's third
/// Wednesday, reporting to the month before.
/// </summary>
public static class MeetingCalendar
{
    public static IReadOnlyList<(DateOnly Date, YearMonth ReportingMonth)> For(Cadence cadence, PlanYear year)
    {
        int[] months = cadence switch
        {
            Cadence.Monthly => [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3],
            Cadence.Bimonthly => [5, 7, 9, 11, 1, 3],
            Cadence.Quarterly => [4, 7, 10, 1],
            _ => throw new ArgumentOutOfRangeException(nameof(cadence)),
        };
        return [.. months.Select(m =>
        {
            var date = ThirdWednesday(m >= 4 ? year.StartYear : year.StartYear + 1, m);
            return (date, DefaultReportingMonth(date));
        })];
    }

    /// <summary>The month a meeting's pack reports to unless set: the last month whose data is complete by the meeting, the month before it.</summary>
    public static YearMonth DefaultReportingMonth(DateOnly meeting) => YearMonth.Of(meeting).AddMonths(-1);

    private static DateOnly ThirdWednesday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)DayOfWeek.Wednesday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 14);
    }
}
