namespace LocalCare.Core.Exports;

/// <summary>The type of an export column: what each writer stores it as (Parquet type, CSV text form, XLSX cell type).</summary>
public enum ExportType
{
    /// <summary>UTF-8 text (Parquet VARCHAR; an XLSX string cell).</summary>
    Text,

    /// <summary>A whole number (Parquet BIGINT; an XLSX number).</summary>
    Integer,

    /// <summary>A double-precision number (Parquet DOUBLE; an XLSX number).</summary>
    Number,

    /// <summary>true or false (Parquet BOOLEAN; an XLSX boolean).</summary>
    Boolean,

    /// <summary>A calendar date (Parquet DATE; CSV <c>YYYY-MM-DD</c>; an XLSX date).</summary>
    Date,

    /// <summary>A moment in UTC (Parquet TIMESTAMP; CSV <c>YYYY-MM-DD HH:MM:SS</c>; an XLSX date and time).</summary>
    Timestamp,
}

/// <summary>Text forms of <see cref="ExportType"/> for the documentation and messages.</summary>
public static class ExportTypes
{
    public static string ToCode(this ExportType type) => type switch
    {
        ExportType.Text => "text",
        ExportType.Integer => "integer",
        ExportType.Number => "number",
        ExportType.Boolean => "boolean",
        ExportType.Date => "date",
        ExportType.Timestamp => "timestamp",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
