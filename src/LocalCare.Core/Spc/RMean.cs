namespace LocalCare.Core.Spc;

/// <summary>
/// The arithmetic mean exactly as R's <c>mean()</c> computes it on x86-64, which NHSRplotthedots uses for the mean and
/// the average moving range: a <c>long double</c> sum divided by n, then a second pass adding the mean residual.
/// A plain double sum differs in the last digit (mean(c(0.1, 0.2, 0.3)) is 0.2 in R; (0.1 + 0.2 + 0.3) / 3 is 0.20000000000000004).
/// </summary>
public static class RMean
{
    /// <summary>The mean of <paramref name="values"/>; NaN for none, as in R.</summary>
    public static double Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        if (!values.All(double.IsFinite))
        {
            return values.Sum() / values.Count; // infinite or NaN, as R's mean is then
        }

        var sum = ExtendedDouble.Zero;
        foreach (var value in values)
        {
            sum += ExtendedDouble.From(value);
        }

        var mean = sum / values.Count;
        var residual = ExtendedDouble.Zero;
        foreach (var value in values)
        {
            residual += ExtendedDouble.From(value) - mean;
        }

        return (mean + (residual / values.Count)).ToDouble();
    }
}
