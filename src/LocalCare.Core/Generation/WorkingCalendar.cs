namespace LocalCare.Core.Generation;

/// <summary>Which days are weekdays, weekends, bank holidays and the Christmas break, over a range of days (by day number).</summary>
internal sealed class WorkingCalendar
{
    private const byte Weekend = 1;
    private const byte BankHoliday = 2;
    private const byte ChristmasClosure = 4; // 25 and 26 December
    private const byte Festive = 8; // 24 and 27–31 December

    private readonly int _firstDay;
    private readonly byte[] _flags;

    public WorkingCalendar(DateOnly first, DateOnly last)
    {
        _firstDay = first.DayNumber;
        _flags = new byte[last.DayNumber - first.DayNumber + 1];
        for (var i = 0; i < _flags.Length; i++)
        {
            var date = DateOnly.FromDayNumber(_firstDay + i);
            byte flags = 0;
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                flags |= Weekend;
            }

            if (date.Month == 12 && date.Day is 25 or 26)
            {
                flags |= ChristmasClosure;
            }
            else if (date.Month == 12 && date.Day is 24 or >= 27)
            {
                flags |= Festive;
            }

            _flags[i] = flags;
        }

        for (var year = first.Year; year <= last.Year; year++)
        {
            foreach (var holiday in BankHolidays.In(year))
            {
                if (holiday >= first && holiday <= last)
                {
                    _flags[holiday.DayNumber - _firstDay] |= BankHoliday;
                }
            }
        }
    }

    public int FirstDay => _firstDay;

    public int LastDay => _firstDay + _flags.Length - 1;

    /// <summary>Monday to Friday and not a bank holiday.</summary>
    public bool IsWorkingDay(int day) => (Flags(day) & (Weekend | BankHoliday)) == 0;

    public bool IsWeekend(int day) => (Flags(day) & Weekend) != 0;

    public bool IsBankHoliday(int day) => (Flags(day) & BankHoliday) != 0;

    public bool IsChristmasClosure(int day) => (Flags(day) & ChristmasClosure) != 0;

    public bool IsFestive(int day) => (Flags(day) & Festive) != 0;

    public int WorkingDaysIn(YearMonth month)
    {
        var count = 0;
        for (var day = month.FirstDay.DayNumber; day <= month.LastDay.DayNumber; day++)
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Days outside the range count as plain weekdays or weekends.</summary>
    private byte Flags(int day)
    {
        var i = day - _firstDay;
        if ((uint)i < (uint)_flags.Length)
        {
            return _flags[i];
        }

        return DateOnly.FromDayNumber(day).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? Weekend : (byte)0;
    }
}
