using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Core.Spc;
using static LocalCare.Core.Tests.Boards.Packs.PackSamples;

namespace LocalCare.Core.Tests.Boards.Packs;

public sealed class BoardPackBuilderTests
{
    [Fact]
    public void IconTable_KeepsTheInputOrder()
    {
        var pack = Build(Metric("z", Alternating()), Metric("a", Alternating()), Metric("m", []), Metric("b", FlatThenSpikeUp()));

        Assert.Equal(["z", "a", "m", "b"], pack.Metrics.Select(m => m.Id));
    }

    [Fact]
    public void Themes_InOrderOfFirstAppearance_UnthemedLast()
    {
        var pack = Build(
            Metric("m1", Alternating(), theme: "Quality"),
            Metric("m2", Alternating()),
            Metric("m3", Alternating(), theme: "Workforce"),
            Metric("m4", Alternating(), theme: "Quality"),
            Metric("m5", Alternating()));

        Assert.Equal(["Quality", "Workforce", BoardPack.NoTheme], pack.Themes.Select(t => t.Theme));
        Assert.Equal(["m1", "m4"], pack.Themes[0].Metrics.Select(m => m.Id));
        Assert.Equal(["m3"], pack.Themes[1].Metrics.Select(m => m.Id));
        Assert.Equal(["m2", "m5"], pack.Themes[2].Metrics.Select(m => m.Id));
        Assert.Equal("Other measures", BoardPack.NoTheme);
    }

    [Fact]
    public void Themes_AllUnthemed_IsOneGroup()
    {
        var pack = Build(Metric("m1", Alternating()), Metric("m2", Alternating()));

        var only = Assert.Single(pack.Themes);
        Assert.Equal(BoardPack.NoTheme, only.Theme);
    }

    private static readonly UnitValue[] Breakdown =
    [
        new("service:S", "S", 0.5, null),
        new("locality:A", "A", 0.9, null),
        new("neighbourhood:N1", "N1", 0.8, null),
        new("locality:D", "D", 0.7, null),
        new("locality:C", "C", null, null),
        new("neighbourhood:N2", "N2", 0.6, null),
        new("locality:B", "B", 0.7, null),
    ];

    [Fact]
    public void WorstFirst_HigherIsBetter_LowestFirstWithinEachLevel_NullsLast()
    {
        var ordered = BoardPackBuilder.WorstFirst(Breakdown, Direction.HigherIsBetter);

        Assert.Equal(["B", "D", "A", "C", "N2", "N1", "S"], ordered.Select(u => u.Name));
    }

    [Fact]
    public void WorstFirst_LowerIsBetter_HighestFirstWithinEachLevel_NullsLast()
    {
        var ordered = BoardPackBuilder.WorstFirst(Breakdown, Direction.LowerIsBetter);

        Assert.Equal(["A", "B", "D", "C", "N1", "N2", "S"], ordered.Select(u => u.Name));
    }

    [Fact]
    public void Build_OrdersTheBreakdownWorstFirst()
    {
        var metric = Build(Metric("m", Alternating(), Direction.LowerIsBetter, breakdown: Breakdown)).Metrics[0];

        Assert.Equal(["A", "B", "D", "C", "N1", "N2", "S"], metric.Breakdown.Select(u => u.Name));
    }

    [Fact]
    public void FiguresToTheReportingMonth_AreNotStale()
    {
        var metric = Build(Metric("m", Alternating())).Metrics[0];

        Assert.False(metric.Stale);
        Assert.Equal(October2024, metric.UpdatedTo);
        Assert.Equal(October2024, metric.Period);
        Assert.Equal(12, metric.Value);
    }

    [Fact]
    public void FiguresStoppingBeforeTheReportingMonth_AreStale_WithTheLastValue()
    {
        var metric = Build(Metric("m", [10, 12, 14], last: new(2024, 8))).Metrics[0];

        Assert.True(metric.Stale);
        Assert.Equal(new YearMonth(2024, 8), metric.UpdatedTo);
        Assert.Equal(14, metric.Value);
        Assert.Equal(October2024, metric.Period);
    }

    [Fact]
    public void ANullValueInTheReportingMonth_IsStale_UpdatedToTheMonthBefore()
    {
        var metric = Build(Metric("m", [10, 12, 14, null])).Metrics[0];

        Assert.True(metric.Stale);
        Assert.Equal(new YearMonth(2024, 9), metric.UpdatedTo);
        Assert.Equal(14, metric.Value);
    }

