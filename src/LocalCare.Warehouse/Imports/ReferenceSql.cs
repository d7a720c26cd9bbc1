namespace LocalCare.Warehouse.Imports;

/// <summary>Subqueries over the reference tables (organisation units, metrics) that code checks compare with.</summary>
public static class ReferenceSql
{
    public static string UnitRefs => "SELECT unit_ref FROM organisation_units";

    public static string MetricIds => "SELECT metric_id FROM metrics";

    public static string Codes(CodeKind kind) => kind switch
    {
        CodeKind.Service => "SELECT code FROM organisation_units WHERE kind = 'service'",
        CodeKind.Neighbourhood => "SELECT code FROM organisation_units WHERE kind = 'neighbourhood'",
        CodeKind.VirtualWard => "SELECT code FROM organisation_units WHERE kind = 'service' AND service_group = 'virtual_ward'",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Describe(CodeKind kind) => kind switch
    {
        CodeKind.Service => "a service",
        CodeKind.Neighbourhood => "a neighbourhood",
        CodeKind.VirtualWard => "a virtual ward service",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
