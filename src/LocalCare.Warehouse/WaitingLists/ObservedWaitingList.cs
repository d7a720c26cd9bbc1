using LocalCare.Core.Generation;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Warehouse.WaitingLists;

/// <summary>
/// A service's waiting list as observed at a census, ready for the model and the simulator: who is waiting (days waited), and
/// the weekly demand and capacity with their coefficients of variation over the whole weeks before the census.
/// </summary>
public sealed record ObservedWaitingList(string ServiceCode, YearMonth Census, IReadOnlyList<WaitingReferral> Waiting, WaitingFlow Flow)
{
    /// <summary>How many whole weeks of flow are observed unless asked otherwise: half a year.</summary>
    public const int DefaultFlowWeeks = 26;

    public IReadOnlyList<int> DaysWaited => [.. Waiting.Select(w => w.DaysWaited)];

    /// <summary>The mean wait in weeks of those waiting; null when nobody is.</summary>
    public double? MeanWaitWeeks => Waiting.Count == 0 ? null : Waiting.Average(w => w.DaysWaited) / 7.0;

    /// <summary>The model's inputs from what was observed; the user may change any of them.</summary>
    public WaitingListModelInput ModelInput(double targetWeeks) => new(
        Demand: Flow.MeanDemand,
        Capacity: Flow.MeanCapacity,
        QueueSize: Waiting.Count,
        TargetWeeks: targetWeeks,
        CvDemand: Flow.CvDemand,
        CvCapacity: Flow.CvCapacity ?? WaitingListModelInput.DefaultCv,
        Referrals: Flow.Referrals,
        MeanWait: MeanWaitWeeks);

    /// <summary>Reads the list at <paramref name="census"/> and the flow over the <paramref name="weeks"/> whole weeks (Monday to Sunday) ending on or before its census date.</summary>
    public static ObservedWaitingList Read(WarehouseDatabase warehouse, string serviceCode, YearMonth census, int weeks = DefaultFlowWeeks)
    {
        var lastSunday = census.LastDay.AddDays(-(((int)census.LastDay.DayOfWeek) % 7));
        var firstMonday = lastSunday.AddDays(1 - (7 * weeks));
        return new ObservedWaitingList(serviceCode, census, WaitingCensusQuery.Read(warehouse, census, serviceCode), WaitingFlowQuery.Read(warehouse, serviceCode, firstMonday, weeks));
    }
}
