using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;

namespace LocalCare.Reports.Packs.Html;

/// <summary>The words the pack shows for the cover sheet's choices, the exception reasons and a unit's level.</summary>
internal static class PackLabels
{
    public static string Of(PaperPurpose purpose) => purpose switch
    {
        PaperPurpose.Decision => "Decision",
        PaperPurpose.Assurance => "Assurance",
        _ => "Information",
    };

    public static string Of(AssuranceLevel level) => level switch
    {
        AssuranceLevel.Substantial => "Substantial",
        AssuranceLevel.Reasonable => "Reasonable",
        AssuranceLevel.Limited => "Limited",
        _ => "None",
    };

    public static string Of(ExceptionReason reason) => reason switch
    {
        ExceptionReason.Concern => "the latest point is a special cause concern",
        ExceptionReason.ConsistentFail => "the process will consistently fail the target",
        _ => "flagged for this meeting",
    };

    /// <summary>"Locality", "Neighbourhood" or "Service" from a unit reference such as <c>service:POD</c>.</summary>
    public static string LevelOf(string unit) => unit.Split(':', 2)[0] switch
    {
        "locality" => "Locality",
        "neighbourhood" => "Neighbourhood",
        "service" => "Service",
        UnitRefs.Lco => "LCO",
        var other => other,
    };
}
