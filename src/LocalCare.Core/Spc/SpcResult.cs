namespace LocalCare.Core.Spc;

/// <summary>An XmR chart: the points, the latest group's mean and limits, the two icons and the warnings.</summary>
/// <param name="Points">The non-null points in series order.</param>
/// <param name="Mean">The latest group's mean; null when there are no points.</param>
/// <param name="Lpl">The latest group's lower process limit; null when it has fewer than 2 points.</param>
/// <param name="Upl">The latest group's upper process limit; null when it has fewer than 2 points.</param>
/// <param name="Variation">The variation icon (the latest point's type); null when there are no points.</param>
/// <param name="Assurance">The assurance icon; null without a target, with direction neither, or with no points.</param>
/// <param name="Warnings">Plain sentences for the reader (limits not yet reliable).</param>
public sealed record SpcResult(
    IReadOnlyList<SpcPoint> Points,
    double? Mean,
    double? Lpl,
    double? Upl,
    Variation? Variation,
    Assurance? Assurance,
    IReadOnlyList<string> Warnings);
