namespace LocalCare.Warehouse.Imports;

/// <summary>Which organisation codes the warehouse's rows use: a unit still used cannot be removed from the organisation.</summary>
public static class WarehouseReferences
{
    public static IReadOnlySet<string> UsedCodes(WarehouseDatabase warehouse)
    {
        using var connection = warehouse.OpenReader();
        if (connection is null)
        {
            return new HashSet<string>();
        }

        var selects = Extracts.All
            .SelectMany(spec => spec.Columns.Where(c => c.Type == ColumnType.Code).Select(c => $"SELECT DISTINCT {c.Name} AS code FROM {spec.Table}"))
            .Append($"SELECT DISTINCT split_part(unit, ':', 2) AS code FROM {Extracts.MetricValues.Table} WHERE unit <> 'lco'");
        return Sql.Query(connection, $"SELECT code FROM ({string.Join(" UNION ", selects)}) WHERE code IS NOT NULL", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
    }
}