    [Fact]
    public void NoReadings_IsStaleWithNoValueNoIconsNoException()
    {
        var metric = Build(Metric("m", [], target: 5)).Metrics[0];

        Assert.True(metric.Stale);
        Assert.Null(metric.UpdatedTo);
        Assert.Null(metric.Value);
        Assert.Null(metric.Variation);
        Assert.Null(metric.Assurance);
        Assert.Empty(metric.Spc.Points);
        Assert.False(metric.IsException);
        Assert.Equal("≥ 5", metric.TargetText);
    }

    [Fact]
    public void ReadingsAfterTheReportingMonth_AreIgnored()
    {
        // 20 alternating points to October, then November 100 and December 100: ignored, so October's 12 is common cause.
        double?[] values = [.. Alternating(), 100, 100];
        var metric = Build(Metric("m", values, last: new(2024, 12))).Metrics[0];

        Assert.Equal(12, metric.Value);
        Assert.Equal(October2024, metric.UpdatedTo);
        Assert.False(metric.Stale);
        Assert.Equal(20, metric.Readings.Count);
        Assert.Equal(October2024, metric.Readings[^1].Month);
        Assert.Equal(20, metric.Spc.Points.Count);
        Assert.Equal("2024-10", metric.Spc.Points[^1].Period);
        Assert.Equal(Variation.CommonCause, metric.Variation);
        Assert.Equal(11, metric.Spc.Mean!.Value, 9);
    }

    [Fact]
    public void LeadingMonthsWithoutAValue_AreNotPartOfTheSeries()
    {
        var metric = Build(Metric("m", [null, null, 10, null, 12])).Metrics[0];

        Assert.Equal([new YearMonth(2024, 8), new YearMonth(2024, 9), October2024], metric.Readings.Select(r => r.Month));
        Assert.Equal(["2024-08", "2024-10"], metric.Spc.Points.Select(p => p.Period));
    }

    [Fact]
    public void ChartedPoints_AreTheLast24_WithLimitsFromTheWholeSeries()
    {
        // 20, 22 ×3 then 10, 12 ×12 (30 points): mean 390/30 = 13; 28 moving ranges of 2 and one of 12 (AMR 68/29, screened
        // at 3.267 × that ≈ 7.66, so 12 is dropped): AMR 2, UPL 13 + 5.32 = 18.32, LPL 7.68. The last 24 alone would give mean 11.
        double?[] values = [20, 22, 20, 22, 20, 22, .. Alternating(24)];
        var metric = Build(Metric("m", values)).Metrics[0];

        Assert.Equal(30, metric.Spc.Points.Count);
        Assert.Equal(24, metric.ChartedPoints.Count);
        Assert.Equal(PackMetric.ChartPoints, metric.ChartedPoints.Count);
        Assert.Equal("2022-11", metric.ChartedPoints[0].Period);
        Assert.Equal("2024-10", metric.ChartedPoints[^1].Period);
        Assert.All(metric.ChartedPoints, p =>
        {
            Assert.Equal(13, p.Mean, 9);
            Assert.Equal(18.32, p.Upl!.Value, 9);
            Assert.Equal(7.68, p.Lpl!.Value, 9);
        });
    }

    [Fact]
    public void ChartedPoints_FewerThan24_AreAllOfThem()
    {
        var metric = Build(Metric("m", Alternating(10))).Metrics[0];

        Assert.Equal(10, metric.ChartedPoints.Count);
        Assert.Equal("2024-01", metric.ChartedPoints[0].Period);
    }

    [Fact]
    public void ARebaseAfterTheReportingMonth_IsNotPartOfTheSeries()
    {
        var input = Metric("m", Alternating()) with { RebasePeriods = ["2024-12"] };
        var metric = Build(input).Metrics[0];

        Assert.Equal(20, metric.Spc.Points.Count);
        Assert.All(metric.Spc.Points, p => Assert.Equal(0, p.Group));
    }

    [Fact]
    public void ARebaseWithinTheSeries_StartsNewLimits()
    {
        // 12 points alternating 10/12 (mean 11), then from 2024-03 eight points alternating 20/22 (mean 21).
        double?[] values = [.. Alternating(12), 20, 22, 20, 22, 20, 22, 20, 22];
        var input = Metric("m", values) with { RebasePeriods = ["2024-03"] };
        var metric = Build(input).Metrics[0];

        Assert.Equal(11, metric.Spc.Points[0].Mean, 9);
        Assert.Equal(1, metric.Spc.Points[12].Group);
        Assert.Equal("2024-03", metric.Spc.Points[12].Period);
        Assert.Equal(21, metric.Spc.Mean!.Value, 9);
    }

