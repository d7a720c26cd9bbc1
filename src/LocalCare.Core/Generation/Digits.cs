namespace LocalCare.Core.Generation;

/// <summary>Writes non-negative whole numbers zero-padded to a width: keys are written millions of times, without format strings.</summary>
internal static class Digits
{
    public static bool TryWrite(Span<char> destination, int value, int width, out int written)
    {
        var count = 1;
        for (var rest = value / 10; rest > 0; rest /= 10)
        {
            count++;
        }

        written = Math.Max(count, width);
        if (value < 0 || destination.Length < written)
        {
            written = 0;
            return false;
        }

        for (var i = written - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }

        return true;
    }
}
