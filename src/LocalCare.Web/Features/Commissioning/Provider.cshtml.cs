using LocalCare.Core.Commissioning.Concerns;
using LocalCare.Data.Audit;
using LocalCare.Data.Commissioning.Audits;
using LocalCare.Data.Commissioning.Concerns;
using LocalCare.Web.Features.Commissioning.Audits;
using LocalCare.Web.Features.Performance;
using LocalCare.Web.Features.Plans;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>
/// A provider's page: summary, risk rating with every reason, band history, CQC ratings over time, audits and actions,
/// concerns (for the roles that may see them: for others they are not even read into the page), contracts with spend and social value.
/// The history shows the provider's, its contracts' and its CQC location's. Commissioners and administrators record a concern
/// through a form that posts back here (<c>?handler=Concern</c>); a problem re-renders with the error summary and status 400;
/// a post by any other role is refused.
/// </summary>
public sealed class ProviderModel(CommissioningQuery query, History.ChangeHistory history, ConcernEditor concerns) : PageModel
{
    /// <summary>The prefix of the concern form's field ids.</summary>
    public const string ConcernForm = "concern";

    public CommissioningSnapshot Snapshot { get; private set; } = null!;

    public ProviderProfile Profile { get; private set; } = null!;

    public bool CanSeeConcerns { get; private set; }

    /// <summary>Commissioners and administrators record concerns (they also see them).</summary>
    public bool CanRecordConcerns => User.CanEditAudits();

    /// <summary>The risk reasons this user may read.</summary>
    public IReadOnlyList<string> Reasons { get; private set; } = [];

    /// <summary>Changes to the provider, its contracts, concerns (for those who may see them), spend and social value.</summary>
    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    public ConcernInput NewConcern { get; private set; } = new();

    public FormErrors Errors { get; private set; } = new();

    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    public FieldError Field(string field) => new($"{ConcernForm}-{field}", Errors.For($"{ConcernForm}-{field}"));

    public string ConcernPostUrl => $"{AuditViews.ProviderUrl(Profile.Provider.Code)}?handler=Concern";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostConcernAsync(string code, ConcernInput input, CancellationToken cancellationToken)
    {
        if (!CanRecordConcerns)
        {
            return Forbid();
        }

        var result = await concerns.RecordAsync(code, input.ToNew(), User.RolesOf(), cancellationToken);
        switch (result.Outcome)
        {
            case AuditEditOutcome.Saved:
                Message = $"Concern {result.Code} recorded";
                return Redirect(AuditViews.ProviderUrl(code) + "#concerns");
            case AuditEditOutcome.Forbidden:
                return Forbid();
            case AuditEditOutcome.NotFound:
                return NotFound();
            default:
                if (!await LoadAsync(code, cancellationToken))
                {
                    return NotFound();
                }

                NewConcern = input;
                Errors = AuditViews.Errors(ConcernForm, result.Problems);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        Snapshot = await query.LoadAsync(cancellationToken);
        if (Snapshot.Provider(code) is not { } provider)
        {
            return false;
        }

        CanSeeConcerns = User.CanSeeConcerns();
        var profile = ProviderProfile.Of(Snapshot, provider);
        Profile = CanSeeConcerns ? profile : profile with { Concerns = [] };
        Reasons = Profile.Risk is { } risk ? CommissioningAccess.ReasonsFor(risk, CanSeeConcerns) : [];
        string[] subjects =
        [
            Subjects.Provider(provider.Code),
            .. profile.Contracts.Select(c => Subjects.Contract(c.Contract.Code)),
            .. CqcLocationIds(provider, Snapshot.Data.CqcRatings).Select(Subjects.CqcLocation),
        ];
        History = await history.ForAnyAsync(subjects, cancellationToken, withoutEntities: CanSeeConcerns ? null : [nameof(Core.Commissioning.ProviderConcern)]);
        NewConcern = new ConcernInput { Opened = CommissioningSnapshot.Iso(Snapshot.Today) };
        return true;
    }

    /// <summary>The provider's CQC location as the ratings store it (matched trimmed, in any case) and as the provider names it.</summary>
    public static IReadOnlyList<string> CqcLocationIds(Core.Commissioning.Provider provider, IEnumerable<Core.Commissioning.CqcRatingRecord> ratings) =>
        provider.CqcLocationId is null
            ? []
            : [.. ProviderProfile.CqcRowsOf(provider, ratings).Select(r => r.LocationId).Append(provider.CqcLocationId).Distinct(StringComparer.Ordinal)];
}

/// <summary>The record-a-concern form as posted.</summary>
public sealed class ConcernInput
{
    public string? Kind { get; set; }

    public string? Opened { get; set; }

    public string? Closed { get; set; }

    public string? Summary { get; set; }

    public NewConcern ToNew() => new(Kind, Opened, Closed, Summary);
}
