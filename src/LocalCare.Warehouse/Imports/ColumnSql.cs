using System.Globalization;

namespace LocalCare.Warehouse.Imports;

/// <summary>The SQL for one column: its typed value from the raw text, and the reason its raw text is invalid.</summary>
/// <remarks>Formats are checked by length and strict parsing rather than regular expressions: the checks run on every row of files of millions.</remarks>
public static class ColumnSql
{
    /// <summary>An expression over the raw column (text, trimmed, empty = null) that yields the typed value, or null when it does not parse.</summary>
    public static string Typed(ColumnSpec column)
    {
        var r = column.Raw;
        return column.Type switch
        {
            ColumnType.Date => $"CASE WHEN length({r}) = 10 THEN try_strptime({r}, '%Y-%m-%d')::DATE END",
            ColumnType.DateTime => $"CASE length({r}) WHEN 16 THEN try_strptime({r}, '%Y-%m-%dT%H:%M') WHEN 19 THEN try_strptime({r}, '%Y-%m-%dT%H:%M:%S') END",
            ColumnType.Month => $"CASE WHEN length({r}) = 7 THEN try_strptime({r} || '-01', '%Y-%m-%d')::DATE END",
            // DuckDB rounds '10.5' to an integer; a whole number must not have a fraction or an exponent.
            ColumnType.Int => $"CASE WHEN NOT contains({r}, '.') AND NOT contains(lower({r}), 'e') THEN TRY_CAST({r} AS INTEGER) END",
            ColumnType.Decimal => $"CASE WHEN isfinite(TRY_CAST({r} AS DOUBLE)) THEN TRY_CAST({r} AS DOUBLE) END",
            ColumnType.Bool => $"CASE lower({r}) WHEN 'true' THEN true WHEN 'false' THEN false END",
            ColumnType.Enum => Enum(column),
            _ => r,
        };
    }

    /// <summary>
    /// An allowed value in any case, as listed (lower case). Not an IN list: DuckDB plans a long one as a join, which would lose
    /// the staged rows' order (StagingSql.CreateStaged). A value written as listed (most) is its own typed value: lower(), which
    /// makes a new string per row, runs only on the rest.
    /// </summary>
    private static string Enum(ColumnSpec column)
    {
        var r = column.Raw;
        var values = $"[{string.Join(", ", column.Values.Select(Sql.Literal))}]";
        var asLowered = $"[{string.Join(", ", column.Values.Where(v => v.All(c => char.IsAscii(c) && !char.IsUpper(c))).Select(Sql.Literal))}]";
        return $"CASE WHEN list_contains({asLowered}, {r}) THEN {r} WHEN list_contains({values}, lower({r})) THEN lower({r}) END";
    }

    /// <summary>Whether a column's typed value is its (cleaned) text: keys and codes.</summary>
    public static bool IsText(ColumnSpec column) => Typed(column) == column.Raw;

    /// <summary>
    /// Where a check could quote the raw text of a column that is not <see cref="IsText"/>: its typed value is null (empty, or
    /// does not parse) or out of range. Elsewhere the staging may drop the text (StagingSql.CreateStaged).
    /// </summary>
    public static string MayBeQuoted(ColumnSpec column) =>
        RangeBroken(column) is { } range ? $"v_{column.Name} IS NULL OR {range}" : $"v_{column.Name} IS NULL";

    /// <summary>The checks on a column's raw text, in order: the first that holds is the row's problem with this column.</summary>
    public static (string Rule, string Condition, string Reason)[] Checks(ColumnSpec column)
    {
        var r = column.Raw;
        var v = "v_" + column.Name;
        var quoted = $"'''' || {r} || ''''";
        var checks = new List<(string, string, string)>();
        if (column.Required)
        {
            // The staged text of a typed column is null where its value parsed (MayBeQuoted): empty means both are null.
            checks.Add(("required", IsText(column) ? $"{r} IS NULL" : $"{r} IS NULL AND {v} IS NULL", "'is required'"));
        }

        switch (column.Type)
        {
            case ColumnType.Key:
                checks.Add(("too_long", $"length({r}) > 64", $"'''' || left({r}, 20) || '...'' is longer than 64 characters'"));
                break;
            case ColumnType.Code:
                checks.Add(("unknown_code", $"{r} NOT IN ({ReferenceSql.Codes(column.CodeOf)})", $"{quoted} || ' is not {ReferenceSql.Describe(column.CodeOf)} of the organisation'"));
                break;
            case ColumnType.UnitRef:
                checks.Add(("unknown_unit", $"{r} NOT IN ({ReferenceSql.UnitRefs})", $"{quoted} || ' is not a unit of the organisation (lco, locality:CODE, neighbourhood:CODE or service:CODE)'"));
                break;
            case ColumnType.MetricId:
                checks.Add(("unknown_metric", $"{r} NOT IN ({ReferenceSql.MetricIds})", $"{quoted} || ' is not a manual metric'"));
                break;
            case ColumnType.Text:
                break;
            default:
                checks.Add(("format", $"{r} IS NOT NULL AND {v} IS NULL", $"{quoted} || ' {FormatProblem(column)}'"));
                break;
        }

        if (RangeBroken(column) is { } range)
        {
            var bounds = (column.Min, column.Max) switch
            {
                ({ } min, { } max) => $"between {Number(min)} and {Number(max)}",
                ({ } low, null) => $"{Number(low)} or more",
                _ => $"{Number(column.Max!.Value)} or less",
            };
            checks.Add(("range", range, $"{quoted} || ' must be {bounds}'"));
        }

        return [.. checks];
    }

    /// <summary>The condition that a column's typed value is out of its range; null when it has none.</summary>
    private static string? RangeBroken(ColumnSpec column)
    {
        var v = "v_" + column.Name;
        return (column.Min, column.Max) switch
        {
            ({ } min, { } max) => $"({v} < {Number(min)} OR {v} > {Number(max)})",
            ({ } low, null) => $"{v} < {Number(low)}",
            (null, { } high) => $"{v} > {Number(high)}",
            _ => null,
        };
    }

    private static string FormatProblem(ColumnSpec column) => column.Type switch
    {
        ColumnType.Date => "is not a date (YYYY-MM-DD)",
        ColumnType.DateTime => "is not a date-time (YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS)",
        ColumnType.Month => "is not a month (YYYY-MM)",
        ColumnType.Int => "is not a whole number",
        ColumnType.Decimal => "is not a number",
        ColumnType.Bool => "is not true or false",
        ColumnType.Enum => "is not " + (column.ValuesDescription ?? $"one of {string.Join(", ", column.Values)}").Replace("'", "''", StringComparison.Ordinal),
        _ => "is not valid",
    };

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
