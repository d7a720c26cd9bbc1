namespace LocalCare.Core.Generation;

/// <summary>
/// The key of a generated record, unique within its extract: a letter for the kind, the month and service it was
/// generated for and a sequence number, e.g. <c>R202403-07-00012</c>. Formatted only when written.
/// </summary>
/// <param name="Prefix"><c>R</c> referral, <c>C</c> contact, <c>I</c> incident, <c>E</c> experience response, <c>X</c> a referral of another system (names no referral).</param>
/// <param name="Month">The month the record was generated for (for a contact: its referral's month).</param>
/// <param name="Service">The service's 1-based position among the organisation's services in code order.</param>
/// <param name="Sequence">1-based within the month and service.</param>
public readonly record struct RecordKey(char Prefix, YearMonth Month, int Service, int Sequence) : ISpanFormattable
{
    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[40];
        return TryFormat(buffer, out var written, default, null) ? new string(buffer[..written]) : throw new InvalidOperationException();
    }

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (destination.Length < 9
            || !Digits.TryWrite(destination[1..], Month.Year, 4, out var at)
            || !Digits.TryWrite(destination[(1 + at)..], Month.Month, 2, out var written))
        {
            return false;
        }

        destination[0] = Prefix;
        at += 1 + written;
        if (at >= destination.Length)
        {
            return false;
        }

        destination[at++] = '-';
        if (!Digits.TryWrite(destination[at..], Service, 2, out written) || at + written >= destination.Length)
        {
            return false;
        }

        at += written;
        destination[at++] = '-';
        if (!Digits.TryWrite(destination[at..], Sequence, 5, out written))
        {
            return false;
        }

        charsWritten = at + written;
        return true;
    }
}
