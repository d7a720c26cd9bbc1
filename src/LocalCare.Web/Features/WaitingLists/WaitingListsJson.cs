using System.Globalization;
using System.Text.Json.Serialization;
using LocalCare.Core.Generation;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>The census in the JSON shape of <c>localcare waitlist census --format json</c> (snake_case keys, bands by label), plus the service filter.</summary>
public sealed record CensusJson(
    [property: JsonPropertyName("month")] string Month,
    [property: JsonPropertyName("census")] string Census,
    [property: JsonPropertyName("service")] string? Service,
    [property: JsonPropertyName("units")] IReadOnlyList<CensusUnitJson> Units)
{
    public static CensusJson From(WaitingCensus census) => new(
        census.Month.ToString(),
        census.Month.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59",
        census.ServiceCode,
        [.. census.Units.Select(CensusUnitJson.From)]);
}

/// <summary>One unit's snapshot: total, SitRep bands, mean, median and longest days, and the long waits.</summary>
public sealed record CensusUnitJson(
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("waiting")] int Waiting,
    [property: JsonPropertyName("bands")] IReadOnlyDictionary<string, int> Bands,
    [property: JsonPropertyName("mean_days")] double? MeanDays,
    [property: JsonPropertyName("median_days")] double? MedianDays,
    [property: JsonPropertyName("longest_days")] int? LongestDays,
    [property: JsonPropertyName("over_18_weeks")] int Over18Weeks,
    [property: JsonPropertyName("over_52_weeks")] int Over52Weeks,
    [property: JsonPropertyName("over_65_weeks")] int Over65Weeks,
    [property: JsonPropertyName("over_78_weeks")] int Over78Weeks,
    [property: JsonPropertyName("over_104_weeks")] int Over104Weeks)
{
    public static CensusUnitJson From(UnitSnapshot unit)
    {
        var s = unit.Snapshot;
        return new(unit.Unit, unit.Name, s.Total, s.Bands.ToDictionary(b => b.Band, b => b.Waiting, StringComparer.Ordinal), s.MeanDays, s.MedianDays, s.LongestDays,
            s.Over18Weeks, s.Over52Weeks, s.Over65Weeks, s.Over78Weeks, s.Over104Weeks);
    }
}

/// <summary>A service's weekly flow over the whole weeks before a census.</summary>
public sealed record FlowJson(
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("census")] string Census,
    [property: JsonPropertyName("weeks")] IReadOnlyList<FlowWeekJson> Weeks,
    [property: JsonPropertyName("referrals")] long Referrals,
    [property: JsonPropertyName("mean_demand")] double MeanDemand,
    [property: JsonPropertyName("mean_capacity")] double MeanCapacity,
    [property: JsonPropertyName("cv_demand")] double? CvDemand,
    [property: JsonPropertyName("cv_capacity")] double? CvCapacity)
{
    public static FlowJson From(string service, YearMonth census, WaitingFlow flow) => new(
        service, census.ToString(),
        [.. flow.Weeks.Select(w => new FlowWeekJson(w.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), w.Demand, w.Capacity, w.NetChange, w.QueueLoad))],
        flow.Referrals, flow.MeanDemand, flow.MeanCapacity, flow.CvDemand, flow.CvCapacity);
}

/// <summary>One week (Monday first): referrals received, clock stops, their difference and ratio (null with no clock stops).</summary>
public sealed record FlowWeekJson(
    [property: JsonPropertyName("week_start")] string WeekStart,
    [property: JsonPropertyName("demand")] long Demand,
    [property: JsonPropertyName("capacity")] long Capacity,
    [property: JsonPropertyName("net_change")] long NetChange,
    [property: JsonPropertyName("queue_load")] double? QueueLoad);

