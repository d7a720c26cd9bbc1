using System.Text;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Data;
using LocalCare.Data.Metrics;
using LocalCare.Reports.Charts;
using LocalCare.Web.Features.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Performance;

/// <summary>
/// One metric at one unit: the SPC chart and icons, the values, the units under it, how it is calculated, commentary and
/// targets. Each form posts back here (its own handler) and re-renders with the NHS.UK error summary and status 400.
/// </summary>
[LocalCare.Web.Caching.RenderedUntilDataChanges]
public sealed class MetricModel(
    MetricDetailQuery query, CommentaryEditor commentaryEditor, MetricTargets targets, ManualValueEntry manualValues,
    MetricCompute compute, WarehouseGate gate, Boards.Packs.MetricSignOffs signOffs, Boards.Packs.MetricReviews reviews, PerformanceCache cache,
    History.ChangeHistory history, MetricRebaseEditor rebaseEditor) : PageModel
{
    public MetricDetail Detail { get; private set; } = null!;

    public UnitDirectory Units { get; private set; } = null!;

    /// <summary>The key the rendered chart and values are cached by (see <see cref="PerformanceCache.FragmentKey"/>).</summary>
    public string FragmentKey { get; private set; } = "";

    /// <summary>Changes to the metric's definition, targets, commentary and sign-offs.</summary>
    public IReadOnlyList<History.HistoryEntry> History { get; private set; } = [];

    /// <summary>Show every point rather than the last <see cref="MetricSeries.DefaultPoints"/>.</summary>
    public bool ShowAll { get; private set; }

    /// <summary>The problems of the form just posted (or of the address), in the order its fields appear.</summary>
    public FormErrors Errors { get; private set; } = new();

    public CommentaryInput Commentary { get; private set; } = new();

    public TargetInput Target { get; private set; } = new();

    public ManualValueInput ManualValue { get; private set; } = new();

    /// <summary>What the last post did, shown once after its redirect.</summary>
    [TempData]
    public string? Message { get; set; }

    public bool CanComment => User.Can(PerformanceAccess.Commentary);

    public bool CanSetTargets => User.Can(PerformanceAccess.Targets);

    public bool CanEnterValues => User.Can(PerformanceAccess.ManualValues);

    public bool CanCompute => User.Can(PerformanceAccess.Metrics);

    /// <summary>The months the data owner has signed off (the packs' "validated"), newest first.</summary>
    public IReadOnlyList<Core.Boards.Packs.MetricSignOff> SignOffs { get; private set; } = [];

    public bool CanSignOff => Boards.Packs.MetricSignOffs.CanSignOff(User, Detail.Metric);

    /// <summary>Whether the user may record that the metric's definition was reviewed today (the packs' "audited").</summary>
    public bool CanReview => Boards.Packs.MetricReviews.CanReview(User);

    /// <summary>The months commentary can be written for: those with a value, newest first.</summary>
    public IReadOnlyList<YearMonth> CommentMonths { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(
        string metricId, string? unit, string? points, string? format, string? table, string? commentMonth, CancellationToken cancellationToken)
    {
        ShowAll = points == "all";
        if (await LoadAsync(metricId, unit, cancellationToken, commentMonth) is { } notFound)
        {
            return notFound;
        }

        if (format == "csv" && Errors.Count == 0)
        {
            var csv = table == "units" ? PerformanceCsv.Units(Detail) : PerformanceCsv.Values(Detail.Series);
            var name = PerformanceCsv.FileName(Detail.Metric.Id, Detail.Unit.Ref.Replace(':', '-'), table == "units" ? "units" : "values");
            return File(Encoding.UTF8.GetBytes(csv), PerformanceCsv.ContentType, name);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostCommentaryAsync(string metricId, string? unit, CommentaryInput commentary, CancellationToken cancellationToken)
    {
        if (!CanComment)
        {
            return Forbid();
        }

        if (await LoadForPostAsync(metricId, unit, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Commentary = commentary;
        var errors = CommentaryEditor.Check(commentary, CommentMonths.Select(m => m.ToString()).ToList());
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        await commentaryEditor.SaveAsync(Detail.Metric.Id, Detail.Unit.Ref, commentary, UserName, cancellationToken);
        Message = $"Commentary for {MonthName(commentary.Month!)} saved";
        return Redirect(PageUrl() + "#commentary");
    }

    public async Task<IActionResult> OnPostTargetAsync(string metricId, string? unit, TargetInput target, CancellationToken cancellationToken)
    {
        if (!CanSetTargets)
        {
            return Forbid();
        }

        if (await LoadForPostAsync(metricId, unit, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Target = target;
        var (errors, year, value) = target.Check(Detail.Metric);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        await targets.SetAsync(Detail.Metric.Id, Detail.Unit.Ref, year, value, cancellationToken);
        Message = value is { } v
            ? $"Target for {year.Label} at {Detail.Unit.Name} set to {Detail.Metric.FormatTarget(v)}"
            : $"The target set for {year.Label} at {Detail.Unit.Name} was removed";
        return Redirect(PageUrl() + "#targets");
    }

    public async Task<IActionResult> OnPostValueAsync(string metricId, string? unit, ManualValueInput entry, CancellationToken cancellationToken)
    {
        if (!CanEnterValues)
        {
            return Forbid();
        }

        if (await LoadForPostAsync(metricId, unit, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        ManualValue = entry;
        if (!Detail.Metric.IsManual)
        {
            return Invalid(Single("calculation", $"{Detail.Metric.Name} is computed from the data: values cannot be entered"));
        }

        var errors = ManualValueEntry.Check(Detail.Metric, entry, Units);
        if (errors.Count == 0)
        {
            try
            {
                errors = await manualValues.StoreAsync(Detail.Metric, entry, UserName, cancellationToken);
            }
            catch (WarehouseBusyException)
            {
                errors = Single("value-month-month", Busy);
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var month = ManualValueEntry.Month(entry)!.Value;
        Message = $"Value for {MonthName(month.ToString())} at {Units.NameOf(entry.ValueUnit!)} saved";
        return Redirect(PageUrl() + "#values");
    }

    public async Task<IActionResult> OnPostSignOffAsync(string metricId, string? unit, string? signOffMonth, CancellationToken cancellationToken)
    {
        if (await LoadForPostAsync(metricId, unit, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (!CanSignOff)
        {
            return Forbid();
        }

        var problems = await signOffs.SignOffAsync(metricId, signOffMonth, User, cancellationToken);
        if (problems is { Count: > 0 })
        {
            return Invalid(FormErrors.Of(problems));
        }

        Message = $"{MonthName(signOffMonth!)} signed off";
        return Redirect(PageUrl() + "#sign-off");
    }

    public async Task<IActionResult> OnPostReviewAsync(string metricId, string? unit, CancellationToken cancellationToken)
    {
        if (!CanReview)
        {
            return Forbid();
        }

        if (await LoadForPostAsync(metricId, unit, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var reviewed = (await reviews.ReviewedTodayAsync(metricId, cancellationToken))!.Value;
        Message = $"Definition of {Detail.Metric.Name} recorded as reviewed on {reviewed.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
        return Redirect(PageUrl() + "#review");
    }

    /// <summary>What the rebase form last posted, shown again with its error.</summary>
    public string? RebaseText { get; private set; }

    public async Task<IActionResult> OnPostRebasesAsync(string metricId, string? unit, string? rebases, CancellationToken cancellationToken)
    {
        if (!CanCompute)
        {
            return Forbid();
        }

        if (await LoadForPostAsync(metricId, unit, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var outcome = (await rebaseEditor.SetAsync(metricId, rebases, cancellationToken))!;
        if (outcome.Error is { } error)
        {
            RebaseText = rebases;
            return Invalid(Single("rebases", error));
        }

        Message = outcome.Periods.Count == 0
            ? $"{Detail.Metric.Name} has no rebase periods: its limits run over the whole series"
            : $"Rebase periods of {Detail.Metric.Name} set to {MetricRebases.Describe(outcome.Periods)}";
        return Redirect(PageUrl() + "#rebase-periods");
    }

    public async Task<IActionResult> OnPostComputeAsync(string metricId, string? unit, CancellationToken cancellationToken)
    {
        if (!CanCompute)
        {
            return Forbid();
        }

        if (await LoadForPostAsync(metricId, unit, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        try
        {
            var report = await gate.WriteAsync(
                async () => compute.DefaultRange() is { } range ? await compute.RunAsync(range, UserName, only: [Detail.Metric.Id], cancellationToken: cancellationToken) : null,
                cancellationToken);
            if (report is null)
            {
                return Invalid(Single("compute", "There is no data to compute from yet: import extracts first"));
            }

            Message = $"Computed {report.Values:#,0} {(report.Values == 1 ? "value" : "values")} from {MonthName(report.Range.From.ToString())} to {MonthName(report.Range.To.ToString())}";
        }
        catch (MetricComputeException e)
        {
            return Invalid(Single("compute", e.Message));
        }
        catch (WarehouseBusyException)
        {
            return Invalid(Single("compute", Busy));
        }

        return Redirect(PageUrl());
    }

    /// <summary>This page at its unit (and, optionally, every point or a CSV table).</summary>
    public string PageUrl(string? unit = null, bool? all = null, string? csv = null)
    {
        unit ??= Detail.Unit.Ref;
        var parameters = new (string Name, string? Value)[]
        {
            ("unit", unit == UnitRefs.Lco ? null : unit),
            ("points", all ?? ShowAll ? "all" : null),
            ("format", csv is null ? null : "csv"),
            ("table", csv is "units" ? "units" : null),
        };
        var query = string.Join('&', parameters.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return $"/performance/{Uri.EscapeDataString(Detail.Metric.Id)}" + (query.Length == 0 ? "" : "?" + query);
    }

    /// <summary>Where a form posts: this page's handler, at this unit.</summary>
    public string PostUrl(string handler) =>
        $"/performance/{Uri.EscapeDataString(Detail.Metric.Id)}?handler={handler}" + (Detail.Unit.Ref == UnitRefs.Lco ? "" : $"&unit={Uri.EscapeDataString(Detail.Unit.Ref)}");

    /// <summary>A field's error, for the <c>_FieldError</c> partial and the field's classes.</summary>
    public FieldError Field(string id) => new(id, Errors.For(id));

    /// <summary>The points the chart draws: the last <see cref="MetricSeries.DefaultPoints"/> months with a value, or all.</summary>
    public IReadOnlyList<Core.Spc.SpcPoint> ChartPoints => Detail.Series.Charted;

    /// <summary>The chart to draw, with its accessible name and description.</summary>
    public SpcChartInput Chart() => MetricChart.Input(Detail);

    /// <summary>The chart in words.</summary>
    public string ChartSummary() => MetricChart.Summary(Detail);

    /// <summary>"December 2024" for 2024-12.</summary>
    public static string MonthName(string month) => SpcChartSvg.MonthLabel(month, "MMMM yyyy");

    private const string Busy = "The warehouse is busy: an import is running from the localcare command line. Try again in a few minutes";

    private string UserName => User.Identity?.Name ?? "web";

    /// <summary>
    /// Loads the page (404 for an unknown metric); an unknown unit shows the LCO with the problem. The forms start from the
    /// latest month's commentary (or <paramref name="commentMonth"/>'s), this plan year's target and the page's unit.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(string metricId, string? unit, CancellationToken cancellationToken, string? commentMonth = null)
    {
        if (await query.FindAsync(metricId, cancellationToken) is not { } metric)
        {
            return NotFound();
        }

        var at = await cache.StampAsync(cancellationToken);
        Units = await cache.UnitsAsync(at, cancellationToken);
        History = await history.ForAsync(LocalCare.Data.Audit.Subjects.Metric(metric.Id), cancellationToken);
        var unitRef = string.IsNullOrWhiteSpace(unit) ? UnitRefs.Lco : unit.Trim();
        var choice = Units.Find(unitRef);
        if (choice is null)
        {
            Errors = Single("unit", Units.Problem(unitRef)!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Detail = await cache.DetailAsync(metric, choice ?? Units.Lco, ShowAll ? null : MetricSeries.DefaultPoints, at, cancellationToken);
        FragmentKey = cache.FragmentKey(at, "metric", metric.Id, Detail.Unit.Ref, ShowAll ? "all" : "latest");
        CommentMonths = Detail.Series.Readings.Where(r => r.Value is not null).Select(r => r.Month).OrderDescending().ToList();
        if (CommentMonths.Count > 0)
        {
            var month = commentMonth is not null && YearMonth.TryParse(commentMonth, out var asked) && CommentMonths.Contains(asked) ? asked : CommentMonths[0];
            Commentary = CommentaryInput.For(month.ToString(), Detail.Commentaries.FirstOrDefault(c => c.Month == month));
        }

        Target = new TargetInput
        {
            Year = Detail.CurrentYear.Label,
            Value = TargetInput.Shown(Detail.Metric, Detail.Targets.FirstOrDefault(t => t.Year == Detail.CurrentYear && t.From == "unit")?.Value),
        };
        ManualValue = new ManualValueInput { ValueUnit = Detail.Unit.Ref };
        SignOffs = await signOffs.ListAsync(metric.Id, cancellationToken);
        return null;
    }

    /// <summary>As <see cref="LoadAsync"/>, but a post to an unknown unit stores nothing: it re-renders with the problem.</summary>
    private async Task<IActionResult?> LoadForPostAsync(string metricId, string? unit, CancellationToken cancellationToken) =>
        await LoadAsync(metricId, unit, cancellationToken) ?? (Errors.Count > 0 ? Invalid(Errors) : null);

    private PageResult Invalid(FormErrors errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static FormErrors Single(string field, string message)
    {
        var errors = new FormErrors();
        errors.Add(field, message);
        return errors;
    }
}
