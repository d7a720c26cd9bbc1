using System.Globalization;
using LocalCare.Core.Plans;

namespace LocalCare.Core.ServicePlans;

/// <summary>A stage of the planning cycle: its quarters (from and to), what happens in it, what it produces and by when.</summary>
public sealed record PlanningStage(
    string Key,
    string Name,
    PlanQuarter From,
    PlanQuarter To,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> Products,
    IReadOnlyList<PlanningDeadline> Deadlines)
{
    public DateOnly Start => From.Start;

    public DateOnly End => To.End;

    /// <summary>"October to December 2023", or "July 2024 to March 2025" when the stage spans years.</summary>
    public string Period => Start.Year == End.Year
        ? $"{Month(Start)} to {Month(End)} {End.Year}"
        : $"{Month(Start)} {Start.Year} to {Month(End)} {End.Year}";

    /// <summary>"2023/24 Q3", or "2024/25 Q2 to Q4".</summary>
    public string Quarters => From == To ? From.Label : From.Year == To.Year ? $"{From.Label} to Q{To.Number}" : $"{From.Label} to {To.Label}";

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    private static string Month(DateOnly date) => date.ToString("MMMM", CultureInfo.InvariantCulture);
}

/// <summary>Something the planning cycle must produce by a date.</summary>
public sealed record PlanningDeadline(string What, DateOnly Date)
{
    /// <summary>"15 March 2024".</summary>
    public string DateText => PlanningCycle.Format(Date);
}
