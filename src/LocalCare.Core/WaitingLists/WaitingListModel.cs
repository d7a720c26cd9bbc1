using System.Globalization;

namespace LocalCare.Core.WaitingLists;

/// <summary>The waiting-list model of waiting-lists.md: NHSRwaitinglist's formulas for load, target wait, target size, relief and target capacity and pressure.</summary>
public static class WaitingListModel
{
    /// <summary>A list more than this many times its target size needs relief capacity first (NHSRwaitinglist's wl_stats: "queue too big").</summary>
    public const double ReliefThreshold = 2;

    /// <summary>Computes every quantity; throws <see cref="WaitingListInputException"/> naming the first number it cannot use.</summary>
    public static WaitingListModelResult Calculate(WaitingListModelInput input)
    {
        Check(input);
        // No capacity: nothing is removed, so there is no ratio to give (R's Inf); the reading says what that means.
        double? queueLoad = input.Capacity > 0 ? input.Demand / input.Capacity : null;
        var targetMeanWait = input.TargetWeeks / input.Factor;

        // Little's law: the list size that goes with the target mean wait. R computes demand × (target ÷ factor); so does this, to the last digit.
        var targetQueueSize = input.Demand * targetMeanWait;
        var reliefDemand = ReliefDemand(input);
        var reliefCapacity = reliefDemand + ((input.QueueSize - targetQueueSize) / input.TimeToTarget);
        var cvDemand = input.CvDemand ?? WaitingListModelInput.DefaultCv;
        var targetCapacity = input.Demand + (((cvDemand * cvDemand) + (input.CvCapacity * input.CvCapacity)) / 2 * (input.Factor / input.TargetWeeks));
        double? pressure = input.MeanWait is { } meanWait ? 2 * meanWait / input.TargetWeeks : null;
        var regime = input.QueueSize > ReliefThreshold * targetQueueSize ? WaitingListRegime.ReliefFirst : WaitingListRegime.Steady;

        var readings = new WaitingListModelReadings(
            WaitingListReadings.QueueLoad(input, queueLoad),
            WaitingListReadings.TargetMeanWait(input, targetMeanWait),
            WaitingListReadings.TargetQueueSize(input, targetQueueSize),
            WaitingListReadings.ReliefCapacity(input, reliefCapacity, reliefDemand, targetQueueSize),
            WaitingListReadings.TargetCapacity(input, targetCapacity, targetMeanWait),
            WaitingListReadings.Pressure(input, pressure),
            WaitingListReadings.Regime(input, regime, targetQueueSize));
        return new WaitingListModelResult(
            queueLoad, targetMeanWait, targetQueueSize, reliefCapacity, targetCapacity, pressure, regime, reliefDemand, readings);
    }

    /// <summary>
    /// The demand relief capacity plans for. When it was estimated from n referrals with a known cv_demand, and 2 × demand × cv ÷ √n &lt; 1,
    /// it is raised to demand ÷ (1 − 2 × demand × cv ÷ √n), so the plan allows for an estimate that is low by about two standard errors;
    /// otherwise (no count, no cv, or too few referrals for the correction to mean anything) it is the demand as given, as calc_relief_capacity does.
    /// </summary>
    public static double ReliefDemand(WaitingListModelInput input)
    {
        if (input.Referrals is { } n && n > 0 && input.CvDemand is { } cv)
        {
            var allowance = 2 * input.Demand * cv / Math.Sqrt(n);
            if (allowance < 1)
            {
                return input.Demand / (1 - allowance);
            }
        }

        return input.Demand;
    }

    private static void Check(WaitingListModelInput input)
    {
        // 0 is a real service: closed to referrals while it clears its list, or removing no one while it is paused.
        NotNegative(input.Demand, "Demand (referrals a week)");
        NotNegative(input.Capacity, "Capacity (removals a week)");
        NotNegative(input.QueueSize, "The queue size");
        Positive(input.TargetWeeks, "The target wait (weeks)");
        Positive(input.Factor, "The factor");
        if (input.CvDemand is { } cvDemand)
        {
            NotNegative(cvDemand, "The coefficient of variation of demand");
        }

        NotNegative(input.CvCapacity, "The coefficient of variation of capacity");
        Positive(input.TimeToTarget, "The time to target (weeks)");
        if (input.Referrals is < 0)
        {
            throw new WaitingListInputException(string.Create(CultureInfo.InvariantCulture, $"The referral count must be 0 or more (not {input.Referrals})."));
        }

        if (input.MeanWait is { } meanWait)
        {
            NotNegative(meanWait, "The mean wait (weeks)");
        }
    }

    private static void Positive(double value, string what)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new WaitingListInputException(string.Create(CultureInfo.InvariantCulture, $"{what} must be a number greater than 0 (not {value})."));
        }
    }

    private static void NotNegative(double value, string what)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new WaitingListInputException(string.Create(CultureInfo.InvariantCulture, $"{what} must be a number of 0 or more (not {value})."));
        }
    }
}
