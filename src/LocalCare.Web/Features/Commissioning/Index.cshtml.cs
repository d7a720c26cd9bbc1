using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>The provider register at today: CQC rating, risk score and band, next review; filtered by type, band, rating, overdue and neighbourhood.</summary>
public sealed class IndexModel(CommissioningQuery query) : PageModel
{
    public CommissioningSnapshot Snapshot { get; private set; } = null!;

    public IReadOnlyList<RegisterRow> All { get; private set; } = [];

    public IReadOnlyList<RegisterRow> Shown { get; private set; } = [];

    public RegisterFilter Filter { get; private set; } = RegisterFilter.None;

    public int BandChanges { get; private set; }

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(string? type, string? band, string? cqc, string? overdue, string? neighbourhood, CancellationToken cancellationToken)
    {
        Snapshot = await query.LoadAsync(cancellationToken);
        var problems = new Dictionary<string, string[]>();
        Filter = RegisterFilter.Read(type, band, cqc, overdue, neighbourhood, Snapshot, problems);
        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        All = ProviderRegister.Rows(Snapshot);
        Shown = [.. All.Where(Filter.Keeps)];
        BandChanges = ProviderRegister.BandChanges(Snapshot).Count;
        return Page();
    }

    /// <summary>The neighbourhoods to filter by: those of the organisation and any the register names, in the organisation's order.</summary>
    public IReadOnlyList<(string Code, string Name)> Neighbourhoods()
    {
        var known = Snapshot.Organisation.Neighbourhoods.Select(n => (n.Code, n.Name)).ToList();
        var extra = Snapshot.Data.Providers.Select(p => p.NeighbourhoodCode).OfType<string>().Distinct(StringComparer.Ordinal)
            .Where(c => known.All(k => k.Code != c)).Order(StringComparer.Ordinal).Select(c => (c, c));
        return [.. known, .. extra];
    }
}
