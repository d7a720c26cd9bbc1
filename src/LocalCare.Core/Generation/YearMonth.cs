using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LocalCare.Core.Generation;

/// <summary>A calendar month, written <c>YYYY-MM</c> as in the data contract.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>, ISpanFormattable
{
    public YearMonth(int year, int month)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "A year is 1 to 9999.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1 to 12.");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>Months since January of year 0: consecutive months have consecutive indexes.</summary>
    public int Index => (Year * 12) + Month - 1;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, Days);

    public int Days => DateTime.DaysInMonth(Year, Month);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    /// <summary>Reads exactly <c>YYYY-MM</c>; for text a program wrote, not a person.</summary>
    public static YearMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month (YYYY-MM).");

    /// <summary>Reads exactly <c>YYYY-MM</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out YearMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(year, number);
        return true;
    }

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    public override string ToString() => string.Create(7, this, static (span, month) => month.TryFormat(span, out _, default, null));

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (destination.Length < 7 || !Digits.TryWrite(destination, Year, 4, out _) || !Digits.TryWrite(destination[5..], Month, 2, out _))
        {
            return false;
        }

        destination[4] = '-';
        charsWritten = 7;
        return true;
    }
}
