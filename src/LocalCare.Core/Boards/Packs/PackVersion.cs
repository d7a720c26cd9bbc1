namespace LocalCare.Core.Boards.Packs;

/// <summary>
/// A published pack, frozen: its HTML, PDF, XLSX and JSON as they were at publishing, each with its SHA-256. Later imports and
/// recomputes never change it; a correction is a new version with a reason.
/// </summary>
public sealed class PackVersion
{
    public int Id { get; set; }

    public required int MeetingId { get; init; }

    /// <summary>1, 2, …</summary>
    public required int Version { get; init; }

    public required DateTime PublishedAt { get; init; }

    public required string PublishedBy { get; init; }

    /// <summary>Why this version corrects the one before; null for the first.</summary>
    public string? CorrectionReason { get; init; }

    /// <summary>Exceptions published without narrative, each "metric: reason" on its own line ("narrative to follow").</summary>
    public string NarrativeToFollow { get; init; } = "";

    public required byte[] Html { get; init; }

    public required byte[] Pdf { get; init; }

    public required byte[] Xlsx { get; init; }

    public required byte[] Json { get; init; }

    public required string HtmlSha256 { get; init; }

    public required string PdfSha256 { get; init; }

    public required string XlsxSha256 { get; init; }

    public required string JsonSha256 { get; init; }
}
