namespace LocalCare.Core.WaitingLists;

/// <summary>Which capacity a list needs now: relief first (it is more than twice its target size), or target capacity to hold it steady.</summary>
public enum WaitingListRegime
{
    /// <summary>The list is at most twice its target size: target capacity keeps it there.</summary>
    Steady,

    /// <summary>The list is more than twice its target size: relief capacity first brings it down.</summary>
    ReliefFirst,
}

/// <summary>The codes waiting-lists.md gives the regimes in JSON: <c>steady</c> and <c>relief_first</c>.</summary>
public static class WaitingListRegimes
{
    public static string ToCode(this WaitingListRegime regime) => regime switch
    {
        WaitingListRegime.Steady => "steady",
        WaitingListRegime.ReliefFirst => "relief_first",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };
}
