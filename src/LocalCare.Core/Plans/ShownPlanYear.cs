namespace LocalCare.Core.Plans;

/// <summary>
/// The plan year pages and the API show when none is asked for: the latest year with a plan, except while next year's plan
/// has been started but the "delivered?" review of this year's deliverables is not finished; then this year, whose
/// quarterly updates are still being written and reviewed, until its last review is answered.
/// </summary>
public static class ShownPlanYear
{
    /// <summary>Null when there is no plan; <paramref name="underReview"/> are the years with a deliverable whose review is pending.</summary>
    public static PlanYear? Of(IEnumerable<PlanYear> planYears, IEnumerable<PlanYear> underReview)
    {
        var years = planYears.ToHashSet();
        if (years.Count == 0)
        {
            return null;
        }

        var latest = years.Max();
        return years.Contains(latest.Previous) && underReview.Contains(latest.Previous) ? latest.Previous : latest;
    }
}
