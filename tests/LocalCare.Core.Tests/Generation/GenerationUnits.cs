using LocalCare.Core.Organisation;

namespace LocalCare.Core.Tests.Generation;

/// <summary>A small organisation shaped like the demo (same service codes, so the same profiles): every service group, crisis response and Hospital at Home.</summary>
public static class GenerationUnits
{
    public static IReadOnlyList<OrganisationUnit> Testshire() =>
    [
        Unit("TLCO", UnitKind.Lco, null),
        Unit("NORTH", UnitKind.Locality, "TLCO"),
        Unit("SOUTH", UnitKind.Locality, "TLCO"),
        Unit("INT-N1", UnitKind.Neighbourhood, "NORTH"),
        Unit("INT-N2", UnitKind.Neighbourhood, "NORTH"),
        Unit("INT-N3", UnitKind.Neighbourhood, "NORTH"),
        Unit("INT-S1", UnitKind.Neighbourhood, "SOUTH"),
        Unit("INT-S2", UnitKind.Neighbourhood, "SOUTH"),
        Unit("CYP-HV", UnitKind.Service, "TLCO", ServiceGroup.Children),
        Unit("CYP-PAEDS", UnitKind.Service, "TLCO", ServiceGroup.Children),
        Unit("CYP-SCHOOL-HEALTH", UnitKind.Service, "TLCO", ServiceGroup.Children),
        Unit("CRISIS-N", UnitKind.Service, "NORTH", ServiceGroup.Locality),
        Unit("CRISIS-S", UnitKind.Service, "SOUTH", ServiceGroup.Locality),
        Unit("MCR-ICT-N", UnitKind.Service, "NORTH", ServiceGroup.Locality),
        Unit("HOME-PATH-S", UnitKind.Service, "SOUTH", ServiceGroup.Locality),
        Unit("MSK", UnitKind.Service, "TLCO", ServiceGroup.Citywide),
        Unit("PODIATRY", UnitKind.Service, "TLCO", ServiceGroup.Citywide),
        Unit("DENTAL", UnitKind.Service, "TLCO", ServiceGroup.Citywide),
        Unit("ASC-REABLEMENT", UnitKind.Service, "TLCO", ServiceGroup.AdultSocialCare),
        Unit("ASC-ACM", UnitKind.Service, "TLCO", ServiceGroup.AdultSocialCare),
        Unit("DN", UnitKind.Service, "TLCO", ServiceGroup.Neighbourhood),
        Unit("MISC", UnitKind.Service, "TLCO", null),
        Unit("HAH-N", UnitKind.Service, "NORTH", ServiceGroup.VirtualWard),
        Unit("HAH-S", UnitKind.Service, "SOUTH", ServiceGroup.VirtualWard),
    ];

    private static OrganisationUnit Unit(string code, UnitKind kind, string? parent, ServiceGroup? group = null) =>
        new() { Code = code, Name = $"{code} (test)", Kind = kind, ParentCode = parent, ServiceGroup = group };
}
