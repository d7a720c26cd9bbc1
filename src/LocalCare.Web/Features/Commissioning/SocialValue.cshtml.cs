using LocalCare.Core.Commissioning;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>One theme's commitments in one unit: how many, committed and delivered summed (units are never added together).</summary>
public sealed record ThemeTotal(SocialValueTheme Theme, string? Unit, int Commitments, decimal Committed, decimal Delivered);

/// <summary>Social value committed against delivered by the six themes of the commissioning plan, summed per theme and unit, and per contract.</summary>
public sealed class SocialValueModel(CommissioningQuery query) : PageModel
{
    public IReadOnlyList<ThemeTotal> Themes { get; private set; } = [];

    public IReadOnlyList<SocialValueCommitment> Commitments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await query.LoadAsync(cancellationToken);
        Commitments = [.. snapshot.SocialValue.OrderBy(s => s.ContractCode, StringComparer.Ordinal).ThenBy(s => s.Theme).ThenBy(s => s.Measure, StringComparer.Ordinal)];
        Themes = Totals(snapshot.SocialValue);
    }

    /// <summary>Every theme in the plan's order; per unit (ordinal) where it has commitments, one empty row where it has none.</summary>
    public static IReadOnlyList<ThemeTotal> Totals(IEnumerable<SocialValueCommitment> commitments)
    {
        var byTheme = commitments.ToLookup(c => c.Theme);
        var totals = new List<ThemeTotal>();
        foreach (var theme in SocialValueThemes.All)
        {
            var units = byTheme[theme].GroupBy(c => c.Unit.Trim(), StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (units.Count == 0)
            {
                totals.Add(new ThemeTotal(theme, null, 0, 0, 0));
            }

            totals.AddRange(units.Select(g => new ThemeTotal(theme, g.Key, g.Count(), g.Sum(c => c.Committed), g.Sum(c => c.Delivered))));
        }

        return totals;
    }
}
