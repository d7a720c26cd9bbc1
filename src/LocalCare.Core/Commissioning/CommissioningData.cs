namespace LocalCare.Core.Commissioning;

/// <summary>Everything the commissioning metrics and risk ratings are computed from, as loaded from the database.</summary>
public sealed record CommissioningData(
    IReadOnlyList<Provider> Providers,
    IReadOnlyList<CqcRatingRecord> CqcRatings,
    IReadOnlyList<ProviderContract> Contracts,
    IReadOnlyList<ContractSpend> Spend,
    IReadOnlyList<QualityAudit> Audits,
    IReadOnlyList<AuditAction> Actions,
    IReadOnlyList<ProviderConcern> Concerns,
    IReadOnlyList<BudgetLine> Budget,
    IReadOnlyList<VfpScheme> Schemes,
    IReadOnlyList<VfpDelivery> Delivery);
