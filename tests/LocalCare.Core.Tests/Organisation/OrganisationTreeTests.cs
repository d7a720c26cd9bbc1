using LocalCare.Core.Organisation;

namespace LocalCare.Core.Tests.Organisation;

public sealed class OrganisationTreeTests
{
    private static readonly OrganisationUnit[] Units =
    [
        new() { Code = "LCO", Name = "Test LCO", Kind = UnitKind.Lco },
        new() { Code = "SOUTH", Name = "South", Kind = UnitKind.Locality, ParentCode = "LCO" },
        new() { Code = "NORTH", Name = "North", Kind = UnitKind.Locality, ParentCode = "LCO" },
        new() { Code = "INT-B", Name = "Beta team", Kind = UnitKind.Neighbourhood, ParentCode = "NORTH" },
        new() { Code = "INT-A", Name = "Alpha team", Kind = UnitKind.Neighbourhood, ParentCode = "NORTH" },
        new() { Code = "INT-S", Name = "South team", Kind = UnitKind.Neighbourhood, ParentCode = "SOUTH" },
        new() { Code = "HAH-N", Name = "Hospital at Home", Kind = UnitKind.Service, ParentCode = "NORTH", ServiceGroup = ServiceGroup.VirtualWard },
        new() { Code = "HV", Name = "Health Visiting", Kind = UnitKind.Service, ParentCode = "LCO", ServiceGroup = ServiceGroup.Children },
        new() { Code = "MISC", Name = "Misc", Kind = UnitKind.Service, ParentCode = "LCO" },
    ];

    [Fact]
    public void Localities_AreOrderedByName_WithTheirNeighbourhoods()
    {
        var tree = new OrganisationTree(Units);

        Assert.Equal("LCO", tree.Lco?.Code);
        Assert.Equal(["NORTH", "SOUTH"], tree.Localities.Select(l => l.Code));
        Assert.Equal(["INT-A", "INT-B"], tree.NeighbourhoodsOf("NORTH").Select(n => n.Code));
        Assert.Equal(["INT-S"], tree.NeighbourhoodsOf("SOUTH").Select(n => n.Code));
    }

    [Fact]
    public void ServicesByGroup_FollowTheGroupOrder_WithUngroupedLast()
    {
        var tree = new OrganisationTree(Units);

        var groups = tree.ServicesByGroup.Select(g => g.Key).ToList();

        Assert.Equal([ServiceGroup.Children, ServiceGroup.VirtualWard, null], groups);
    }

    [Fact]
    public void Lco_IsNull_BeforeAnyOrganisationIsLoaded()
    {
        Assert.Null(new OrganisationTree([]).Lco);
    }

    [Fact]
    public void ManagedBy_IsEachAssignedUnitAndEverythingUnderIt()
    {
        var tree = new OrganisationTree(Units);

        Assert.Equal(["HAH-N", "HV", "INT-A", "INT-B", "NORTH"], tree.ManagedBy(["NORTH", "HV", "GONE"]).Order());
        Assert.Equal(Units.Length, tree.ManagedBy(["LCO"]).Count);
        Assert.Empty(tree.ManagedBy([]));
    }
}