/// <summary>The model's quantities under the keys of waiting-lists.md (as <c>localcare waitlist model --format json</c>), with the reading of each.</summary>
public sealed record ModelJson(
    [property: JsonPropertyName("queue_load")] double? QueueLoad,
    [property: JsonPropertyName("target_mean_wait")] double TargetMeanWait,
    [property: JsonPropertyName("target_queue_size")] double TargetQueueSize,
    [property: JsonPropertyName("relief_capacity")] double ReliefCapacity,
    [property: JsonPropertyName("target_capacity")] double TargetCapacity,
    [property: JsonPropertyName("pressure")] double? Pressure,
    [property: JsonPropertyName("regime")] string Regime,
    [property: JsonPropertyName("readings")] ModelReadingsJson Readings)
{
    public static ModelJson From(WaitingListModelResult r) => new(
        r.QueueLoad, r.TargetMeanWait, r.TargetQueueSize, r.ReliefCapacity, r.TargetCapacity, r.Pressure, r.Regime.ToCode(),
        new ModelReadingsJson(r.Readings.QueueLoad, r.Readings.TargetMeanWait, r.Readings.TargetQueueSize, r.Readings.ReliefCapacity, r.Readings.TargetCapacity,
            r.Readings.Pressure, r.Readings.Regime));
}

/// <summary>One sentence per quantity of the model.</summary>
public sealed record ModelReadingsJson(
    [property: JsonPropertyName("queue_load")] string QueueLoad,
    [property: JsonPropertyName("target_mean_wait")] string TargetMeanWait,
    [property: JsonPropertyName("target_queue_size")] string TargetQueueSize,
    [property: JsonPropertyName("relief_capacity")] string ReliefCapacity,
    [property: JsonPropertyName("target_capacity")] string TargetCapacity,
    [property: JsonPropertyName("pressure")] string Pressure,
    [property: JsonPropertyName("regime")] string Regime);

/// <summary>A simulation in the JSON shape of <c>localcare waitlist simulate --format json</c>.</summary>
public sealed record SimulationJson(
    [property: JsonPropertyName("service")] string Service,
    [property: JsonPropertyName("census")] string Census,
    [property: JsonPropertyName("waiting")] int Waiting,
    [property: JsonPropertyName("demand")] double Demand,
    [property: JsonPropertyName("withdrawal")] double Withdrawal,
    [property: JsonPropertyName("replications")] int Replications,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("scenarios")] IReadOnlyList<ScenarioJson> Scenarios)
{
    public static SimulationJson From(ObservedWaitingList observed, double demand, SimulationChoice choice, IReadOnlyList<ScenarioResult> results) => new(
        observed.ServiceCode, observed.Census.ToString(), observed.Waiting.Count, demand, choice.Withdrawal, choice.Replications, choice.Seed,
        [.. results.Select(s => new ScenarioJson(
            s.Name, s.Capacity,
            [.. s.Result.Weeks.Select(w => new SimulatedWeekJson(w.Week, RangeJson.From(w.QueueSize), RangeJson.From(w.Over18Weeks), RangeJson.From(w.Over52Weeks), RangeJson.From(w.Over65Weeks), RangeJson.From(w.Over78Weeks)))],
            [.. s.Result.Clearances.Select(c => new ClearanceJson(c.OverWeeks, c.P10, c.Median, c.P90, c.Cleared))]))]);
}

public sealed record ScenarioJson(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("capacity")] double Capacity,
    [property: JsonPropertyName("weeks")] IReadOnlyList<SimulatedWeekJson> Weeks,
    [property: JsonPropertyName("clearance")] IReadOnlyList<ClearanceJson> Clearance);

public sealed record SimulatedWeekJson(
    [property: JsonPropertyName("week")] int Week,
    [property: JsonPropertyName("queue_size")] RangeJson QueueSize,
    [property: JsonPropertyName("over_18_weeks")] RangeJson Over18Weeks,
    [property: JsonPropertyName("over_52_weeks")] RangeJson Over52Weeks,
    [property: JsonPropertyName("over_65_weeks")] RangeJson Over65Weeks,
    [property: JsonPropertyName("over_78_weeks")] RangeJson Over78Weeks);

public sealed record RangeJson(
    [property: JsonPropertyName("p10")] double P10,
    [property: JsonPropertyName("median")] double Median,
    [property: JsonPropertyName("p90")] double P90)
{
    public static RangeJson From(SimulatedRange range) => new(range.P10, range.Median, range.P90);
}

/// <summary>The week a long-wait count first reaches 0, as percentiles over replications (null: not within the horizon).</summary>
public sealed record ClearanceJson(
    [property: JsonPropertyName("over_weeks")] int OverWeeks,
    [property: JsonPropertyName("p10")] double? P10,
    [property: JsonPropertyName("median")] double? Median,
    [property: JsonPropertyName("p90")] double? P90,
    [property: JsonPropertyName("cleared")] int Cleared);
