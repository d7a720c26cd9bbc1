using LocalCare.Core.Commissioning;
using LocalCare.Core.Exports;
using LocalCare.Core.Metrics;
using LocalCare.Data.Commissioning;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary>
/// <c>dim_provider</c>: the provider register with each provider's latest overall CQC rating and its risk rating on the day
/// of the export (commissioning.md; providers with no contract active that day have none).
/// </summary>
public sealed class ProviderDimension : ExportTableSource
{
    public override string Name => "dim_provider";

    public override string Grain => "One row per provider on the register.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("provider_code", "The provider's code in providers.csv."),
        Text("provider_name", "The provider's name."),
        Text("cqc_location_id", "Its CQC location id (fact_cqc_rating); empty when it has none."),
        Text("service_type", "care_home_nursing, care_home_residential, homecare, supported_living, day_service, ..."),
        Integer("beds", "Beds (care homes)."),
        Text("neighbourhood_unit_key", "The neighbourhood it is in (dim_unit); empty when not given."),
        Boolean("is_local", "Based in the LCO's area (local spend)."),
        Text("cqc_overall_rating", "The latest published overall rating of the location: outstanding, good, requires_improvement, inadequate; empty when unrated."),
        Date("cqc_overall_published", "When that rating was published."),
        Date("risk_date", "The day the risk rating is for: the day of the export."),
        Integer("risk_score", "The risk score (commissioning.md's table); empty without a contract active on risk_date."),
        Text("risk_band", "low (0-2), medium (3-5) or high (6 or more)."),
        Integer("review_months", "Months between quality reviews for the band: 12, 6 or 3."),
        Date("last_audit", "The latest quality audit on or before risk_date."),
        Date("next_review", "When the next quality review is due."),
        Boolean("review_overdue", "Whether that review is overdue on risk_date."),
        Text("risk_reasons", "One reason per scoring input, separated by '; '."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var providers = await sources.Db.Providers.AsNoTracking().ToListAsync(cancellationToken);
        var overall = (await sources.Db.CqcRatings.AsNoTracking()
                .Where(r => r.Domain == CqcDomain.Overall && r.ServiceGroup == "Overall").ToListAsync(cancellationToken))
            .GroupBy(r => r.LocationId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.PublicationDate)!);
        var risks = (await new ProviderRisks(sources.Db).AtAsync(sources.Today, cancellationToken)).ToDictionary(r => r.ProviderCode);
        foreach (var p in providers.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            var cqc = p.CqcLocationId is { } location ? overall.GetValueOrDefault(location) : null;
            var risk = risks.GetValueOrDefault(p.Code);
            table.Add(
                p.Code, p.Name, p.CqcLocationId, p.ServiceType.ToCode(), p.Beds, p.NeighbourhoodCode is { } n ? UnitRefs.Neighbourhood(n) : null, p.IsLocal,
                cqc?.Rating?.ToCode(), cqc?.PublicationDate, sources.Today,
                risk?.Score, risk?.Band.ToCode(), risk?.ReviewMonths, risk?.LastAudit, risk?.NextReview, risk?.Overdue,
                risk is null ? null : string.Join("; ", risk.Reasons));
        }
    }
}
