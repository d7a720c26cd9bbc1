namespace LocalCare.Core.Boards.Packs;

/// <summary>The forms a pack is published and downloaded in (board-packs.md "Outputs").</summary>
public enum PackFormat
{
    Pdf,
    Html,
    Xlsx,
    Json,
}

/// <summary>Codes, file extensions and media types of <see cref="PackFormat"/>.</summary>
public static class PackFormats
{
    public static IReadOnlyList<PackFormat> All { get; } = [PackFormat.Pdf, PackFormat.Html, PackFormat.Xlsx, PackFormat.Json];

    /// <summary>"pdf", "html", "xlsx", "json": the CLI's <c>--format</c> and the download URL's last segment.</summary>
    public static string ToCode(this PackFormat format) => format switch
    {
        PackFormat.Pdf => "pdf",
        PackFormat.Html => "html",
        PackFormat.Xlsx => "xlsx",
        _ => "json",
    };

    public static PackFormat? Parse(string? code) => All.Cast<PackFormat?>().FirstOrDefault(f => f!.Value.ToCode() == code);

    public static string MediaType(this PackFormat format) => format switch
    {
        PackFormat.Pdf => "application/pdf",
        PackFormat.Html => "text/html; charset=utf-8",
        PackFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>The formats that are text (printed to the terminal when no file is named).</summary>
    public static bool IsText(this PackFormat format) => format is PackFormat.Html or PackFormat.Json;

    /// <summary>The frozen bytes of <paramref name="format"/> in a published version.</summary>
    public static byte[] BytesOf(this PackVersion version, PackFormat format) => format switch
    {
        PackFormat.Pdf => version.Pdf,
        PackFormat.Html => version.Html,
        PackFormat.Xlsx => version.Xlsx,
        _ => version.Json,
    };

    /// <summary>The SHA-256 (hex) of <paramref name="format"/>'s frozen bytes in a published version.</summary>
    public static string Sha256Of(this PackVersion version, PackFormat format) => format switch
    {
        PackFormat.Pdf => version.PdfSha256,
        PackFormat.Html => version.HtmlSha256,
        PackFormat.Xlsx => version.XlsxSha256,
        _ => version.JsonSha256,
    };

    /// <summary>"HPB-2024-11-20-v2.pdf" (or "…-draft.pdf" for <paramref name="version"/> null): a download's file name.</summary>
    public static string FileName(this PackFormat format, string boardCode, DateOnly date, int? version) =>
        $"{boardCode}-{date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}-{(version is { } v ? "v" + v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "draft")}.{format.ToCode()}";
}
