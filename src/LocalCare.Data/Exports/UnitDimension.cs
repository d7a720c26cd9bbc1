using LocalCare.Core.Exports;
using LocalCare.Core.Organisation;

namespace LocalCare.Data.Exports;

/// <summary>
/// <c>dim_unit</c>: the LCO, its localities, neighbourhoods and services, keyed by the unit reference every fact uses, with
/// the two hierarchies flattened into columns (LCO → locality → neighbourhood; service group → service).
/// </summary>
public sealed class UnitDimension : ExportTableSource
{
    public override string Name => "dim_unit";

    public override string Grain => "One row per unit of the organisation.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("unit_key", "The unit reference: lco, locality:CODE, neighbourhood:CODE or service:CODE (metrics.md)."),
        Text("unit_code", "The unit's code in organisation.csv."),
        Text("unit_name", "The unit's name."),
        Text("unit_kind", "lco, locality, neighbourhood or service."),
        Text("parent_unit_key", "The unit reference of the unit it sits under; empty for the LCO."),
        Text("locality_key", "Localities and neighbourhoods: the locality's unit reference (a locality's own)."),
        Text("locality_name", "Localities and neighbourhoods: the locality's name."),
        Text("neighbourhood_key", "Neighbourhoods: its own unit reference."),
        Text("neighbourhood_name", "Neighbourhoods: its own name."),
        Text("service_group", "Services: children, neighbourhood, locality, citywide, adult_social_care or virtual_ward."),
        Text("service_group_name", "Services: the service group in words."),
        Integer("sort_order", "Reading order: the LCO, localities, neighbourhoods, then services by group and name."),
    ];

    protected override Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var tree = sources.Organisation;
        var ordered = new List<OrganisationUnit>();
        if (tree.Lco is { } lco)
        {
            ordered.Add(lco);
        }

        ordered.AddRange(tree.Localities);
        ordered.AddRange(tree.Neighbourhoods);
        ordered.AddRange(tree.ServicesByGroup.SelectMany(g => g));
        var order = 0;
        foreach (var unit in ordered)
        {
            var parent = unit.ParentCode is { } code ? tree.Find(code) : null;
            var locality = unit.Kind == UnitKind.Locality ? unit : unit.Kind == UnitKind.Neighbourhood && parent?.Kind == UnitKind.Locality ? parent : null;
            var neighbourhood = unit.Kind == UnitKind.Neighbourhood ? unit : null;
            table.Add(
                unit.UnitRef, unit.Code, unit.Name, unit.Kind.ToCode(), parent?.UnitRef,
                locality?.UnitRef, locality?.Name, neighbourhood?.UnitRef, neighbourhood?.Name,
                unit.ServiceGroup?.ToCode(), unit.ServiceGroup?.ToLabel(), ++order);
        }

        return Task.CompletedTask;
    }
}
