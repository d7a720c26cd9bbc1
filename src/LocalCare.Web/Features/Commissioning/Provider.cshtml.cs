using LocalCare.Data.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>
/// A provider's page: summary, risk rating with every reason, band history, CQC ratings over time, audits and actions,
/// concerns (for the roles that may see them: for others they are not even read into the page), contracts with spend and social value.
/// </summary>
public sealed class ProviderModel(CommissioningQuery query, History.ChangeHistory history) : PageModel
{
    public CommissioningSnapshot Snapshot { get; private set; } = null!;

    public ProviderProfile Profile { get; private set; } = null!;

    public bool CanSeeConcerns { get; private set; }

    /// <summary>The risk reasons this user may read.</summary>
    public IReadOnlyList<string> Reasons { get; private set; } = [];

    /// <summary>Changes to the provider, its contracts, concerns (for those who may see them), spend and social value.</summary>
    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Snapshot = await query.LoadAsync(cancellationToken);
        if (Snapshot.Provider(code) is not { } provider)
        {
            return NotFound();
        }

        CanSeeConcerns = User.CanSeeConcerns();
        var profile = ProviderProfile.Of(Snapshot, provider);
        Profile = CanSeeConcerns ? profile : profile with { Concerns = [] };
        Reasons = Profile.Risk is { } risk ? CommissioningAccess.ReasonsFor(risk, CanSeeConcerns) : [];
        string[] subjects = [Subjects.Provider(provider.Code), .. profile.Contracts.Select(c => Subjects.Contract(c.Contract.Code))];
        History = await history.ForAnyAsync(subjects, cancellationToken, withoutEntities: CanSeeConcerns ? null : [nameof(Core.Commissioning.ProviderConcern)]);
        return Page();
    }
}
