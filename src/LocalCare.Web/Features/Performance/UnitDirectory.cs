using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Performance;

/// <summary>A unit metrics are counted at: its reference as metrics.md writes it (<c>lco</c>, <c>locality:NORTH</c>...), its name and kind.</summary>
public sealed record UnitChoice(string Ref, string Name, UnitKind Kind)
{
    /// <summary>"North Manchester (locality)"; the LCO as its name.</summary>
    public string Label => Kind == UnitKind.Lco ? Name : $"{Name} ({Kind.ToCode()})";
}

/// <summary>The units a performance page can show, from the organisation: the LCO, localities, neighbourhoods and services, by reference.</summary>
public sealed class UnitDirectory
{
    private readonly OrganisationTree _tree;
    private readonly Dictionary<string, UnitChoice> _byRef;

    public UnitDirectory(IEnumerable<OrganisationUnit> units)
    {
        _tree = new OrganisationTree(units);
        Lco = new UnitChoice(UnitRefs.Lco, _tree.Lco?.Name ?? "LCO", UnitKind.Lco);
        Localities = _tree.Localities.Select(Choice).ToList();
        Neighbourhoods = _tree.Neighbourhoods.Select(Choice).ToList();
        Services = _tree.Services.Select(Choice).ToList();
        _byRef = new[] { Lco }.Concat(Localities).Concat(Neighbourhoods).Concat(Services).ToDictionary(u => u.Ref, StringComparer.Ordinal);
    }

    public UnitChoice Lco { get; }

    public IReadOnlyList<UnitChoice> Localities { get; }

    public IReadOnlyList<UnitChoice> Neighbourhoods { get; }

    public IReadOnlyList<UnitChoice> Services { get; }

    /// <summary>Every unit: the LCO, then localities, neighbourhoods and services, each by name.</summary>
    public IEnumerable<UnitChoice> All => _byRef.Values;

    public static async Task<UnitDirectory> LoadAsync(LocalCareDbContext db, CancellationToken cancellationToken) =>
        new(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>Null when <paramref name="unitRef"/> is not a unit of the organisation.</summary>
    public UnitChoice? Find(string? unitRef) => unitRef is null ? null : _byRef.GetValueOrDefault(unitRef);

    /// <summary>The unit's name, or the reference itself for a unit the organisation no longer has.</summary>
    public string NameOf(string unitRef) => Find(unitRef)?.Name ?? unitRef;

    /// <summary>
    /// The units a page drills down to: under the LCO its localities then its services; under a locality its neighbourhoods
    /// (metrics.md counts a locality as its neighbourhoods); none under a neighbourhood or a service.
    /// </summary>
    public IReadOnlyList<UnitChoice> Below(UnitChoice unit) => unit.Kind switch
    {
        UnitKind.Lco => [.. Localities, .. Services],
        UnitKind.Locality => _tree.NeighbourhoodsOf(unit.Ref[(unit.Ref.IndexOf(':', StringComparison.Ordinal) + 1)..]).Select(Choice).ToList(),
        _ => [],
    };

    /// <summary>The problem with a unit parameter, in the words the pages and the API use; null when it is a unit.</summary>
    public string? Problem(string unitRef) => Find(unitRef) is null
        ? $"Unit '{unitRef}' is not a unit of the organisation: use lco, locality:CODE, neighbourhood:CODE or service:CODE"
        : null;

    private static UnitChoice Choice(OrganisationUnit unit) => new(unit.UnitRef, unit.Name, unit.Kind);
}

/// <summary>A unit select for a form: its id and field name, the units, the chosen one, an optional empty first option and its error.</summary>
public sealed record UnitSelect(string Id, string Name, UnitDirectory Units, string? Selected, string? Prompt = null, string? Error = null);
