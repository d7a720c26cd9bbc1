using LocalCare.Core.Plans;

namespace LocalCare.Core.Portfolio;

/// <summary>A programme of the transformation portfolio for one plan year: in scope or in sight, under a theme, with its projects and the deliverables it carries.</summary>
public sealed class Programme
{
    /// <summary>Stable code, unique across years, e.g. <c>TP2425-CHTP</c>.</summary>
    public required string Code { get; init; }

    public required PlanYear PlanYear { get; init; }

    /// <summary>Position in the portfolio, as the plan lists it.</summary>
    public required int Order { get; set; }

    public required string Name { get; set; }

    public required ProgrammeScope Scope { get; set; }

    /// <summary>The transformation theme it sits under, e.g. "Transforming Community Health Services".</summary>
    public required string Theme { get; set; }

    /// <summary>The accountable person or role.</summary>
    public required string Lead { get; set; }

    /// <summary>Which LCOs take part, as the plan writes it: "M" (Manchester), "T" (Trafford), "M &amp; T"; empty when not stated.</summary>
    public string Partners { get; set; } = "";

    public required PortfolioStatus Status { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Why the status is what it is; required at risk and off track.</summary>
    public string Commentary { get; set; } = "";

    public List<Project> Projects { get; set; } = [];

    public List<ProgrammeDeliverable> Deliverables { get; set; } = [];
}
