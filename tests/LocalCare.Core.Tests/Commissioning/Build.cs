using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Commissioning;

/// <summary>Terse builders for commissioning test data.</summary>
internal static class Build
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static YearMonth M(string text) => YearMonth.Parse(text);

    public static Provider Provider(
        string code,
        string? location = null,
        ProviderServiceType type = ProviderServiceType.Homecare,
        int? beds = null,
        string? neighbourhood = null,
        bool local = false) => new()
        {
            Code = code,
            Name = $"Provider {code}",
            CqcLocationId = location,
            ServiceType = type,
            Beds = beds,
            NeighbourhoodCode = neighbourhood,
            IsLocal = local,
        };

    public static CqcRatingRecord Cqc(string location, string published, string ratingText, string group = "Overall", CqcDomain domain = CqcDomain.Overall) => new()
    {
        LocationId = location,
        LocationName = $"Location {location}",
        ServiceGroup = group,
        Domain = domain,
        Rating = CqcRatings.Parse(ratingText),
        RatingText = ratingText,
        PublicationDate = D(published),
        CqcProviderId = "1-100",
        CqcProviderName = "Care Group",
    };

    public static ProviderContract Contract(string code, string provider, string start, string end) => new()
    {
        Code = code,
        ProviderCode = provider,
        Title = $"Contract {code}",
        StartDate = D(start),
        EndDate = D(end),
        AnnualValue = 100_000m,
        Manager = "Contracts Manager",
        Flagship = false,
    };

    public static ContractSpend Spend(string month, string contract, decimal amount) => new() { Month = M(month), ContractCode = contract, Amount = amount };

    public static QualityAudit Audit(string code, string provider, string date, AuditRating overall, string? completed = null) => new()
    {
        Code = code,
        ProviderCode = provider,
        AuditDate = D(date),
        Auditor = "Quality Officer",
        Overall = overall,
        CompletedOn = completed is null ? null : D(completed),
    };

    public static AuditAction Action(string code, string audit, string due, string? completed = null) => new()
    {
        Code = code,
        AuditCode = audit,
        KeyQuestion = KeyQuestion.Safe,
        Description = "Update the medicines policy",
        Owner = "Registered Manager",
        DueDate = D(due),
        CompletedDate = completed is null ? null : D(completed),
    };

    public static ProviderConcern Concern(string code, string provider, ConcernKind kind, string opened, string? closed = null) => new()
    {
        Code = code,
        ProviderCode = provider,
        Kind = kind,
        Opened = D(opened),
        Closed = closed is null ? null : D(closed),
        Summary = "Summary",
    };

    public static BudgetLine Budget(string month, string service, decimal budget, decimal? actual) => new() { Month = M(month), ServiceCode = service, Budget = budget, Actual = actual };

    public static VfpScheme Scheme(string code, string service, int planYear, decimal target, QiaStatus status) => new()
    {
        Code = code,
        Title = $"Scheme {code}",
        ServiceCode = service,
        PlanYear = new PlanYear(planYear),
        AnnualTarget = target,
        Recurrent = true,
        QiaStatus = status,
    };

    public static VfpDelivery Delivery(string month, string scheme, decimal saving) => new() { Month = M(month), SchemeCode = scheme, Saving = saving };

    public static CommissioningData Data(
        IReadOnlyList<Provider>? providers = null,
        IReadOnlyList<CqcRatingRecord>? cqc = null,
        IReadOnlyList<ProviderContract>? contracts = null,
        IReadOnlyList<ContractSpend>? spend = null,
        IReadOnlyList<QualityAudit>? audits = null,
        IReadOnlyList<AuditAction>? actions = null,
        IReadOnlyList<ProviderConcern>? concerns = null,
        IReadOnlyList<BudgetLine>? budget = null,
        IReadOnlyList<VfpScheme>? schemes = null,
        IReadOnlyList<VfpDelivery>? delivery = null) =>
        new(providers ?? [], cqc ?? [], contracts ?? [], spend ?? [], audits ?? [], actions ?? [], concerns ?? [], budget ?? [], schemes ?? [], delivery ?? []);
}