    private static PackAction Action(string reference, int month, int day, BoardActionStatus status) =>
        new(reference, new DateOnly(2024, 6, 19), $"Action {reference}", "Owner", new DateOnly(2024, month, day), status, null);

    [Fact]
    public void Actions_OverdueFirst_ThenByDueDate()
    {
        // Meeting on 20 November 2024: overdue = due before it and open or in progress.
        var input = Input([], actions:
        [
            Action("A1", 12, 1, BoardActionStatus.Open),
            Action("A2", 10, 1, BoardActionStatus.Complete),
            Action("A3", 11, 1, BoardActionStatus.InProgress),
            Action("A4", 9, 15, BoardActionStatus.Open),
            Action("A5", 11, 20, BoardActionStatus.Open),
            Action("A6", 8, 1, BoardActionStatus.Closed),
            Action("A8", 11, 19, BoardActionStatus.Open),
            Action("A7", 11, 19, BoardActionStatus.Open),
        ]);

        var actions = BoardPackBuilder.Build(input).Actions;

        Assert.Equal(["A4", "A3", "A7", "A8", "A6", "A2", "A5", "A1"], actions.Select(a => a.Action.Reference));
        Assert.Equal([true, true, true, true, false, false, false, false], actions.Select(a => a.Overdue));
    }

    [Fact]
    public void Decisions_LatestFirst()
    {
        var input = Input([], decisions:
        [
            new PackDecision("D1", new DateOnly(2024, 9, 18), "first"),
            new PackDecision("D2", new DateOnly(2024, 11, 20), "latest"),
            new PackDecision("D3", new DateOnly(2024, 10, 16), "middle b"),
            new PackDecision("D0", new DateOnly(2024, 10, 16), "middle a"),
        ]);

        Assert.Equal(["D2", "D0", "D3", "D1"], BoardPackBuilder.Build(input).Decisions.Select(d => d.Reference));
    }

    private static readonly PlanYear Year = new(2024);

    private static Priority Priority(string code, int order) =>
        new() { Code = code, PlanYear = Year, Order = order, Name = $"Priority {code}", Summary = "" };

    private static Deliverable Deliverable(string code, string priority, params (int Quarter, DeliverableStatus Status)[] updates) =>
        new()
        {
            Code = code,
            PlanYear = Year,
            PriorityCode = priority,
            WorkplanCode = "W1",
            Title = $"Deliverable {code}",
            Owner = $"Owner {code}",
            DueQuarter = 4,
            Updates = [.. updates.Select(u => new DeliverableUpdate
            {
                DeliverableCode = code,
                Quarter = u.Quarter,
                Status = u.Status,
                Commentary = $"{code} Q{u.Quarter} commentary",
                Action = $"{code} Q{u.Quarter} action",
            })],
        };

    private static PlanProgressInput Plan(int quarter) => new(
        Year.Quarter(quarter),
        [Priority("P1", 2), Priority("P2", 1)],
        [
            Deliverable("D1", "P1", (3, DeliverableStatus.OnTrack)),
            Deliverable("D2", "P1", (2, DeliverableStatus.OnTrack), (3, DeliverableStatus.AtRisk)),
            Deliverable("D3", "P1", (2, DeliverableStatus.OffTrack)),
            Deliverable("D4", "P2", (3, DeliverableStatus.OffTrack)),
            Deliverable("D5", "P2", (2, DeliverableStatus.AtRisk), (3, DeliverableStatus.Delivered)),
        ]);

    [Fact]
    public void PlanProgress_CountsByPriorityAndStatus_WithNoUpdate()
    {
        var progress = BoardPackBuilder.Build(Input([], plan: Plan(3))).PlanProgress!;

        Assert.Equal(Year.Quarter(3), progress.Quarter);
        Assert.Equal(["P2", "P1"], progress.Rows.Select(r => r.PriorityCode));
        var p2 = progress.Rows[0];
        Assert.Equal("Priority P2", p2.PriorityName);
        Assert.Equal([0, 0, 0, 1, 1], PlanProgress.Statuses.Select(s => p2.ByStatus[s]));
        Assert.Equal(0, p2.NoUpdate);
        Assert.Equal(2, p2.Total);
        var p1 = progress.Rows[1];
        Assert.Equal([0, 1, 1, 0, 0], PlanProgress.Statuses.Select(s => p1.ByStatus[s]));
        Assert.Equal(1, p1.NoUpdate);
        Assert.Equal(3, p1.Total);
    }

