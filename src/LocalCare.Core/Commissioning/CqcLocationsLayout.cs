namespace LocalCare.Core.Commissioning;

/// <summary>
/// The layout of the Locations sheet of CQC's monthly "Latest ratings" workbook: its header, in CQC's order. LocalCare reads the
/// columns commissioning.md names by their header text and ignores the rest; the whole layout is here so that generated
/// files, test files and the benchmark workbook look like CQC's own.
/// </summary>
public static class CqcLocationsLayout
{
    /// <summary>The 28 columns of the sheet, ending with the provider's brand (empty for a provider in no brand).</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "Location ID", "Location ODS Code", "Location Name", "Care Home?", "Location Type", "Location Primary Inspection Category",
        "Location Street Address", "Location Address Line 2", "Location City", "Location Post Code", "Location Local Authority",
        "Location Region", "Location NHS Region", "Location ONSPD CCG Code", "Location ONSPD CCG", "Location Commissioning CCG Code",
        "Location Commissioning CCG Name", "Service / Population Group", "Domain", "Latest Rating", "Publication Date", "Report Type",
        "Inherited Rating (Y/N)", "URL", "Provider ID", "Provider Name", "Brand ID", "Brand Name",
    ];
}
