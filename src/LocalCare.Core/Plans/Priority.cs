namespace LocalCare.Core.Plans;

/// <summary>A corporate priority of the operating plan for one year, under which deliverables sit.</summary>
public sealed class Priority
{
    /// <summary>Stable code, unique across years (e.g. <c>P2425-SAFE</c>).</summary>
    public required string Code { get; init; }

    public required PlanYear PlanYear { get; init; }

    public required int Order { get; set; }

    public required string Name { get; set; }

    public required string Summary { get; set; }

    public List<Deliverable> Deliverables { get; set; } = [];
}