    [Fact]
    public void PlanProgress_Concerns_OffTrackThenAtRisk_ForTheQuarterOnly()
    {
        var concerns = BoardPackBuilder.Build(Input([], plan: Plan(3))).PlanProgress!.Concerns;

        Assert.Equal(["D4", "D2"], concerns.Select(c => c.Code));
        Assert.Equal(
            new PlanConcern("D4", "Deliverable D4", "Priority P2", "Owner D4", DeliverableStatus.OffTrack, "D4 Q3 commentary", "D4 Q3 action"),
            concerns[0]);
        Assert.Equal(DeliverableStatus.AtRisk, concerns[1].Status);
        Assert.Equal("Priority P1", concerns[1].PriorityName);
    }

    [Fact]
    public void PlanProgress_AQuarterWithNoUpdatesYet_ShowsTheLatestReportedQuarter()
    {
        // The meeting's quarter is Q4 but nobody has reported Q4: the pack shows Q3's reports (the code's choice).
        var progress = BoardPackBuilder.Build(Input([], plan: Plan(4))).PlanProgress!;

        Assert.Equal(Year.Quarter(3), progress.Quarter);
        Assert.Equal(1, progress.Rows[1].NoUpdate);
    }

    [Fact]
    public void PlanProgress_UpdatesAfterTheQuarter_AreIgnored()
    {
        // At Q2: D1 and D4 have no Q2 update; D2 on track, D3 off track, D5 at risk.
        var progress = BoardPackBuilder.Build(Input([], plan: Plan(2))).PlanProgress!;

        Assert.Equal(Year.Quarter(2), progress.Quarter);
        Assert.Equal([0, 1, 0, 1, 0], PlanProgress.Statuses.Select(s => progress.Rows[1].ByStatus[s]));
        Assert.Equal(1, progress.Rows[1].NoUpdate);
        Assert.Equal([0, 0, 1, 0, 0], PlanProgress.Statuses.Select(s => progress.Rows[0].ByStatus[s]));
        Assert.Equal(1, progress.Rows[0].NoUpdate);
        Assert.Equal(["D3", "D5"], progress.Concerns.Select(c => c.Code));
    }

    [Fact]
    public void NoPlanInput_NoPlanProgress()
    {
        Assert.Null(Build(Metric("m", Alternating())).PlanProgress);
    }

    [Fact]
    public void Title_IsBoardAndMeetingDate()
    {
        Assert.Equal("Health Performance Board, 20 November 2024", Build().Title);
    }

    [Fact]
    public void ReadingsInAnyOrder_AreChartedInMonthOrder()
    {
        var readings = Ending("m", October2024, 10, 12, 14);
        var input = Metric("m", []) with { Readings = [readings[2], readings[0], readings[1]] };
        var metric = Build(input).Metrics[0];

        Assert.Equal(["2024-08", "2024-09", "2024-10"], metric.Spc.Points.Select(p => p.Period));
        Assert.Equal(14, metric.Value);
    }

    [Fact]
    public void QualitySourceOwnerAndNarrative_PassThrough()
    {
        var mark = new DataQualityMark(Rag.Green, Rag.Amber, Rag.Red, Rag.Green);
        var narrative = Narrative();
        var input = Metric("m", Alternating(), flagged: true, narrative: narrative) with { Quality = mark, Source = "srs.csv", Owner = "j.bloggs" };
        var metric = Build(input).Metrics[0];

        Assert.Equal(mark, metric.Quality);
        Assert.Equal("srs.csv", metric.Source);
        Assert.Equal("j.bloggs", metric.Owner);
        Assert.Same(narrative, metric.Narrative);
    }

    [Fact]
    public void TargetText_ReadsTheDirectionAndKind()
    {
        var input = new PackMetricInput(
            Definition("r", Direction.LowerIsBetter, MetricKind.Ratio), null, [], [], 0.126, [], AllGreen, false, null);

        Assert.Equal("≤ 12.6%", BoardPackBuilder.Build(Input([input])).Metrics[0].TargetText);
        Assert.Equal("none", Build(Metric("m", Alternating())).Metrics[0].TargetText);
    }
}
