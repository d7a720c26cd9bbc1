namespace LocalCare.Core.Organisation;

/// <summary>The units of one organisation as a tree: LCO → localities → neighbourhoods, and services by group.</summary>
public sealed class OrganisationTree
{
    private readonly Dictionary<string, OrganisationUnit> _byCode;
    private readonly ILookup<string, OrganisationUnit> _children;

    public OrganisationTree(IEnumerable<OrganisationUnit> units)
    {
        var all = units.ToList();
        _byCode = all.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _children = all.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!, StringComparer.Ordinal);
        Lco = all.SingleOrDefault(u => u.Kind == UnitKind.Lco);
    }

    /// <summary>Null until organisation.csv (or the demo) has been loaded.</summary>
    public OrganisationUnit? Lco { get; }

    public IReadOnlyList<OrganisationUnit> Localities => Ordered(_byCode.Values.Where(u => u.Kind == UnitKind.Locality));

    public IReadOnlyList<OrganisationUnit> Neighbourhoods => Ordered(_byCode.Values.Where(u => u.Kind == UnitKind.Neighbourhood));

    public IReadOnlyList<OrganisationUnit> Services => Ordered(_byCode.Values.Where(u => u.Kind == UnitKind.Service));

    public OrganisationUnit? Find(string code) => _byCode.GetValueOrDefault(code);

    public IReadOnlyList<OrganisationUnit> ChildrenOf(string code) => Ordered(_children[code]);

    public IReadOnlyList<OrganisationUnit> NeighbourhoodsOf(string localityCode) =>
        Ordered(_children[localityCode].Where(u => u.Kind == UnitKind.Neighbourhood));

    /// <summary>
    /// The units a person assigned to <paramref name="assigned"/> looks after: each of them and everything under it (a locality's
    /// neighbourhoods and locality services; the LCO's everything). Codes the organisation no longer has are ignored.
    /// </summary>
    public IReadOnlySet<string> ManagedBy(IEnumerable<string> assigned)
    {
        var managed = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(assigned.Where(_byCode.ContainsKey));
        while (pending.TryPop(out var code))
        {
            if (managed.Add(code))
            {
                foreach (var child in _children[code])
                {
                    pending.Push(child.Code);
                }
            }
        }

        return managed;
    }

    /// <summary>Services grouped by service group, in the order of <see cref="ServiceGroup"/>; services without a group last.</summary>
    public IReadOnlyList<IGrouping<ServiceGroup?, OrganisationUnit>> ServicesByGroup =>
        Services.GroupBy(s => s.ServiceGroup).OrderBy(g => g.Key is null).ThenBy(g => g.Key).ToList();

    private static List<OrganisationUnit> Ordered(IEnumerable<OrganisationUnit> units) =>
        units.OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
}
