using System.Globalization;

namespace LocalCare.Core.WaitingLists;

/// <summary>The one-line plain-English reading of each model quantity, for the page and the command's table.</summary>
public static class WaitingListReadings
{
    public static string QueueLoad(WaitingListModelInput input, double? queueLoad)
    {
        var net = Math.Abs(input.Demand - input.Capacity);
        return queueLoad switch
        {
            null when input.Demand == 0 => "Nothing joins and nothing is removed: the list stays as it is while every wait grows.",
            null => Text($"Nothing is removed (capacity 0): every referral stays, and the list grows by about {N(input.Demand)} a week."),
            0 => Text($"No referrals join: the list shrinks by about {N(input.Capacity)} a week until it is empty."),
            > 1 => Text($"{N(queueLoad.Value)} referrals join for every one removed: the list grows by about {N(net)} a week."),
            < 1 => Text($"{N(queueLoad.Value)} referrals join for every one removed: the list shrinks by about {N(net)} a week while anyone is waiting."),

            // Exactly balanced is not steady: with any variation a queue at full load drifts upwards.
            _ => "As many join as are removed: the list does not shrink, and variation makes it drift upwards.",
        };
    }

    public static string TargetMeanWait(WaitingListModelInput input, double targetMeanWait) =>
        // Waits in a busy queue are roughly exponential, so P(wait > target) ≈ e^−factor: 1.8% for factor 4, as NHSRwaitinglist says.
        Text($"A mean wait of {N(targetMeanWait)} weeks (the target ÷ {N(input.Factor)}) keeps about {1 - Math.Exp(-input.Factor):0.#%} within {N(input.TargetWeeks)} weeks.");

    public static string TargetQueueSize(WaitingListModelInput input, double targetQueueSize) =>
        Text($"At that mean wait the list holds about {N(targetQueueSize)} (demand × target mean wait, Little's law); it holds {N(input.QueueSize)} now.");

    public static string ReliefCapacity(WaitingListModelInput input, double reliefCapacity, double reliefDemand, double targetQueueSize)
    {
        var plan = input.QueueSize > targetQueueSize
            ? Text($"Removing {N(reliefCapacity)} a week brings the list from {N(input.QueueSize)} down to {N(targetQueueSize)} in {N(input.TimeToTarget)} weeks.")
            : Text($"The list is within its target size: {N(reliefCapacity)} a week would let it grow from {N(input.QueueSize)} to {N(targetQueueSize)} in {N(input.TimeToTarget)} weeks.");
        if (reliefDemand != input.Demand)
        {
            return plan + Text($" Demand is taken as {N(reliefDemand)}, not {N(input.Demand)}, to allow for measuring it from {input.Referrals:#,0} referrals.");
        }

        if (input.Referrals is > 0 && input.CvDemand is not null)
        {
            return plan + Text($" {input.Referrals:#,0} referrals are too few to allow for the uncertainty in demand, so it is taken as measured.");
        }

        return plan;
    }

    public static string TargetCapacity(WaitingListModelInput input, double targetCapacity, double targetMeanWait) =>
        Text($"Once at its target size, removing {N(targetCapacity)} a week ({N(targetCapacity - input.Demand)} above demand, for variation) holds the mean wait at {N(targetMeanWait)} weeks.");

    public static string Pressure(WaitingListModelInput input, double? pressure) => pressure switch
    {
        null => "Pressure needs the mean wait now.",
        > 1 => Text($"Pressure {N(pressure.Value)}: the mean wait of {N(input.MeanWait ?? 0)} weeks is more than half the {N(input.TargetWeeks)}-week target, so the list will breach it."),
        _ => Text($"Pressure {N(pressure.Value)}: the mean wait of {N(input.MeanWait ?? 0)} weeks is at most half the {N(input.TargetWeeks)}-week target."),
    };

    public static string Regime(WaitingListModelInput input, WaitingListRegime regime, double targetQueueSize) => regime == WaitingListRegime.ReliefFirst
        ? Text($"Relief first: the list ({N(input.QueueSize)}) is more than twice its target size ({N(targetQueueSize)}), so it needs relief capacity before target capacity can hold it.")
        : Text($"Steady: the list ({N(input.QueueSize)}) is at most twice its target size ({N(targetQueueSize)}), so target capacity is enough.");

    /// <summary>A number as people read it: thousands separated, at most two decimals.</summary>
    public static string N(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
