using LocalCare.Core.Spc;

namespace LocalCare.Core.Boards.Packs;

/// <summary>A row of the summary matrix: the kind of variation of a metric's latest point.</summary>
public enum MatrixRow
{
    Concern,
    CommonCause,
    Improvement,
    Neutral,
}

/// <summary>A column of the summary matrix: the assurance the metric gives against its target.</summary>
public enum MatrixColumn
{
    ConsistentFail,
    Inconsistent,
    ConsistentPass,
    None,
}

/// <summary>
/// The summary matrix (board-packs.md): rows of variation, columns of assurance, each cell the metrics in it, concern × fail
/// first. Metrics with no value up to the reporting month are in no cell.
/// </summary>
public sealed record SummaryMatrix(IReadOnlyDictionary<(MatrixRow Row, MatrixColumn Column), IReadOnlyList<string>> Cells)
{
    public static IReadOnlyList<MatrixRow> Rows { get; } = Enum.GetValues<MatrixRow>();

    public static IReadOnlyList<MatrixColumn> Columns { get; } = Enum.GetValues<MatrixColumn>();

    /// <summary>The metrics of one cell, in the board's order.</summary>
    public IReadOnlyList<string> this[MatrixRow row, MatrixColumn column] => Cells.TryGetValue((row, column), out var ids) ? ids : [];

    /// <summary>The matrix of metrics with their icons (metric id, variation, assurance), in the board's order.</summary>
    public static SummaryMatrix Of(IEnumerable<(string MetricId, Variation? Variation, Assurance? Assurance)> metrics)
    {
        var cells = new Dictionary<(MatrixRow, MatrixColumn), IReadOnlyList<string>>();
        foreach (var group in metrics.Where(m => m.Variation is not null).GroupBy(m => (RowOf(m.Variation!.Value), ColumnOf(m.Assurance))))
        {
            cells[group.Key] = [.. group.Select(m => m.MetricId)];
        }

        return new SummaryMatrix(cells);
    }

    public static MatrixRow RowOf(Variation variation) => variation switch
    {
        Variation.ConcernHigh or Variation.ConcernLow => MatrixRow.Concern,
        Variation.ImprovementHigh or Variation.ImprovementLow => MatrixRow.Improvement,
        Variation.NeutralHigh or Variation.NeutralLow => MatrixRow.Neutral,
        _ => MatrixRow.CommonCause,
    };

    public static MatrixColumn ColumnOf(Assurance? assurance) => assurance switch
    {
        Assurance.ConsistentFail => MatrixColumn.ConsistentFail,
        Assurance.Inconsistent => MatrixColumn.Inconsistent,
        Assurance.ConsistentPass => MatrixColumn.ConsistentPass,
        _ => MatrixColumn.None,
    };
}

/// <summary>The codes and headings of the matrix's rows and columns.</summary>
public static class MatrixLabels
{
    public static string ToCode(this MatrixRow row) => row switch
    {
        MatrixRow.Concern => "concern",
        MatrixRow.Improvement => "improvement",
        MatrixRow.Neutral => "neutral",
        _ => "common_cause",
    };

    public static string ToCode(this MatrixColumn column) => column switch
    {
        MatrixColumn.ConsistentFail => "consistent_fail",
        MatrixColumn.Inconsistent => "inconsistent",
        MatrixColumn.ConsistentPass => "consistent_pass",
        _ => "none",
    };

    public static string ToHeading(this MatrixRow row) => row switch
    {
        MatrixRow.Concern => "Special cause concern",
        MatrixRow.Improvement => "Special cause improvement",
        MatrixRow.Neutral => "Special cause, neither",
        _ => "Common cause",
    };

    public static string ToHeading(this MatrixColumn column) => column switch
    {
        MatrixColumn.ConsistentFail => "Will consistently fail",
        MatrixColumn.Inconsistent => "Hit and miss",
        MatrixColumn.ConsistentPass => "Will consistently pass",
        _ => "No target",
    };
}
