using LocalCare.Core.Boards.Packs;
using LocalCare.Web.Features.Boards.Packs;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Boards;

/// <summary>
/// A meeting's draft pack, made from today's figures, for the people who prepare it (analysts, managers, executives,
/// administrators); executives publish it from here, recording "narrative to follow" for any exception still without narrative.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = BoardAccess.DraftReaderRoles)] // drafts are not for viewers, as metadata so the matrix sees it
[LocalCare.Web.Caching.RenderedUntilDataChanges]
public sealed class PackModel(PackDrafts drafts, PackPublisher publisher) : PageModel
{
    public BoardPack Pack { get; private set; } = null!;

    /// <summary>The pack's content as HTML (cached with the draft when nothing was posted).</summary>
    public string PackBody { get; private set; } = "";

    public PublishInput Publish { get; private set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public bool CanPublish => User.CanPublish();

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!User.CanReadDrafts())
        {
            return Forbid();
        }

        return await LoadAsync(id, null, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, PublishInput publish, CancellationToken cancellationToken)
    {
        if (!CanPublish)
        {
            return Forbid();
        }

        Publish = publish;
        var result = await publisher.PublishAsync(id, publish, User.NameOf(), cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Version is { } version)
        {
            TempData["Message"] = $"Version {version} of the pack published";
            return Redirect($"/meetings/{id}/pack/{version}");
        }

        Errors = FormErrors.Of(result.Problems);
        await LoadAsync(id, publish.Reasons(), cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, IReadOnlyDictionary<string, string>? toFollow, CancellationToken cancellationToken)
    {
        if (toFollow is null)
        {
            if (await drafts.ForReadingAsync(id, cancellationToken) is not { Pack: { } cached } draft)
            {
                return false;
            }

            (Pack, PackBody) = (cached, draft.BodyHtml);
            return true;
        }

        if (await drafts.DraftAsync(id, toFollow, cancellationToken) is not { } pack)
        {
            return false;
        }

        (Pack, PackBody) = (pack, LocalCare.Reports.Packs.PackHtml.RenderBody(pack));
        return true;
    }
}
