namespace LocalCare.Core.Spc;

/// <summary>One period of the series as given; a null value is skipped (not plotted, not used in limits).</summary>
public sealed record SpcInputPoint(string Period, double? Value);
