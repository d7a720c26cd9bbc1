using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Shared;

/// <summary>How a deliverable status looks as an NHS.UK tag: its label and colour (the label is always shown, never colour alone).</summary>
public sealed record StatusTag(string Code, string Label, string Colour)
{
    public string CssClass => $"nhsuk-tag nhsuk-tag--{Colour}";

    public static StatusTag For(DeliverableStatus status) => new(status.ToCode(), status.ToLabel(), status switch
    {
        DeliverableStatus.NotStarted => "grey",
        DeliverableStatus.OnTrack => "green",
        DeliverableStatus.AtRisk => "yellow",
        DeliverableStatus.OffTrack => "red",
        DeliverableStatus.Delivered => "blue",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    });

    /// <summary>For a status code from a read model; an unknown code shows as itself in white.</summary>
    public static StatusTag For(string code) =>
        DeliverableStatuses.TryParse(code, out var status) ? For(status) : new StatusTag(code, code, "white");
}
