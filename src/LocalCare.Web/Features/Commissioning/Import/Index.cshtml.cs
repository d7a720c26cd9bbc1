using LocalCare.Data.Audit;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning.Import;

/// <summary>
/// Uploads commissioning files (any of commissioning.md's, several at once) and imports them as one run: a problem with the
/// choice of files re-renders with the error summary and status 400; rejected rows are listed as file:line: column: reason and,
/// unless "store the valid rows" was ticked (the CLI's <c>--allow-rejects</c>), nothing is stored (status 400 too).
/// Commissioners and administrators only.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Core.Access.Roles.Admin + "," + Core.Access.Roles.Commissioner)] // CommissioningPermissions.EditRoles, as metadata so the matrix sees it
[RequestSizeLimit(CommissioningUpload.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CommissioningUpload.MaxUploadBytes)]
public sealed class IndexModel(CommissioningUpload upload, History.ChangeHistory history) : PageModel
{
    public const string PageUrl = "/commissioning/import";

    /// <summary>How many problems the page lists; the count of all is stated.</summary>
    public const int ProblemsListed = 1000;

    public FormErrors Errors { get; private set; } = new();

    public UploadOutcome? Outcome { get; private set; }

    public bool AllowRejects { get; private set; }

    /// <summary>The imports of commissioning files and CQC ratings, one entry per file and run (<c>import:commissioning</c>, <c>import:cqc-ratings</c>).</summary>
    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    public FieldError Field(string id) => new(id, Errors.For(id));

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadHistoryAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? files, bool allowRejects, CancellationToken cancellationToken)
    {
        AllowRejects = allowRejects;
        var chosen = (files ?? []).Where(f => !string.IsNullOrEmpty(f.FileName)).ToList();
        if (CommissioningUpload.ChoiceProblems(chosen) is { Count: > 0 } problems)
        {
            Errors = FormErrors.Of(problems);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadHistoryAsync(cancellationToken);
            return Page();
        }

        Outcome = await upload.ImportAsync(chosen, allowRejects, User.Identity?.Name ?? "web", cancellationToken);
        if (!Outcome.Stored)
        {
            Errors.Add(CommissioningUpload.FilesField, Outcome.Files.Count > 0
                ? $"{Rows(Outcome.RowsRejected)} rejected: nothing was stored. Correct the files and import them again, or store the valid rows"
                : "The files could not be imported: nothing was stored. Correct the problems listed and import them again");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadHistoryAsync(cancellationToken);
        return Page();
    }

    private async Task LoadHistoryAsync(CancellationToken cancellationToken) =>
        History = await history.ForAnyAsync([Subjects.Import(Subjects.CommissioningImport), Subjects.Import(Subjects.CqcRatingsImport)], cancellationToken);

    public static string Rows(long count) => count == 1 ? "1 row was" : $"{count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} rows were";
}
