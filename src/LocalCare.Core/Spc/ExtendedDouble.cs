using System.Numerics;

namespace LocalCare.Core.Spc;

/// <summary>
/// An x87 80-bit extended-precision number (64-bit significand, rounded to nearest, ties to even), emulated exactly:
/// R accumulates its means in this type (C <c>long double</c> on x86-64), so matching R to the last digit needs it.
/// Exponents are not bounded; every value here is far from the format's range.
/// </summary>
internal readonly struct ExtendedDouble
{
    private const int SignificandBits = 64;
    private const int DoubleSignificandBits = 53;

    // Value = _significand × 2^_exponent, with |_significand| < 2^64.
    private readonly BigInteger _significand;
    private readonly int _exponent;

    private ExtendedDouble(BigInteger significand, int exponent)
    {
        _significand = significand;
        _exponent = exponent;
    }

    public static ExtendedDouble Zero => default;

    /// <summary>The double exactly (every double is an extended).</summary>
    public static ExtendedDouble From(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers are emulated.");
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var exponentField = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        var significand = exponentField == 0 ? fraction : fraction | (1L << 52);
        var exponent = (exponentField == 0 ? 1 : exponentField) - 1075;
        return new ExtendedDouble(value < 0 ? -(BigInteger)significand : significand, exponent);
    }

    public static ExtendedDouble operator +(ExtendedDouble a, ExtendedDouble b)
    {
        var exponent = Math.Min(a._exponent, b._exponent);
        var sum = (a._significand << (a._exponent - exponent)) + (b._significand << (b._exponent - exponent));
        return Round(sum, exponent, sticky: false, SignificandBits);
    }

    public static ExtendedDouble operator -(ExtendedDouble a, ExtendedDouble b) => a + new ExtendedDouble(-b._significand, b._exponent);

    /// <summary>Division by a count, rounded once, as <c>s /= n</c> does with <c>n</c> converted exactly.</summary>
    public static ExtendedDouble operator /(ExtendedDouble a, long divisor)
    {
        if (a._significand.IsZero)
        {
            return Zero;
        }

        // Enough quotient bits that the remainder only decides the rounding (through the sticky bit).
        var shift = Math.Max(0, SignificandBits + 8 + (int)BigInteger.Abs(divisor).GetBitLength() - (int)BigInteger.Abs(a._significand).GetBitLength());
        var quotient = BigInteger.DivRem(a._significand << shift, divisor, out var remainder);
        return Round(quotient, a._exponent - shift, sticky: !remainder.IsZero, SignificandBits);
    }

    /// <summary>The nearest double (ties to even), as <c>(double)</c> of a <c>long double</c>; results below 2^-1022 are not modelled as subnormals.</summary>
    public double ToDouble()
    {
        var rounded = Round(_significand, _exponent, sticky: false, DoubleSignificandBits);
        return Math.ScaleB((double)rounded._significand, rounded._exponent);
    }

    /// <summary>Rounds significand × 2^exponent (plus a nonzero tail below it when <paramref name="sticky"/>) to <paramref name="bits"/> bits.</summary>
    private static ExtendedDouble Round(BigInteger significand, int exponent, bool sticky, int bits)
    {
        var magnitude = BigInteger.Abs(significand);
        var excess = (int)magnitude.GetBitLength() - bits;
        if (excess <= 0)
        {
            // Exact already; a sticky tail only arises from division, which always leaves excess bits.
            return new ExtendedDouble(significand, exponent);
        }

        var kept = magnitude >> excess;
        var dropped = magnitude - (kept << excess);
        var half = BigInteger.One << (excess - 1);
        if (dropped > half || (dropped == half && (sticky || !kept.IsEven)))
        {
            kept += 1;
        }

        return new ExtendedDouble(significand.Sign < 0 ? -kept : kept, exponent + excess);
    }
}
