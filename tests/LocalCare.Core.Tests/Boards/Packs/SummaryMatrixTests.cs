using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using static LocalCare.Core.Tests.Boards.Packs.PackSamples;

namespace LocalCare.Core.Tests.Boards.Packs;

public sealed class SummaryMatrixTests
{
    public static TheoryData<Variation, Assurance?, MatrixRow, MatrixColumn> Cells => new()
    {
        { Variation.ConcernHigh, Assurance.ConsistentFail, MatrixRow.Concern, MatrixColumn.ConsistentFail },
        { Variation.ConcernLow, Assurance.Inconsistent, MatrixRow.Concern, MatrixColumn.Inconsistent },
        { Variation.ConcernHigh, Assurance.ConsistentPass, MatrixRow.Concern, MatrixColumn.ConsistentPass },
        { Variation.ConcernLow, null, MatrixRow.Concern, MatrixColumn.None },
        { Variation.CommonCause, Assurance.ConsistentFail, MatrixRow.CommonCause, MatrixColumn.ConsistentFail },
        { Variation.CommonCause, Assurance.Inconsistent, MatrixRow.CommonCause, MatrixColumn.Inconsistent },
        { Variation.CommonCause, Assurance.ConsistentPass, MatrixRow.CommonCause, MatrixColumn.ConsistentPass },
        { Variation.CommonCause, null, MatrixRow.CommonCause, MatrixColumn.None },
        { Variation.ImprovementHigh, Assurance.ConsistentFail, MatrixRow.Improvement, MatrixColumn.ConsistentFail },
        { Variation.ImprovementLow, Assurance.Inconsistent, MatrixRow.Improvement, MatrixColumn.Inconsistent },
        { Variation.ImprovementHigh, Assurance.ConsistentPass, MatrixRow.Improvement, MatrixColumn.ConsistentPass },
        { Variation.ImprovementLow, null, MatrixRow.Improvement, MatrixColumn.None },
        { Variation.NeutralHigh, Assurance.ConsistentFail, MatrixRow.Neutral, MatrixColumn.ConsistentFail },
        { Variation.NeutralLow, Assurance.Inconsistent, MatrixRow.Neutral, MatrixColumn.Inconsistent },
        { Variation.NeutralHigh, Assurance.ConsistentPass, MatrixRow.Neutral, MatrixColumn.ConsistentPass },
        { Variation.NeutralLow, null, MatrixRow.Neutral, MatrixColumn.None },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void AMetricLandsInItsVariationRowAndAssuranceColumn(Variation variation, Assurance? assurance, MatrixRow row, MatrixColumn column)
    {
        var matrix = SummaryMatrix.Of([("m", variation, assurance)]);

        Assert.Equal(["m"], matrix[row, column]);
        foreach (var r in SummaryMatrix.Rows)
        {
            foreach (var c in SummaryMatrix.Columns)
            {
                if ((r, c) != (row, column))
                {
                    Assert.Empty(matrix[r, c]);
                }
            }
        }
    }

    [Fact]
    public void RowsAndColumns_AreTheSpecsFourEach_ConcernAndFailFirst()
    {
        Assert.Equal([MatrixRow.Concern, MatrixRow.CommonCause, MatrixRow.Improvement, MatrixRow.Neutral], SummaryMatrix.Rows);
        Assert.Equal([MatrixColumn.ConsistentFail, MatrixColumn.Inconsistent, MatrixColumn.ConsistentPass, MatrixColumn.None], SummaryMatrix.Columns);
    }

    [Fact]
    public void AllSixteenCellsAreAddressable_EmptyOnesGiveNoMetrics()
    {
        var matrix = SummaryMatrix.Of([]);

        var cells = SummaryMatrix.Rows.SelectMany(r => SummaryMatrix.Columns.Select(c => (r, c))).ToList();
        Assert.Equal(16, cells.Distinct().Count());
        Assert.All(cells, cell => Assert.Empty(matrix[cell.r, cell.c]));
    }

    [Fact]
    public void ACellListsItsMetricsInTheBoardsOrder()
    {
        var matrix = SummaryMatrix.Of([
            ("b", Variation.ConcernHigh, Assurance.ConsistentFail),
            ("x", Variation.CommonCause, null),
            ("a", Variation.ConcernLow, Assurance.ConsistentFail),
            ("c", Variation.ConcernHigh, Assurance.ConsistentFail),
        ]);

        Assert.Equal(["b", "a", "c"], matrix[MatrixRow.Concern, MatrixColumn.ConsistentFail]);
        Assert.Equal(["x"], matrix[MatrixRow.CommonCause, MatrixColumn.None]);
    }

    [Fact]
    public void AMetricWithNoVariation_IsInNoCell()
    {
        // Spec silent: a metric with no value up to the reporting month has no icons, so the code leaves it out of the matrix.
        var matrix = SummaryMatrix.Of([("empty", null, null)]);

        Assert.All(SummaryMatrix.Rows, r => Assert.All(SummaryMatrix.Columns, c => Assert.Empty(matrix[r, c])));
    }

    [Fact]
    public void ThroughBuild_MetricsLandInTheirCells()
    {
        var pack = Build(
            Metric("concern-fail", FlatThenSpikeUp(), Direction.LowerIsBetter, target: 5),
            Metric("common-fail", Alternating(), target: 20),
            Metric("common-pass", Alternating(), target: 2),
            Metric("common-hit-miss", Alternating(), target: 11),
            Metric("better-none", FlatThenSpikeUp()),
            Metric("concern-none", FlatThenSpikeDown()),
            Metric("empty", []));

        Assert.Equal(["concern-fail"], pack.Matrix[MatrixRow.Concern, MatrixColumn.ConsistentFail]);
        Assert.Equal(["concern-none"], pack.Matrix[MatrixRow.Concern, MatrixColumn.None]);
        Assert.Equal(["common-fail"], pack.Matrix[MatrixRow.CommonCause, MatrixColumn.ConsistentFail]);
        Assert.Equal(["common-pass"], pack.Matrix[MatrixRow.CommonCause, MatrixColumn.ConsistentPass]);
        Assert.Equal(["common-hit-miss"], pack.Matrix[MatrixRow.CommonCause, MatrixColumn.Inconsistent]);
        Assert.Equal(["better-none"], pack.Matrix[MatrixRow.Improvement, MatrixColumn.None]);
        Assert.Equal(6, SummaryMatrix.Rows.Sum(r => SummaryMatrix.Columns.Sum(c => pack.Matrix[r, c].Count)));
    }

    [Theory]
    [InlineData(MatrixRow.Concern, "concern", "Special cause concern")]
    [InlineData(MatrixRow.CommonCause, "common_cause", "Common cause")]
    [InlineData(MatrixRow.Improvement, "improvement", "Special cause improvement")]
    [InlineData(MatrixRow.Neutral, "neutral", "Special cause, neither")]
    public void RowLabels(MatrixRow row, string code, string heading)
    {
        Assert.Equal(code, row.ToCode());
        Assert.Equal(heading, row.ToHeading());
    }

    [Theory]
    [InlineData(MatrixColumn.ConsistentFail, "consistent_fail", "Will consistently fail")]
    [InlineData(MatrixColumn.Inconsistent, "inconsistent", "Hit and miss")]
    [InlineData(MatrixColumn.ConsistentPass, "consistent_pass", "Will consistently pass")]
    [InlineData(MatrixColumn.None, "none", "No target")]
    public void ColumnLabels(MatrixColumn column, string code, string heading)
    {
        Assert.Equal(code, column.ToCode());
        Assert.Equal(heading, column.ToHeading());
    }
}
