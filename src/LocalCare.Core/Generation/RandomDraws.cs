namespace LocalCare.Core.Generation;

/// <summary>The distributions the generator draws from, over one <see cref="Random"/> (never shared between threads).</summary>
internal static class RandomDraws
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static double Uniform(this Random random, double low, double high) => low + ((high - low) * random.NextDouble());

    /// <summary>A standard normal value (Box–Muller).</summary>
    public static double Normal(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Log-normal with the given median and shape.</summary>
    public static double LogNormal(this Random random, double median, double sigma) => median * Math.Exp(sigma * random.Normal());

    public static double Exponential(this Random random, double mean) => -mean * Math.Log(1.0 - random.NextDouble());

    /// <summary>Poisson: exact (Knuth) for small means, normal approximation above 30.</summary>
    public static int Poisson(this Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean >= 30)
        {
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * random.Normal())));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            count++;
            product *= random.NextDouble();
        }

        return count;
    }

    /// <summary>1, 2, 3, … with the given mean (geometric): many short runs and a long tail.</summary>
    public static int Geometric(this Random random, double mean)
    {
        if (mean <= 1)
        {
            return 1;
        }

        var value = 1 + Math.Floor(Math.Log(1.0 - random.NextDouble()) / Math.Log(1.0 - (1.0 / mean)));
        return value >= 10_000 ? 10_000 : (int)value;
    }

    /// <summary>The index whose cumulative weight first exceeds a uniform draw; <paramref name="cumulative"/> ends with 1.</summary>
    public static int Pick(this Random random, ReadOnlySpan<double> cumulative)
    {
        var u = random.NextDouble();
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (u < cumulative[i])
            {
                return i;
            }
        }

        return cumulative.Length - 1;
    }
}
