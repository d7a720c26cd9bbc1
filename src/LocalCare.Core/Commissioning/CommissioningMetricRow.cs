using LocalCare.Core.Generation;

namespace LocalCare.Core.Commissioning;

/// <summary>
/// One base row of a commissioning metric: a month, a service (null for provider metrics), the providers' neighbourhood
/// (null when they carry none, or for service metrics), the numerator and the denominator (null for counts).
/// </summary>
public sealed record CommissioningMetricRow(YearMonth Month, string? ServiceCode, string? NeighbourhoodCode, double Numerator, double? Denominator);
