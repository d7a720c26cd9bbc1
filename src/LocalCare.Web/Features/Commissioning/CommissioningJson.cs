using System.Text.Json.Serialization;
using LocalCare.Core.Commissioning;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>A provider's risk rating in the API (the app's camelCase), with the reasons the caller may read.</summary>
public sealed record RiskJson(int Score, string Band, int ReviewMonths, string? LastAudit, string NextReview, bool Overdue, IReadOnlyList<string> Reasons)
{
    public static RiskJson From(ProviderRiskResult risk, bool canSeeConcerns) => new(
        risk.Score, risk.Band.ToCode(), risk.ReviewMonths,
        risk.LastAudit is { } a ? CommissioningSnapshot.Iso(a) : null, CommissioningSnapshot.Iso(risk.NextReview), risk.Overdue,
        CommissioningAccess.ReasonsFor(risk, canSeeConcerns));
}

/// <summary>A provider on the register at a date: CQC overall rating (null: unrated) and risk (null: no active contract).</summary>
public sealed record ProviderSummaryJson(
    string Code, string Name, string ServiceType, string? NeighbourhoodCode, int? Beds, bool Local, string? CqcLocationId,
    string? CqcRating, string? CqcPublished, bool ActiveContract, RiskJson? Risk)
{
    public static ProviderSummaryJson From(RegisterRow row, bool canSeeConcerns) => new(
        row.Provider.Code, row.Provider.Name, row.Provider.ServiceType.ToCode(), row.Provider.NeighbourhoodCode, row.Provider.Beds, row.Provider.IsLocal,
        row.Provider.CqcLocationId, row.Cqc.Rating?.ToCode(), row.Cqc.PublishedOn is { } p ? CommissioningSnapshot.Iso(p) : null,
        row.Risk is not null, row.Risk is { } risk ? RiskJson.From(risk, canSeeConcerns) : null);
}

/// <summary>The register at a date.</summary>
public sealed record ProviderListJson(string Date, IReadOnlyList<ProviderSummaryJson> Providers);

public sealed record CqcDomainJson(string Domain, string? Rating, string? Published);

public sealed record AuditActionJson(string Code, string KeyQuestion, string Description, string Owner, string DueDate, string? CompletedDate, bool Open, bool Overdue);

public sealed record AuditJson(
    string Code, string AuditDate, string Auditor, string Overall, string? Safe, string? Effective, string? Caring, string? Responsive, string? WellLed,
    IReadOnlyList<AuditActionJson> Actions);

public sealed record ConcernJson(string Code, string Kind, string Opened, string? Closed, bool Open, string Summary);

public sealed record ContractJson(string Code, string Title, string StartDate, string EndDate, decimal AnnualValue, bool Flagship, string Manager, decimal SpendToDate);

/// <summary>
/// One provider: the register's summary, the CQC rating per domain at the date, audits with actions, contracts, and its
/// concerns only for the roles that may see them (the property is left out for the others, and <c>concernsRestricted</c> is true).
/// </summary>
public sealed record ProviderDetailJson(
    string Date,
    ProviderSummaryJson Provider,
    IReadOnlyList<CqcDomainJson> CqcToday,
    IReadOnlyList<AuditJson> Audits,
    IReadOnlyList<ContractJson> Contracts,
    bool ConcernsRestricted,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ConcernJson>? Concerns)
{
    public static ProviderDetailJson From(CommissioningSnapshot snapshot, ProviderProfile profile, bool canSeeConcerns)
    {
        var today = snapshot.Today;
        var actions = profile.Actions.ToLookup(a => a.Action.AuditCode, StringComparer.Ordinal);
        return new ProviderDetailJson(
            CommissioningSnapshot.Iso(today),
            ProviderSummaryJson.From(new RegisterRow(profile.Provider, profile.Cqc, profile.Risk), canSeeConcerns),
            [.. CqcDomains.All.Select(d => new CqcDomainJson(d.ToText(), profile.CqcToday[d].Rating?.ToCode(), profile.CqcToday[d].PublishedOn is { } p ? CommissioningSnapshot.Iso(p) : null))],
            [.. profile.Audits.Select(a => new AuditJson(
                a.Code, CommissioningSnapshot.Iso(a.AuditDate), a.Auditor, a.Overall.ToCode(),
                a.Safe?.ToCode(), a.Effective?.ToCode(), a.Caring?.ToCode(), a.Responsive?.ToCode(), a.WellLed?.ToCode(),
                [.. actions[a.Code].Select(r => new AuditActionJson(
                    r.Action.Code, r.Action.KeyQuestion.ToCode(), r.Action.Description, r.Action.Owner, CommissioningSnapshot.Iso(r.Action.DueDate),
                    r.Action.CompletedDate is { } done ? CommissioningSnapshot.Iso(done) : null, r.Open, r.Overdue))]))],
            [.. profile.Contracts.Select(c => new ContractJson(
                c.Contract.Code, c.Contract.Title, CommissioningSnapshot.Iso(c.Contract.StartDate), CommissioningSnapshot.Iso(c.Contract.EndDate),
                c.Contract.AnnualValue, c.Contract.Flagship, c.Contract.Manager, c.Spend.Sum(s => s.Spend)))],
            !canSeeConcerns,
            canSeeConcerns
                ? [.. profile.Concerns.Select(c => new ConcernJson(c.Code, c.Kind.ToCode(), CommissioningSnapshot.Iso(c.Opened), c.Closed is { } closed ? CommissioningSnapshot.Iso(closed) : null, c.IsOpenOn(today), c.Summary))]
                : null);
    }
}
