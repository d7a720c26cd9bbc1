using LocalCare.Core.Commissioning;
using LocalCare.Core.Exports;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>fact_cqc_rating</c>: the CQC ratings of the register's providers over time, by service group and key question, as published.</summary>
public sealed class CqcRatingFacts : ExportTableSource
{
    public override string Name => "fact_cqc_rating";

    public override string Grain => "One row per provider, CQC service/population group, domain and publication date.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("provider_code", "The provider (dim_provider)."),
        Text("cqc_location_id", "The CQC location rated."),
        Text("service_group", "The workbook's Service / Population Group; Overall for the location as a whole."),
        Text("domain", "overall, safe, effective, caring, responsive or well_led."),
        Text("rating", "outstanding, good, requires_improvement or inadequate; empty when unrated."),
        Text("rating_text", "The rating as CQC published it (Not Rated, Insufficient evidence to rate, ...)."),
        Integer("rating_rank", "0 inadequate, 1 requires improvement, 2 good, 3 outstanding (worst first); empty when unrated."),
        Date("publication_date", "When CQC published the rating."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var providers = (await sources.Db.Providers.AsNoTracking().Where(p => p.CqcLocationId != null).ToListAsync(cancellationToken))
            .ToLookup(p => p.CqcLocationId!);
        var ratings = await sources.Db.CqcRatings.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var (provider, r) in ratings
            .SelectMany(r => providers[r.LocationId].Select(p => (p.Code, Rating: r)))
            .OrderBy(x => x.Code, StringComparer.Ordinal).ThenBy(x => x.Rating.PublicationDate).ThenBy(x => x.Rating.ServiceGroup, StringComparer.Ordinal).ThenBy(x => x.Rating.Domain))
        {
            table.Add(
                provider, r.LocationId, r.ServiceGroup, DomainCode(r.Domain), r.Rating?.ToCode(), r.RatingText, r.Rating?.WorstFirstRank(), r.PublicationDate);
        }
    }

    private static string DomainCode(CqcDomain domain) => domain == CqcDomain.WellLed ? "well_led" : domain.ToString().ToLowerInvariant();
}
