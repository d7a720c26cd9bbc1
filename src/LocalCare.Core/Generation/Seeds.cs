namespace LocalCare.Core.Generation;

/// <summary>Derives the seed of one random stream from the run's seed, so each partition draws independently of every other.</summary>
internal static class Seeds
{
    public const int Care = 1;
    public const int Workforce = 2;
    public const int Incidents = 3;
    public const int Experience = 4;
    public const int VirtualWard = 5;
    public const int People = 6;
    public const int Commissioning = 7;

    public static int For(int seed, int stream, int month, int service)
    {
        var x = Mix((ulong)(uint)seed);
        x = Mix(x ^ (ulong)(uint)stream);
        x = Mix(x ^ (ulong)(uint)month);
        x = Mix(x ^ (ulong)(uint)service);
        return (int)(x & int.MaxValue);
    }

    /// <summary>A stable hash of a code (FNV-1a), for fixed per-unit traits that do not depend on the seed.</summary>
    public static double Trait(string code, int salt)
    {
        var hash = 14695981039346656037UL ^ (ulong)(uint)salt;
        foreach (var c in code)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (Mix(hash) >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>SplitMix64's finaliser.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
