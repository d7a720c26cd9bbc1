namespace LocalCare.Core.Generation;

/// <summary>Bank holidays in England and Wales: the regular rules with their substitute days, and the one-off changes since 1995.</summary>
public static class BankHolidays
{
    /// <summary>Extra days, and regular days that were moved (regular date → new date).</summary>
    private static readonly DateOnly[] Extra =
    [
        new(1999, 12, 31), // millennium
        new(2002, 6, 3), // golden jubilee
        new(2011, 4, 29), // royal wedding
        new(2012, 6, 5), // diamond jubilee
        new(2022, 6, 3), // platinum jubilee
        new(2022, 9, 19), // state funeral
        new(2023, 5, 8), // coronation
    ];

    private static readonly (DateOnly Regular, DateOnly Moved)[] Moved =
    [
        (new(1995, 5, 1), new(1995, 5, 8)),
        (new(2002, 5, 27), new(2002, 6, 4)),
        (new(2012, 5, 28), new(2012, 6, 4)),
        (new(2020, 5, 4), new(2020, 5, 8)),
        (new(2022, 5, 30), new(2022, 6, 2)),
    ];

    /// <summary>The bank holidays of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<DateOnly> In(int year)
    {
        var easter = EasterSunday(year);
        var days = new List<DateOnly>
        {
            NextWeekday(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
        };

        // Christmas Day and Boxing Day: a day that falls at the weekend is replaced by the next free weekday.
        var christmas = new DateOnly(year, 12, 25);
        var christmasDay = NextWeekday(christmas);
        var boxingDay = NextWeekday(christmas.AddDays(1));
        if (boxingDay <= christmasDay)
        {
            boxingDay = NextWeekday(christmasDay.AddDays(1));
        }

        days.Add(christmasDay);
        days.Add(boxingDay);

        for (var i = 0; i < days.Count; i++)
        {
            foreach (var (regular, moved) in Moved)
            {
                if (days[i] == regular)
                {
                    days[i] = moved;
                }
            }
        }

        days.AddRange(Extra.Where(d => d.Year == year));
        days.Sort();
        return days;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly NextWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
