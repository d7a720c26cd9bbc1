namespace LocalCare.Core.WaitingLists;

/// <summary>
/// The simulator's random numbers: xoshiro256** seeded through SplitMix64 from (seed, replication, stream). Written out here rather than
/// System.Random so every replication's stream is fixed by its three numbers alone, on every .NET version and whichever thread runs it.
/// </summary>
public struct SimulationRandom
{
    private const double TwoToMinus53 = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>The generator for one replication's stream (0: arrivals, 1: withdrawals); different (seed, replication, stream) give unrelated streams.</summary>
    public static SimulationRandom For(int seed, int replication, int stream)
    {
        // Each step is a bijection of a 64-bit value, so for one seed no two (replication, stream) pairs share a starting point.
        var key = Mix(Mix(Mix((ulong)(uint)seed) + (ulong)(uint)replication) + (ulong)(uint)stream);
        var random = default(SimulationRandom);
        random._s0 = SplitMix(ref key);
        random._s1 = SplitMix(ref key);
        random._s2 = SplitMix(ref key);
        random._s3 = SplitMix(ref key);
        return random;
    }

    /// <summary>The next 64 random bits (xoshiro256**, Blackman and Vigna 2018).</summary>
    public ulong NextBits()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform number in [0, 1), from the top 53 bits.</summary>
    public double NextDouble() => (NextBits() >> 11) * TwoToMinus53;

    /// <summary>An exponential number with mean 1: −ln(1 − U), where 1 − U is in (0, 1] so the logarithm is always finite.</summary>
    public double NextExponential() => -Math.Log(1 - NextDouble());

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>SplitMix64's finaliser: a bijection that spreads every input bit over the output.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
