namespace LocalCare.Core.Plans;

/// <summary>A key deliverable of the operating plan: under a priority and a workplan, owned, due in a quarter, tracked quarterly.</summary>
public sealed class Deliverable
{
    /// <summary>Stable code, e.g. <c>D2425-CH-07</c>.</summary>
    public required string Code { get; init; }

    public required PlanYear PlanYear { get; init; }

    public required string PriorityCode { get; set; }

    public required string WorkplanCode { get; set; }

    /// <summary>Short title in the plan's own terms.</summary>
    public required string Title { get; set; }

    public string Description { get; set; } = "";

    /// <summary>The accountable person or role, as the plan names them ("Director of Operations").</summary>
    public required string Owner { get; set; }

    /// <summary>The user account that writes its quarterly updates ("my updates"); null until someone is named.</summary>
    public string? OwnerUserName { get; set; }

    /// <summary>Quarter (1..4) of the plan year it is due by.</summary>
    public required int DueQuarter { get; set; }

    public List<DeliverableUpdate> Updates { get; set; } = [];

    public List<DeliverableAlignment> Alignments { get; set; } = [];

    /// <summary>The metrics (metrics.md ids) whose figures evidence its progress.</summary>
    public List<DeliverableMetric> Metrics { get; set; } = [];

    public List<Milestone> Milestones { get; set; } = [];

    public PlanQuarter Due => PlanYear.Quarter(DueQuarter);

    /// <summary>The latest quarter's status; not started until a first update.</summary>
    public DeliverableStatus CurrentStatus => LatestUpdate?.Status ?? DeliverableStatus.NotStarted;

    public DeliverableUpdate? LatestUpdate => Updates.OrderByDescending(u => u.Quarter).FirstOrDefault();

    /// <summary>The update for one quarter (1..4), if written.</summary>
    public DeliverableUpdate? UpdateFor(int quarter) => Updates.FirstOrDefault(u => u.Quarter == quarter);

    /// <summary>Delivered by the end of a quarter before <paramref name="quarter"/>: it needs no further updates.</summary>
    public bool DeliveredBefore(int quarter) => Updates.Any(u => u.Quarter < quarter && u.Status == DeliverableStatus.Delivered);
}
