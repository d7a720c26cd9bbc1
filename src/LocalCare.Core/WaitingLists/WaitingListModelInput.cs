namespace LocalCare.Core.WaitingLists;

/// <summary>What the waiting-list model needs, in weeks throughout (waiting-lists.md's Model section; NHSRwaitinglist's defaults).</summary>
/// <param name="Demand">Referrals joining the list a week (more than 0).</param>
/// <param name="Capacity">Removals (clock stops) a week now (more than 0).</param>
/// <param name="QueueSize">How many are waiting now (0 or more).</param>
/// <param name="TargetWeeks">The waiting-time target, such as 18 (more than 0).</param>
/// <param name="Factor">The target mean wait is the target ÷ factor; 4 keeps about 98% within the target (more than 0).</param>
/// <param name="CvDemand">
/// Coefficient of variation of the time between referrals (0 or more). Null: not given, and then 1 (random arrivals) in the target
/// capacity and no allowance for demand's uncertainty in the relief capacity, as NHSRwaitinglist's calc_relief_capacity (cv_demand 0) has it.
/// </param>
/// <param name="CvCapacity">Coefficient of variation of the time between removals (0 or more).</param>
/// <param name="TimeToTarget">Weeks in which relief capacity brings the list to its target size (more than 0).</param>
/// <param name="Referrals">How many referrals the demand was measured from (0 or more); with <paramref name="CvDemand"/> it raises the relief demand.</param>
/// <param name="MeanWait">The mean wait now, in weeks (0 or more); null: no pressure is computed.</param>
public sealed record WaitingListModelInput(
    double Demand,
    double Capacity,
    double QueueSize,
    double TargetWeeks,
    double Factor = WaitingListModelInput.DefaultFactor,
    double? CvDemand = null,
    double CvCapacity = WaitingListModelInput.DefaultCv,
    double TimeToTarget = WaitingListModelInput.DefaultTimeToTarget,
    long? Referrals = null,
    double? MeanWait = null)
{
    public const double DefaultFactor = 4;
    public const double DefaultCv = 1;
    public const double DefaultTimeToTarget = 26;
}
