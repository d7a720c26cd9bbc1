using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Web.Features.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>One unit's list at a census in whole-week bands (<c>0-1</c> … <c>103-104</c>, <c>104+</c>): the drill-down of the census table.</summary>
public sealed class WeeksModel(WaitingListsQuery query) : PageModel
{
    public WaitingCensus Census { get; private set; } = null!;

    public string Unit { get; private set; } = UnitRefs.Lco;

    public string UnitName { get; private set; } = "";

    public WaitingSnapshot? Snapshot { get; private set; }

    /// <summary>Every weekly band up to the longest wait's, with its count.</summary>
    public IReadOnlyList<BandCount> Bands { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public bool Busy { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? unit, string? month, string? service, CancellationToken cancellationToken)
    {
        var organisation = await query.OrganisationAsync(cancellationToken);
        var problems = new Dictionary<string, string[]>();
        var census = query.Month(month, "month", problems) ?? query.DefaultMonth();
        var code = WaitingListsQuery.Service(service, "service", organisation, problems);
        Unit = string.IsNullOrWhiteSpace(unit) ? UnitRefs.Lco : unit.Trim();
        UnitName = NameOf(Unit, organisation) ?? "";
        if (UnitName.Length == 0)
        {
            problems["unit"] = [$"Unit '{unit}' is not a unit of the organisation: write lco, locality:X, neighbourhood:X or service:X"];
            Unit = UnitRefs.Lco;
            UnitName = NameOf(Unit, organisation)!;
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        try
        {
            Census = await query.CensusAsync(census, code, organisation, cancellationToken);
        }
        catch (WarehouseBusyException)
        {
            Busy = true;
            Census = new WaitingCensus(census, code, [], []);
        }

        var days = Census.Waiting.Where(w => UnitRefs.Of(w.ServiceCode, w.NeighbourhoodCode, organisation).Contains(Unit)).Select(w => w.DaysWaited).ToList();
        Snapshot = days.Count == 0 ? null : WaitingSnapshot.Of(days);
        var counts = days.GroupBy(WaitBands.Weekly).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var last = days.Count == 0 ? -1 : WaitBands.WeeklyBands.ToList().IndexOf(WaitBands.Weekly(days.Max()));
        Bands = [.. WaitBands.WeeklyBands.Take(last + 1).Select(b => new BandCount(b, counts.GetValueOrDefault(b)))];
        return Page();
    }

    private static string? NameOf(string unit, OrganisationTree organisation)
    {
        if (unit == UnitRefs.Lco)
        {
            return organisation.Lco?.Name ?? "All services";
        }

        var colon = unit.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && organisation.Find(unit[(colon + 1)..]) is { } found && found.UnitRef == unit ? found.Name : null;
    }
}
