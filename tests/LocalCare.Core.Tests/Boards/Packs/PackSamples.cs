using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;

namespace LocalCare.Core.Tests.Boards.Packs;

/// <summary>Small hand-made pack inputs: a meeting on 20 November 2024 reporting October 2024, and metrics with chosen series.</summary>
internal static class PackSamples
{
    public static readonly YearMonth October2024 = new(2024, 10);

    public static readonly DateOnly MeetingDate = new(2024, 11, 20);

    public static readonly DataQualityMark AllGreen = new(Rag.Green, Rag.Green, Rag.Green, Rag.Green);

    public static PackMeeting Meeting(YearMonth? reportingMonth = null, DateOnly? date = null) =>
        new("HPB", "Health Performance Board", date ?? MeetingDate, reportingMonth ?? October2024, 1);

    public static CoverSheet Cover() =>
        new("HPB 24/113", "Integrated performance report", "A. Analyst", "D. Director", PaperPurpose.Assurance, AssuranceLevel.Reasonable,
            ["Safe"], [], [], "Summary.");

    public static MetricDefinition Definition(string id, Direction direction = Direction.HigherIsBetter, MetricKind kind = MetricKind.Count) =>
        new() { Id = id, Name = $"Metric {id}", Kind = kind, Direction = direction, Definition = "n / d", BoardCode = "HPB" };

    /// <summary>Monthly lco readings, the last one in <paramref name="last"/>, the others in the months before it.</summary>
    public static IReadOnlyList<MetricReading> Ending(string id, YearMonth last, params double?[] values) =>
        [.. values.Select((v, i) => new MetricReading(id, last.AddMonths(i - values.Length + 1), "lco", v ?? 0, null, v, null, null))];

    /// <summary>20 tens then one 30, ending in October 2024: mean 230/21, every moving range 0 but the last (20, screened out), so UPL = LPL = mean and 30 is above the UPL.</summary>
    public static double?[] FlatThenSpikeUp() => [.. Enumerable.Repeat<double?>(10, 20), 30];

    /// <summary>20 tens then one 0: mean 200/21, limits at the mean after screening, so 0 is below the LPL.</summary>
    public static double?[] FlatThenSpikeDown() => [.. Enumerable.Repeat<double?>(10, 20), 0];

    /// <summary>10, 12, 10, 12, … (<paramref name="count"/> even): mean 11, AMR 2, UPL 16.32, LPL 5.68; every point common cause.</summary>
    public static double?[] Alternating(int count = 20) => [.. Enumerable.Range(0, count).Select(i => (double?)(i % 2 == 0 ? 10 : 12))];

    public static PackMetricInput Metric(
        string id,
        double?[] values,
        Direction direction = Direction.HigherIsBetter,
        double? target = null,
        bool flagged = false,
        ExceptionNarrative? narrative = null,
        string? theme = null,
        YearMonth? last = null,
        IReadOnlyList<UnitValue>? breakdown = null) =>
        new(Definition(id, direction), theme, Ending(id, last ?? October2024, values), [], target, breakdown ?? [], AllGreen, flagged, narrative);

    public static ExceptionNarrative Narrative(string? toFollow = null) =>
        new("Above the limit.", "Demand.", [new NarrativeAction("Recover", "Owner", new DateOnly(2024, 12, 31))], "Mitigated.", new YearMonth(2025, 1), "Owner", toFollow);

    public static PackInput Input(
        IReadOnlyList<PackMetricInput> metrics,
        IReadOnlyList<PackAction>? actions = null,
        IReadOnlyList<PackDecision>? decisions = null,
        PlanProgressInput? plan = null) =>
        new(Meeting(), Cover(), metrics, plan, null, actions ?? [], decisions ?? []);

    public static BoardPack Build(params PackMetricInput[] metrics) => BoardPackBuilder.Build(Input(metrics));
}
