using System.Buffers;
using System.Globalization;

namespace LocalCare.Warehouse.Generation;

/// <summary>
/// CSV rows built in a growable char buffer without a string per field: RFC 4180 quoting only when a field needs it,
/// <c>\n</c> line ends, invariant formats, dates and date-times as the data contract writes them.
/// </summary>
internal sealed class CsvBuffer
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private char[] _chars;
    private int _length;
    private bool _inRow;

    public CsvBuffer(int capacity = 1 << 16) => _chars = new char[capacity];

    public int Length => _length;

    public long Rows { get; private set; }

    public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        _inRow = false;
        Rows = 0;
    }

    /// <summary>A header or data row of plain fields.</summary>
    public void Row(params ReadOnlySpan<string> fields)
    {
        foreach (var field in fields)
        {
            Text(field);
        }

        EndRow();
    }

    public void EndRow()
    {
        Reserve(1)[_length++] = '\n';
        _inRow = false;
        Rows++;
    }

    /// <summary>An empty cell (null).</summary>
    public void Empty() => Separator();

    public void Text(string? value)
    {
        Separator();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            Append(value);
            return;
        }

        Append("\"");
        var rest = value.AsSpan();
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            Append(rest[..(quote + 1)]);
            Append("\""); // a quote inside a quoted field is doubled
            rest = rest[(quote + 1)..];
        }

        Append(rest);
        Append("\"");
    }

    public void Char(char value)
    {
        Separator();
        Reserve(1)[_length++] = value;
    }

    public void Value<T>(T value, ReadOnlySpan<char> format = default)
        where T : ISpanFormattable
    {
        Separator();
        int written;
        while (!value.TryFormat(Reserve(32).AsSpan(_length), out written, format, CultureInfo.InvariantCulture))
        {
            Grow(_chars.Length);
        }

        _length += written;
    }

    public void Value<T>(T? value, ReadOnlySpan<char> format = default)
        where T : struct, ISpanFormattable
    {
        if (value is { } present)
        {
            Value(present, format);
        }
        else
        {
            Empty();
        }
    }

    /// <summary><c>YYYY-MM-DD</c>.</summary>
    public void Date(DateOnly date)
    {
        Separator();
        var span = Reserve(10).AsSpan(_length, 10);
        WriteDate(span, date);
        _length += 10;
    }

    public void Date(DateOnly? date)
    {
        if (date is { } present)
        {
            Date(present);
        }
        else
        {
            Empty();
        }
    }

    /// <summary><c>DD/MM/YYYY</c>, as CQC's files write dates.</summary>
    public void DayMonthYear(DateOnly date)
    {
        Separator();
        var span = Reserve(10).AsSpan(_length, 10);
        var (year, month, day) = date;
        TwoDigits(span, day);
        span[2] = '/';
        TwoDigits(span[3..], month);
        span[5] = '/';
        TwoDigits(span[6..], year / 100);
        TwoDigits(span[8..], year % 100);
        _length += 10;
    }

    /// <summary><c>Y</c> or <c>N</c>.</summary>
    public void YesNo(bool value) => Char(value ? 'Y' : 'N');

    /// <summary><c>YYYY-MM-DDTHH:MM</c> (every generated time is on the minute).</summary>
    public void DateTime(DateTime value)
    {
        Separator();
        var span = Reserve(16).AsSpan(_length, 16);
        WriteDate(span, DateOnly.FromDateTime(value));
        span[10] = 'T';
        var minutes = (int)(value.TimeOfDay.Ticks / TimeSpan.TicksPerMinute);
        TwoDigits(span[11..], minutes / 60);
        span[13] = ':';
        TwoDigits(span[14..], minutes % 60);
        _length += 16;
    }

    public void DateTime(DateTime? value)
    {
        if (value is { } present)
        {
            DateTime(present);
        }
        else
        {
            Empty();
        }
    }

    public void Bool(bool? value)
    {
        if (value is { } present)
        {
            Text(present ? "true" : "false");
        }
        else
        {
            Empty();
        }
    }

    private static void WriteDate(Span<char> span, DateOnly date)
    {
        var (year, month, day) = date;
        TwoDigits(span, year / 100);
        TwoDigits(span[2..], year % 100);
        span[4] = '-';
        TwoDigits(span[5..], month);
        span[7] = '-';
        TwoDigits(span[8..], day);
    }

    private static void TwoDigits(Span<char> span, int value)
    {
        span[0] = (char)('0' + (value / 10));
        span[1] = (char)('0' + (value % 10));
    }

    private void Separator()
    {
        if (_inRow)
        {
            Reserve(1)[_length++] = ',';
        }

        _inRow = true;
    }

    private void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(Reserve(text.Length).AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>The buffer, with room for at least <paramref name="count"/> more chars after <see cref="_length"/>.</summary>
    private char[] Reserve(int count)
    {
        if (_length + count > _chars.Length)
        {
            Grow(count);
        }

        return _chars;
    }

    private void Grow(int count) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + count));
}
