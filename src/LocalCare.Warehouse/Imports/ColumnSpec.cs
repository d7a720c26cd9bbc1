namespace LocalCare.Warehouse.Imports;

/// <summary>One column of an extract: its name, type, whether it is required, and its range or values.</summary>
public sealed record ColumnSpec(string Name, ColumnType Type, bool Required)
{
    /// <summary>For <see cref="ColumnType.Code"/>: the units it may name.</summary>
    public CodeKind CodeOf { get; init; } = CodeKind.None;

    /// <summary>For <see cref="ColumnType.Enum"/>: the allowed values, as written in files.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>How the allowed values are described in a message; defaults to the list.</summary>
    public string? ValuesDescription { get; init; }

    /// <summary>Inclusive lower bound for numbers.</summary>
    public double? Min { get; init; }

    /// <summary>Inclusive upper bound for numbers.</summary>
    public double? Max { get; init; }

    /// <summary>The staging column holding the raw text.</summary>
    public string Raw => "r_" + Name;

    public static ColumnSpec Key(string name, bool required = true) => new(name, ColumnType.Key, required);

    public static ColumnSpec Code(string name, CodeKind kind, bool required = true) => new(name, ColumnType.Code, required) { CodeOf = kind };

    public static ColumnSpec Of(string name, ColumnType type, bool required = true) => new(name, type, required);

    public static ColumnSpec OneOf(string name, bool required, params string[] values) => new(name, ColumnType.Enum, required) { Values = values };

    public static ColumnSpec Number(string name, ColumnType type, bool required, double? min = null, double? max = null) =>
        new(name, type, required) { Min = min, Max = max };
}
