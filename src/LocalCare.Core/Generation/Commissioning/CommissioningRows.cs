namespace LocalCare.Core.Generation.Commissioning;

/// <summary>A row of providers.csv. <c>Beds</c> only for care homes; <c>NeighbourhoodCode</c> only for local providers.</summary>
public sealed record ProviderRow(
    string ProviderCode,
    string Name,
    string? CqcLocationId,
    string ServiceType,
    int? Beds,
    string? NeighbourhoodCode,
    bool Local);

/// <summary>A row of contracts.csv; <c>EndDate</c> &gt;= <c>StartDate</c>.</summary>
public sealed record ContractRow(
    string ContractCode,
    string ProviderCode,
    string Title,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal AnnualValue,
    string Manager,
    bool Flagship);

/// <summary>A row of spend.csv: one contract's spend in one month (negative = a credit).</summary>
public readonly record struct SpendRow(YearMonth Month, string ContractCode, decimal Amount);

/// <summary>A row of audits.csv: ratings on the council scale (<see cref="AuditRatings"/>); a null key question was not looked at.</summary>
public sealed record AuditRow(
    string AuditCode,
    string ProviderCode,
    DateOnly AuditDate,
    string Auditor,
    string Overall,
    string? Safe,
    string? Effective,
    string? Caring,
    string? Responsive,
    string? WellLed);

/// <summary>A row of audit_actions.csv; <c>CompletedDate</c> null while open.</summary>
public sealed record AuditActionRow(
    string ActionCode,
    string AuditCode,
    string KeyQuestion,
    string Description,
    string Owner,
    DateOnly DueDate,
    DateOnly? CompletedDate);

/// <summary>A row of concerns.csv; <c>Closed</c> null while open.</summary>
public sealed record ConcernRow(string ConcernCode, string ProviderCode, string Kind, DateOnly Opened, DateOnly? Closed, string Summary);

/// <summary>A row of social_value.csv: one commitment of a contract; <c>Delivered</c> is cumulative to the last month generated.</summary>
public sealed record SocialValueRow(string ContractCode, string Theme, string Measure, string Unit, decimal Committed, decimal Delivered);

/// <summary>A row of budget.csv; <c>Actual</c> null for months after the last month generated.</summary>
public readonly record struct BudgetRow(YearMonth Month, string ServiceCode, decimal Budget, decimal? Actual);

/// <summary>A row of vfp_schemes.csv (a Value for Patients savings scheme); <c>PlanYear</c> as <c>2024/25</c>.</summary>
public sealed record VfpSchemeRow(
    string SchemeCode,
    string Title,
    string ServiceCode,
    string PlanYear,
    decimal AnnualTarget,
    bool Recurrent,
    string QiaStatus);

/// <summary>A row of vfp_delivery.csv: a scheme's saving in one month (only for schemes whose QIA is approved).</summary>
public readonly record struct VfpDeliveryRow(YearMonth Month, string SchemeCode, decimal Saving);

/// <summary>One CQC location as the Locations sheet of CQC's latest-ratings workbook describes it (the columns before and after the rating).</summary>
public sealed record CqcLocation(
    string LocationId,
    string OdsCode,
    string Name,
    bool CareHome,
    string LocationType,
    string PrimaryInspectionCategory,
    string StreetAddress,
    string? AddressLine2,
    string City,
    string PostCode,
    string LocalAuthority,
    string Region,
    string NhsRegion,
    string OnspdCcgCode,
    string OnspdCcg,
    string CommissioningCcgCode,
    string CommissioningCcgName,
    string ProviderId,
    string ProviderName)
{
    public string Url => $"https://www.cqc.org.uk/location/{LocationId}";
}

/// <summary>
/// A row of CQC's Locations sheet: one location's rating for one service/population group and domain, published on a date.
/// <c>LatestRating</c> is CQC's text (<see cref="CqcRatings"/>): a rating or an unrated text.
/// </summary>
public sealed record CqcRatingRow(
    CqcLocation Location,
    string ServicePopulationGroup,
    string Domain,
    string LatestRating,
    DateOnly PublicationDate,
    bool InheritedRating);

/// <summary>Every commissioning record one generator makes, each list in file order.</summary>
public sealed record CommissioningRecords(
    IReadOnlyList<ProviderRow> Providers,
    IReadOnlyList<ContractRow> Contracts,
    IReadOnlyList<SpendRow> Spend,
    IReadOnlyList<AuditRow> Audits,
    IReadOnlyList<AuditActionRow> AuditActions,
    IReadOnlyList<ConcernRow> Concerns,
    IReadOnlyList<SocialValueRow> SocialValue,
    IReadOnlyList<BudgetRow> Budget,
    IReadOnlyList<VfpSchemeRow> VfpSchemes,
    IReadOnlyList<VfpDeliveryRow> VfpDelivery,
    IReadOnlyList<CqcRatingRow> CqcRatings);
