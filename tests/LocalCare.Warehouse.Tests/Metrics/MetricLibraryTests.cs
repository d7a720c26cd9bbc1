using LocalCare.Core.Boards;
using LocalCare.Core.Metrics;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>The library must match metrics.md row for row: id, kind, direction, default target and board.</summary>
public sealed class MetricLibraryTests
{
    public static TheoryData<string, MetricKind, Direction, double?, string> SpecRows => new()
    {
        { "contacts-linked-to-referral", MetricKind.Ratio, Direction.HigherIsBetter, 0.98, "HPB" },
        { "outcomed-appointments", MetricKind.Ratio, Direction.HigherIsBetter, 0.90, "HPB" },
        { "activity-vs-plan", MetricKind.Ratio, Direction.HigherIsBetter, 1.00, "FPCG" },
        { "crisis-response-2h", MetricKind.Ratio, Direction.HigherIsBetter, 0.85, "HPB" },
        { "waiting-list-size", MetricKind.Count, Direction.LowerIsBetter, null, "HPB" },
        { "waiting-within-18-weeks", MetricKind.Ratio, Direction.HigherIsBetter, 0.92, "HPB" },
        { "waiting-over-52-weeks", MetricKind.Count, Direction.LowerIsBetter, 0, "HPB" },
        { "waiting-over-65-weeks", MetricKind.Count, Direction.LowerIsBetter, 0, "HPB" },
        { "waiting-over-78-weeks", MetricKind.Count, Direction.LowerIsBetter, 0, "HPB" },
        { "dna-rate", MetricKind.Ratio, Direction.LowerIsBetter, null, "HPB" },
        { "hah-utilisation", MetricKind.Ratio, Direction.HigherIsBetter, 0.80, "HPB" },
        { "vacancy-rate", MetricKind.Ratio, Direction.LowerIsBetter, 0.075, "HPB" },
        { "turnover-r12m", MetricKind.Ratio, Direction.LowerIsBetter, 0.126, "HPB" },
        { "retention-r12m", MetricKind.Ratio, Direction.HigherIsBetter, 0.89, "HPB" },
        { "sickness-absence-r12m", MetricKind.Ratio, Direction.LowerIsBetter, 0.045, "HPB" },
        { "appraisal-compliance", MetricKind.Ratio, Direction.HigherIsBetter, 0.95, "HPB" },
        { "pressure-ulcers-cat3-4", MetricKind.Count, Direction.LowerIsBetter, null, "HPB" },
        { "serious-falls", MetricKind.Count, Direction.LowerIsBetter, 0, "HPB" },
        { "wmtm-score", MetricKind.Mean, Direction.HigherIsBetter, null, "HPB" },
        { "qcr-score", MetricKind.Mean, Direction.HigherIsBetter, null, "HPB" },
        { "fft-positive", MetricKind.Ratio, Direction.HigherIsBetter, null, "HPB" },
    };

    [Theory]
    [MemberData(nameof(SpecRows))]
    public void EachMetric_IsAsMetricsMdDefinesIt(string id, MetricKind kind, Direction direction, double? target, string board)
    {
        var metric = MetricLibrary.Find(id)!.Metric;

        Assert.Equal(kind, metric.Kind);
        Assert.Equal(direction, metric.Direction);
        Assert.Equal(target, metric.DefaultTarget);
        Assert.Equal(board, metric.BoardCode);
        Assert.False(metric.IsManual);
    }

    [Fact]
    public void TheLibrary_HoldsExactlyTheSpecsMetrics_InItsOrder()
    {
        Assert.Equal(SpecRows.Select(r => r.Data.Item1), MetricLibrary.Ids);
    }

    [Fact]
    public void EveryMetricsBoard_IsAStandardBoard()
    {
        var boards = StandardBoards.Create().Select(b => b.Code).ToHashSet();

        Assert.All(MetricLibrary.BuiltIn(), f => Assert.Contains(f.Metric.BoardCode, boards));
    }

    [Fact]
    public void EverySqlFile_IsListed_AndNamedAfterItsId()
    {
        Assert.Equal(MetricLibrary.Ids.Order(StringComparer.Ordinal), MetricLibrary.EmbeddedFiles().Select(f => f[..^".sql".Length]).Order(StringComparer.Ordinal));
        Assert.All(MetricLibrary.BuiltIn(), f => Assert.StartsWith("SELECT", f.Sql.Split('\n').First(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)).Trim() is var first && first.StartsWith("WITH", StringComparison.Ordinal) ? "SELECT" : first, StringComparison.Ordinal));
    }

    [Fact]
    public void DerivedRelations_AreReadOnlyByTheMetricsThatNameThem()
    {
        Assert.Equal(["contact_counts", "waiting_list"], DerivedRelation.All.Select(r => r.Name));
        var users = MetricLibrary.BuiltIn().Where(f => DerivedRelation.All.Any(r => r.IsUsedBy(f.Sql))).Select(f => f.Metric.Id).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["activity-vs-plan", "contacts-linked-to-referral", "dna-rate", "outcomed-appointments", "waiting-list-size", "waiting-over-52-weeks", "waiting-over-65-weeks", "waiting-over-78-weeks", "waiting-within-18-weeks"],
            users);
        Assert.False(DerivedRelation.All[0].IsUsedBy("SELECT * FROM contact_counts_old"));
    }
}
