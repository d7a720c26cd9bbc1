using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using LocalCare.Reports.Packs.Html;
using LocalCare.Reports.Packs.Xlsx;

namespace LocalCare.Reports.Packs;

/// <summary>
/// The pack as a workbook (board-packs.md): the sheet "Icon table", the sheet "Breakdown" (every metric's reporting month at
/// every unit, worst first: the exception pages show the worst few), the sheet "Risks" when the pack has a risk section, then one sheet per metric (named by its id) with its series.
/// </summary>
public static class PackXlsx
{
    /// <summary>The name of the first sheet.</summary>
    public const string IconTableSheet = "Icon table";

    /// <summary>The name of the second sheet: every unit's value of the reporting month.</summary>
    public const string BreakdownSheet = "Breakdown";

    /// <summary>The sheet of the risks above the board's appetite (packs with a risk section only), after the breakdown.</summary>
    public const string RisksSheet = "Risks";

    /// <summary>The risks sheet's column headings, in order.</summary>
    public static IReadOnlyList<string> RisksColumns { get; } =
        ["Risk", "Title", "Owner", "Category", "Likelihood", "Consequence", "Score", "Band", "Target score", "Appetite", "Next review", "Review overdue"];

    /// <summary>The breakdown sheet's column headings, in order.</summary>
    public static IReadOnlyList<string> BreakdownColumns { get; } = ["Metric", "Level", "Unit", "Unit name", "Value", "Target", "Met"];

    /// <summary>The icon table's column headings, in order.</summary>
    public static IReadOnlyList<string> IconTableColumns { get; } =
    [
        "Metric", "Name", "Theme", "Period", "Value", "Target", "Target text", "Variation", "Assurance",
        "Timely", "Complete", "Validated", "Audited", "Updated to", "Stale", "Exception",
    ];

    /// <summary>A metric sheet's column headings, in order.</summary>
    public static IReadOnlyList<string> SeriesColumns { get; } =
    [
        "Month", "Value", "Numerator", "Denominator", "Target", "Mean", "Lower process limit", "Upper process limit",
        "Lower near limit", "Upper near limit", "Limits group", "Label", "Point type",
    ];

    public static byte[] Write(BoardPack pack)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            var names = new SheetNaming();
            AddSheet(workbook, sheets, names.Claim(IconTableSheet), IconTable(pack));
            AddSheet(workbook, sheets, names.Claim(BreakdownSheet), Breakdown(pack));
            if (pack.Risks is { } risks)
            {
                AddSheet(workbook, sheets, names.Claim(RisksSheet), Risks(risks));
            }

            foreach (var metric in pack.Metrics)
            {
                AddSheet(workbook, sheets, names.Claim(metric.Id), Series(metric));
            }

            workbook.Workbook.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The sheet name each metric's series gets, in the pack's order (the metric id, made legal and unique).</summary>
    public static IReadOnlyList<string> SheetNamesOf(BoardPack pack)
    {
        var names = new SheetNaming();
        names.Claim(IconTableSheet);
        names.Claim(BreakdownSheet);
        if (pack.Risks is not null)
        {
            names.Claim(RisksSheet);
        }

        return [.. pack.Metrics.Select(m => names.Claim(m.Id))];
    }

    private static SheetData IconTable(BoardPack pack)
    {
        var sheet = new SheetWriter();
        sheet.Row().Texts([.. IconTableColumns]);
        foreach (var metric in pack.Metrics)
        {
            sheet.Row()
                .Text(metric.Id).Text(metric.Metric.Name).Text(metric.Theme ?? BoardPack.NoTheme).Text(metric.Period.ToString())
                .Number(metric.Value).Number(metric.Target).Text(metric.TargetText)
                .Text(metric.Variation?.ToCode()).Text(metric.Assurance?.ToCode())
                .Text(metric.Quality.Timely.ToCode()).Text(metric.Quality.Complete.ToCode()).Text(metric.Quality.Validated.ToCode()).Text(metric.Quality.Audited.ToCode())
                .Text(metric.UpdatedTo?.ToString()).Text(metric.Stale ? "yes" : "no").Text(metric.IsException ? "yes" : "no");
        }

        return sheet.Data;
    }

    private static SheetData Risks(PackRiskSection risks)
    {
        var sheet = new SheetWriter();
        sheet.Row().Texts([.. RisksColumns]);
        foreach (var risk in risks.AboveAppetite)
        {
            sheet.Row()
                .Text(risk.Code).Text(risk.Title).Text(risk.Owner).Text(risk.Category)
                .Number(risk.Current.Likelihood).Number(risk.Current.Consequence).Number(risk.Current.Score).Text(Core.Risks.RiskScoreBands.ToLabel(risk.Current.Band))
                .Number(risk.Target.Score).Number(risks.Appetite).Text(risk.ReviewDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Text(risk.ReviewOverdue ? "yes" : "no");
        }

        return sheet.Data;
    }

    /// <summary>Each metric's units in the pack's order, worst first within a metric, as the exception pages list them.</summary>
    private static SheetData Breakdown(BoardPack pack)
    {
        var sheet = new SheetWriter();
        sheet.Row().Texts([.. BreakdownColumns]);
        foreach (var metric in pack.Metrics)
        {
            foreach (var unit in metric.Breakdown)
            {
                var met = metric.Metric.Direction.Met(unit.Value, unit.Target);
                sheet.Row()
                    .Text(metric.Id).Text(PackLabels.LevelOf(unit.Unit)).Text(unit.Unit).Text(unit.Name)
                    .Number(unit.Value).Number(unit.Target).Text(met switch { true => "yes", false => "no", null => null });
            }
        }

        return sheet.Data;
    }

    /// <summary>Every month of the charted series, with the chart's lines and verdict where the month has a value.</summary>
    private static SheetData Series(PackMetric metric)
    {
        var sheet = new SheetWriter();
        sheet.Row().Texts([.. SeriesColumns]);
        var points = metric.Spc.Points.ToDictionary(p => p.Period, StringComparer.Ordinal);
        foreach (var reading in metric.Readings)
        {
            var point = points.GetValueOrDefault(reading.Month.ToString());
            sheet.Row()
                .Text(reading.Month.ToString()).Number(reading.Value).Number(reading.Numerator).Number(reading.Denominator).Number(reading.Target)
                .Number(point?.Mean).Number(point?.Lpl).Number(point?.Upl).Number(point?.NearLpl).Number(point?.NearUpl)
                .Number(point?.Group).Text(point?.Label.ToCode()).Text(point?.PointType.ToCode());
        }

        return sheet.Data;
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, SheetData data)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        part.Worksheet = new Worksheet(data);
        part.Worksheet.Save();
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
    }
}
