using LocalCare.Core.Alignment;

namespace LocalCare.Web.Features.Alignment;

/// <summary>How the alignment matrix is grouped, as <c>?group=</c> asks: <c>workplan</c> (left out too) or <c>priority</c>.</summary>
public static class AlignmentGroupParameter
{
    public const string Problem = "Group the matrix by workplan or priority";

    /// <summary>The grouping asked for; false for anything but the two codes (any case, trimmed) or nothing.</summary>
    public static bool TryParse(string? text, out AlignmentGrouping grouping)
    {
        grouping = AlignmentGrouping.Workplan;
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "workplan":
                return true;
            case "priority":
                grouping = AlignmentGrouping.Priority;
                return true;
            default:
                return false;
        }
    }

    /// <summary><c>workplan</c> or <c>priority</c>.</summary>
    public static string ToCode(this AlignmentGrouping grouping) => grouping == AlignmentGrouping.Priority ? "priority" : "workplan";
}
