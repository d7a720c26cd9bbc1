using LocalCare.Core.Boards.Packs;
using LocalCare.Data;
using LocalCare.Reports.Packs;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards.Packs;

/// <summary>
/// The pack's files: a published version's frozen bytes (any signed-in user), the draft's made now (those who read drafts), and
/// the pack stylesheet the in-app pages link to.
/// </summary>
public static class PackDownloads
{
    /// <summary>The policy an HTML pack is served under: its own inline styles and data images, nothing else, never framed.</summary>
    public const string HtmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    public static WebApplication MapPackDownloads(this WebApplication app)
    {
        // Files, not the JSON API: left out of the OpenAPI document.
        app.MapGet("/meetings/{id:int}/pack/{version:int}/{format}", PublishedAsync).ExcludeFromDescription();
        app.MapGet("/meetings/{id:int}/pack/draft.{format}", DraftAsync).ExcludeFromDescription()
            .RequireAuthorization(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute { Roles = BoardAccess.DraftReaderRoles });
        app.MapGet("/css/pack.css", () => Results.Text(PackHtml.Stylesheet, "text/css; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> PublishedAsync(int id, int version, string format, HttpContext context, LocalCareDbContext db, CancellationToken cancellationToken)
    {
        if (PackFormats.Parse(format) is not { } packFormat)
        {
            return Results.NotFound();
        }

        // Only the one file asked for: a version holds all four.
        var stored = db.PackVersions.AsNoTracking().Where(v => v.MeetingId == id && v.Version == version);
        var bytes = packFormat switch
        {
            PackFormat.Pdf => await stored.Select(v => v.Pdf).SingleOrDefaultAsync(cancellationToken),
            PackFormat.Html => await stored.Select(v => v.Html).SingleOrDefaultAsync(cancellationToken),
            PackFormat.Xlsx => await stored.Select(v => v.Xlsx).SingleOrDefaultAsync(cancellationToken),
            _ => await stored.Select(v => v.Json).SingleOrDefaultAsync(cancellationToken),
        };
        if (bytes is null)
        {
            return Results.NotFound();
        }

        var meeting = await db.Meetings.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        return File(context, bytes, packFormat, packFormat.FileName(meeting.BoardCode, meeting.Date, version));
    }

    public static async Task<IResult> DraftAsync(int id, string format, HttpContext context, PackDrafts drafts, PackPdfPrinter printer, CancellationToken cancellationToken)
    {
        if (!context.User.CanReadDrafts())
        {
            return Results.Forbid();
        }

        if (PackFormats.Parse(format) is not { } packFormat || (await drafts.ForReadingAsync(id, cancellationToken))?.Pack is not { } pack)
        {
            return Results.NotFound();
        }

        byte[] bytes;
        try
        {
            bytes = await PackDocuments.RenderAsync(pack, packFormat, printer, cancellationToken);
        }
        catch (PackPdfException e)
        {
            return Results.Problem(title: "The PDF could not be made", detail: e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return File(context, bytes, packFormat, packFormat.FileName(pack.Meeting.BoardCode, pack.Meeting.Date, null));
    }

    private static IResult File(HttpContext context, byte[] bytes, PackFormat format, string fileName)
    {
        if (format == PackFormat.Html)
        {
            // The pack's HTML is standalone, with its stylesheet inline; read it in the browser, under a policy of its own.
            context.Response.Headers.ContentSecurityPolicy = HtmlPolicy;
            return Results.Bytes(bytes, format.MediaType());
        }

        return Results.File(bytes, format.MediaType(), fileName);
    }
}
