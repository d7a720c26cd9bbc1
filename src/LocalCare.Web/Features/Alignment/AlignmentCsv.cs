using System.Text;
using LocalCare.Web.Features.Shared;

namespace LocalCare.Web.Features.Alignment;

/// <summary>The alignment matrix as CSV: one line per deliverable (workplan, code, title and priority codes), then a column per partner priority with Y where it is aligned, as the plan's appendix marks it.</summary>
public static class AlignmentCsv
{
    public static string Of(AlignmentView view)
    {
        var csv = new StringBuilder();
        SpreadsheetCsv.Line(csv, ["workplan", "deliverable", "title", "priority", .. view.Matrix.Columns.Select(c => c.Code)]);
        foreach (var row in view.Matrix.Rows)
        {
            SpreadsheetCsv.Line(csv, [row.WorkplanCode, row.Code, row.Title, row.PriorityCode, .. row.Ticks.Select(t => t ? "Y" : "")]);
        }

        return csv.ToString();
    }

    /// <summary><c>alignment-2024-25.csv</c>.</summary>
    public static string FileName(AlignmentView view) => $"alignment-{view.Year.StartYear}-{(view.Year.StartYear + 1) % 100:00}.csv";
}
