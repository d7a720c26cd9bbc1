using LocalCare.Core.Boards.Packs;

namespace LocalCare.Reports.Packs;

/// <summary>A pack in one of its formats: the same HTML is shown, stored and printed to PDF.</summary>
public static class PackDocuments
{
    public static async Task<byte[]> RenderAsync(BoardPack pack, PackFormat format, PackPdfPrinter printer, CancellationToken cancellationToken = default) => format switch
    {
        PackFormat.Pdf => await printer.PrintAsync(PackHtml.RenderDocument(pack), pack.Title, cancellationToken),
        PackFormat.Html => System.Text.Encoding.UTF8.GetBytes(PackHtml.RenderDocument(pack)),
        PackFormat.Xlsx => PackXlsx.Write(pack),
        _ => PackJson.Write(pack),
    };
}
