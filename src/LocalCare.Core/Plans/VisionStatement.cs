namespace LocalCare.Core.Plans;

/// <summary>One line of the LCO's vision ("Working together we can help the people of the city…") for a plan year.</summary>
public sealed class VisionStatement
{
    public int Id { get; set; }

    public required PlanYear PlanYear { get; init; }

    public required int Order { get; set; }

    public required string Text { get; set; }
}
