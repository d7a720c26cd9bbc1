using LocalCare.Core.Organisation;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Organisation;

/// <summary>The organisation as people read it: the LCO, its localities with their neighbourhoods, and its services by service group.</summary>
/// <remarks><c>Lco</c>: Null until organisation.csv (or the demo) has been loaded.</remarks>
public sealed record OrganisationOverview(Unit? Lco, IReadOnlyList<Locality> Localities, IReadOnlyList<ServiceGroupServices> ServiceGroups)
{
    public int NeighbourhoodCount => Localities.Sum(l => l.Neighbourhoods.Count);

    public int ServiceCount => ServiceGroups.Sum(g => g.Services.Count);
}

/// <summary>A unit's code and name.</summary>
public sealed record Unit(string Code, string Name);

/// <summary>A locality and the neighbourhoods inside it.</summary>
public sealed record Locality(string Code, string Name, IReadOnlyList<Unit> Neighbourhoods);

/// <summary>The services of one service group; <c>Group</c> is its code (e.g. <c>adult_social_care</c>), null for services without one.</summary>
public sealed record ServiceGroupServices(string? Group, string Label, IReadOnlyList<Service> Services);

/// <summary>A service and the unit it sits under (the LCO or a locality).</summary>
public sealed record Service(string Code, string Name, Unit? PartOf);

/// <summary>Builds <see cref="OrganisationOverview"/> with Core's <see cref="OrganisationTree"/>; used by the organisation page and <c>GET /api/organisation</c>.</summary>
public sealed class OrganisationOverviewQuery(LocalCareDbContext db)
{
    public async Task<OrganisationOverview> LoadAsync(CancellationToken cancellationToken)
    {
        var tree = new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));
        var localities = tree.Localities
            .Select(l => new Locality(l.Code, l.Name, tree.NeighbourhoodsOf(l.Code).Select(ToUnit).ToList()))
            .ToList();
        var groups = tree.ServicesByGroup
            .Select(g => new ServiceGroupServices(g.Key?.ToCode(), g.Key?.ToLabel() ?? "Other services", g.Select(s => ToService(tree, s)).ToList()))
            .ToList();
        return new OrganisationOverview(tree.Lco is null ? null : ToUnit(tree.Lco), localities, groups);
    }

    private static Unit ToUnit(OrganisationUnit unit) => new(unit.Code, unit.Name);

    private static Service ToService(OrganisationTree tree, OrganisationUnit service) =>
        new(service.Code, service.Name, service.ParentCode is { } parent && tree.Find(parent) is { } unit ? ToUnit(unit) : null);
}
