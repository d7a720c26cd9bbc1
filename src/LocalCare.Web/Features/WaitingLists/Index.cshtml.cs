using System.Globalization;
using System.Text;
using LocalCare.Core.Generation;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Web.Features.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>
/// The waiting lists at a month's census: per unit, total, SitRep bands and summary columns; the bands month by month over two years; and
/// for managers, analysts, administrators and executives, the longest waiters to validate (<c>format=csv</c> downloads every one).
/// </summary>
public sealed class IndexModel(WaitingListsQuery query) : PageModel
{
    /// <summary>How many of the longest waiters the page lists; the download has all of them.</summary>
    public const int ValidationRows = 100;

    public WaitingCensus Census { get; private set; } = null!;

    public OrganisationTree Organisation { get; private set; } = null!;

    public IReadOnlyList<(YearMonth Month, string Band, long Waiting)> History { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Problems { get; private set; } = new Dictionary<string, string[]>();

    public bool Busy { get; private set; }

    public bool CanValidate => User.CanSeeValidationList();

    public async Task<IActionResult> OnGetAsync(string? month, string? service, string? format, CancellationToken cancellationToken)
    {
        Organisation = await query.OrganisationAsync(cancellationToken);
        var problems = new Dictionary<string, string[]>();
        var census = query.Month(month, "month", problems) ?? query.DefaultMonth();
        var code = WaitingListsQuery.Service(service, "service", Organisation, problems);
        if (format is not (null or "csv"))
        {
            problems["format"] = [$"Format '{format}' is not a download format: use csv"];
        }

        if (format == "csv" && !CanValidate)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (problems.Count > 0)
        {
            Problems = problems;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        try
        {
            Census = await query.CensusAsync(census, code, Organisation, cancellationToken);
            if (format == "csv" && problems.Count == 0)
            {
                return File(Encoding.UTF8.GetBytes(WaitingListsCsv.Validation(Census.Waiting)), WaitingListsCsv.ContentType, WaitingListsCsv.FileName(census, code));
            }

            History = await query.HistoryAsync(census, code, Organisation, cancellationToken);
        }
        catch (WarehouseBusyException)
        {
            Busy = true;
            Census = new WaitingCensus(census, code, [], []);
        }

        return Page();
    }

    /// <summary>This page's address for a month and service, or the validation download.</summary>
    public string PageUrl(bool csv = false) => Link("/waiting-lists", ("month", Census.Month.ToString()), ("service", Census.ServiceCode), ("format", csv ? "csv" : null));

    /// <summary>The weekly bands of a unit at this census.</summary>
    public string WeeksUrl(string unit) => Link("/waiting-lists/weeks", ("unit", unit), ("month", Census.Month.ToString()), ("service", Census.ServiceCode));

    /// <summary>A service's flow, model and simulation at this census.</summary>
    public string ServiceUrl(string code) => Link($"/waiting-lists/service/{Uri.EscapeDataString(code)}", ("month", Census.Month.ToString()));

    /// <summary>The history chart: the SitRep bands stacked, month by month.</summary>
    public WaitingChart HistoryChart()
    {
        var months = History.Select(h => h.Month).Distinct().Order().ToList();
        var counts = History.ToDictionary(h => (h.Month, h.Band), h => h.Waiting);
        var series = WaitBands.SitRepBands.Select((b, i) => new ChartSeries(
            b.Band + " weeks", WaitingChartSvg.BandColours[i], [.. months.Select(m => (double?)counts.GetValueOrDefault((m, b.Band)))], ChartSeriesKind.StackedBar)).ToList();
        var first = months.Count == 0 ? "" : MonthLabel(months[0]);
        var last = months.Count == 0 ? "" : MonthLabel(months[^1]);
        var totals = months.Select(m => WaitBands.SitRepBands.Sum(b => counts.GetValueOrDefault((m, b.Band)))).ToList();
        var description = months.Count == 0
            ? "No months to chart."
            : $"Stacked bars of how many were waiting in each SitRep band at each month's census, {first} to {last}: {Count(totals[0])} waiting in {first}, {Count(totals[^1])} in {last}, most {Count(totals.Max())}. The table below the chart has every number.";
        return new WaitingChart("history", $"Waiting by SitRep band, {first} to {last}", description,
            [.. months.Select(m => m.FirstDay.ToString("MMM yy", CultureInfo.GetCultureInfo("en-GB")))], series, "Waiting");
    }

    public static string MonthLabel(YearMonth month) => month.FirstDay.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Days(double? value) => value?.ToString("#,0.0", CultureInfo.InvariantCulture) ?? "–";

    public static string Link(string path, params (string Name, string? Value)[] parameters)
    {
        var query = string.Join('&', parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return path + (query.Length == 0 ? "" : "?" + query);
    }
}
