namespace LocalCare.Warehouse.WaitingLists;

/// <summary>One service's weekly flow over a window (waiting-lists.md): demand, capacity (clock stops) and their variation.</summary>
/// <param name="ServiceCode">The service.</param>
/// <param name="Weeks">Every week of the window, Monday first, including weeks with nothing.</param>
/// <param name="CvDemand">Standard deviation / mean of the days between consecutive referrals received; null with fewer than 3 referrals.</param>
/// <param name="CvCapacity">The same for the days between consecutive clock stops.</param>
public sealed record WaitingFlow(string ServiceCode, IReadOnlyList<FlowWeek> Weeks, double? CvDemand, double? CvCapacity)
{
    public long Referrals => Weeks.Sum(w => w.Demand);

    public double MeanDemand => Weeks.Count == 0 ? 0 : Weeks.Average(w => (double)w.Demand);

    public double MeanCapacity => Weeks.Count == 0 ? 0 : Weeks.Average(w => (double)w.Capacity);
}

/// <summary>A week's referrals received (not crisis) and clock stops (first attended contact, or discharge while waiting).</summary>
public sealed record FlowWeek(DateOnly WeekStart, long Demand, long Capacity)
{
    public long NetChange => Demand - Capacity;

    /// <summary>Demand / capacity; null in a week with no clock stops.</summary>
    public double? QueueLoad => Capacity == 0 ? null : (double)Demand / Capacity;
}
