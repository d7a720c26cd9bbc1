namespace LocalCare.Core.WaitingLists;

/// <summary>How a waiting goal's trajectory looks.</summary>
public enum WaitingGoalVerdict
{
    OnTrack,
    AtRisk,
    OffTrack,
}
