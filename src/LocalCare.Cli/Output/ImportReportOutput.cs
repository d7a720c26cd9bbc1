using System.Globalization;
using LocalCare.Warehouse.Imports;
using Spectre.Console;

namespace LocalCare.Cli.Output;

/// <summary>Prints what an import run did: per file rows read, stored and rejected, and the rejects by reason.</summary>
public static class ImportReportOutput
{
    public static void Write(CliContext cli, ImportReport report)
    {
        var files = new Table().Border(TableBorder.Simple).Title(report.Stored ? $"Import {report.ImportId}" : $"Import {report.ImportId}: nothing stored")
            .AddColumn("File").AddColumn(new TableColumn("Rows read").RightAligned()).AddColumn(new TableColumn("Stored").RightAligned()).AddColumn(new TableColumn("Rejected").RightAligned());
        foreach (var file in report.Files)
        {
            files.AddRow(Markup.Escape(file.File), Count(file.RowsRead), Count(file.RowsStored), Count(file.RowsRejected));
        }

        files.AddRow("[bold]All files[/]", Count(report.RowsRead), Count(report.RowsStored), Count(report.RowsRejected));
        cli.Console.Write(files);

        var reasons = report.Files.SelectMany(f => f.RejectsByReason.Select(r => (f.File, r))).ToList();
        if (reasons.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title("Rejected rows by reason")
            .AddColumn("File").AddColumn("Column").AddColumn("Rule").AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var (file, reason) in reasons)
        {
            table.AddRow(Markup.Escape(file), Markup.Escape(reason.Column ?? "-"), Markup.Escape(reason.Rule), Count(reason.Rows));
        }

        cli.Console.Write(table);
    }

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
