namespace LocalCare.Core.Commissioning;

/// <summary>
/// A provider's risk rating at a date: score, band and review interval, the CQC rating it used (null: unrated), the latest
/// audit on or before the date, when the next review is due and whether it is overdue, and one reason per scoring input.
/// </summary>
public sealed record ProviderRiskResult(
    string ProviderCode,
    int Score,
    RiskBand Band,
    int ReviewMonths,
    CqcRating? CqcRating,
    DateOnly? LastAudit,
    DateOnly NextReview,
    bool Overdue,
    IReadOnlyList<string> Reasons);
