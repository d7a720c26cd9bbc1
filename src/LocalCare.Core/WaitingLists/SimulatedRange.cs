namespace LocalCare.Core.WaitingLists;

/// <summary>The 10th percentile, median and 90th percentile of a quantity over replications (R's type 7 quantiles).</summary>
public sealed record SimulatedRange(double P10, double Median, double P90);
