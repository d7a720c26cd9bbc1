using LocalCare.Core.Portfolio;
using LocalCare.Web.Features.Shared;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>How a programme or project status looks as an NHS.UK tag (the label is always shown, never colour alone).</summary>
public static class PortfolioStatusTag
{
    public static StatusTag For(PortfolioStatus status) => new(status.ToCode(), status.ToLabel(), status switch
    {
        PortfolioStatus.NotStarted => "grey",
        PortfolioStatus.OnTrack => "green",
        PortfolioStatus.AtRisk => "yellow",
        PortfolioStatus.OffTrack => "red",
        PortfolioStatus.Complete => "blue",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    });

    /// <summary>For a status code from a read model; an unknown code shows as itself in white.</summary>
    public static StatusTag For(string code) =>
        PortfolioStatuses.TryParse(code, out var status) ? For(status) : new StatusTag(code, code, "white");
}
