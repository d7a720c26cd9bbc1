namespace LocalCare.Warehouse.Imports;

/// <summary>The value types of data-contract.md, each with its text format.</summary>
public enum ColumnType
{
    /// <summary>A key: 1..64 characters.</summary>
    Key,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A code that must name a unit of the organisation (which kind: <see cref="ColumnSpec.CodeOf"/>).</summary>
    Code,

    /// <summary><c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary><c>YYYY-MM-DDTHH:MM</c> or <c>YYYY-MM-DDTHH:MM:SS</c>, UK local time.</summary>
    DateTime,

    /// <summary><c>YYYY-MM</c>.</summary>
    Month,

    /// <summary>A whole number.</summary>
    Int,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>One of a fixed list of values (<see cref="ColumnSpec.Values"/>).</summary>
    Enum,

    /// <summary>A unit reference of metrics.md: <c>lco</c>, <c>locality:X</c>, <c>neighbourhood:X</c>, <c>service:X</c>.</summary>
    UnitRef,

    /// <summary>A metric id known to the app database.</summary>
    MetricId,
}

/// <summary>Which units a <see cref="ColumnType.Code"/> column may name.</summary>
public enum CodeKind
{
    None,
    Service,
    Neighbourhood,
    VirtualWard,
}
