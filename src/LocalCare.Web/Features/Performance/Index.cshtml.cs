using System.Text;
using LocalCare.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Performance;

/// <summary>The performance summary: one row per metric at a unit, filtered by board, in plan order or exceptions first; <c>format=csv</c> downloads it.</summary>
[LocalCare.Web.Caching.RenderedUntilDataChanges]
public sealed class IndexModel(PerformanceSummaryQuery query, PerformanceCache cache) : PageModel
{
    public PerformanceSummary Summary { get; private set; } = null!;

    /// <summary>The key the rendered table is cached by (see <see cref="PerformanceCache.FragmentKey"/>).</summary>
    public string FragmentKey { get; private set; } = "";

    /// <summary>Filter problems by parameter name (a unit or board typed into the address that does not exist).</summary>
    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public async Task<IActionResult> OnGetAsync(string? board, string? unit, string? sort, string? format, CancellationToken cancellationToken)
    {
        var filter = SummaryFilter.From(board, unit, sort);
        var at = await cache.StampAsync(cancellationToken);
        var units = await cache.UnitsAsync(at, cancellationToken);
        var problems = await query.ProblemsAsync(filter, units, cancellationToken);
        if (format is not (null or "csv"))
        {
            problems["format"] = [$"Format '{format}' is not a download format: use csv"];
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            filter = new SummaryFilter(
                problems.ContainsKey("board") ? null : filter.Board,
                problems.ContainsKey("unit") ? Core.Metrics.UnitRefs.Lco : filter.Unit,
                problems.ContainsKey("sort") ? SummarySort.Plan : filter.Sort);
        }

        Summary = await cache.SummaryAsync(filter, at, cancellationToken);
        FragmentKey = cache.FragmentKey(at, "summary", filter.Board, filter.Unit, filter.Sort);
        if (format == "csv" && problems.Count == 0)
        {
            return File(Encoding.UTF8.GetBytes(PerformanceCsv.Summary(Summary.Rows)), PerformanceCsv.ContentType,
                PerformanceCsv.FileName("performance", filter.Unit, filter.Board ?? "all-boards"));
        }

        return Page();
    }

    /// <summary>This page's address with the current filters, in another order or as CSV.</summary>
    public string PageUrl(string? sort = null, bool csv = false)
    {
        var filter = Summary.Filter;
        sort ??= filter.Sort;
        var parameters = new (string Name, string? Value)[]
        {
            ("board", filter.Board),
            ("unit", filter.Unit == Core.Metrics.UnitRefs.Lco ? null : filter.Unit),
            ("sort", sort == SummarySort.Plan ? null : sort),
            ("format", csv ? "csv" : null),
        };
        var query = string.Join('&', parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return "/performance" + (query.Length == 0 ? "" : "?" + query);
    }
}
