using System.Globalization;

namespace LocalCare.Core.Generation;

/// <summary>A pseudonymous person identifier, e.g. <c>P0001234</c>.</summary>
public readonly record struct PersonKey(int Number) : ISpanFormattable
{
    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider) => "P" + Number.ToString("D7", CultureInfo.InvariantCulture);

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (destination.Length < 2 || !Digits.TryWrite(destination[1..], Number, 7, out var written))
        {
            return false;
        }

        destination[0] = 'P';
        charsWritten = written + 1;
        return true;
    }
}
