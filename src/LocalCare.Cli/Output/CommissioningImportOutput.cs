using System.Globalization;
using System.Text;
using LocalCare.Core.Inputs;
using LocalCare.Data.Commissioning;
using Spectre.Console;

namespace LocalCare.Cli.Output;

/// <summary>Prints what a run did with its commissioning files (rows read, added, changed, unchanged, rejected), and writes its rejects.</summary>
public static class CommissioningImportOutput
{
    public static void Write(CliContext cli, CommissioningImportResult result, bool stored)
    {
        var table = new Table().Border(TableBorder.Simple).Title(stored ? "Commissioning files" : "Commissioning files: nothing stored")
            .AddColumn("File").AddColumn(new TableColumn("Rows read").RightAligned()).AddColumn(new TableColumn("Added").RightAligned())
            .AddColumn(new TableColumn("Changed").RightAligned()).AddColumn(new TableColumn("Unchanged").RightAligned()).AddColumn(new TableColumn("Rejected").RightAligned());
        foreach (var file in result.Files)
        {
            table.AddRow(Markup.Escape(file.File), Count(file.RowsRead), Count(file.Added), Count(file.Changed), Count(file.Unchanged), Count(file.RowsRejected));
        }

        table.AddRow("[bold]All files[/]", Count(result.Files.Sum(f => f.RowsRead)), Count(result.Files.Sum(f => f.Added)), Count(result.Files.Sum(f => f.Changed)),
            Count(result.Files.Sum(f => f.Unchanged)), Count(result.RowsRejected));
        cli.Console.Write(table);
        foreach (var warning in result.Warnings)
        {
            cli.Warn(warning);
        }
    }

    /// <summary>Per CQC ratings file: rows read, kept (locations in the register), skipped (not in it), added to the history, already held.</summary>
    public static void WriteCqc(CliContext cli, IReadOnlyList<CqcRatingsReport> reports, bool stored = true)
    {
        if (reports.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Simple).Title(stored ? "CQC ratings" : "CQC ratings: nothing stored")
            .AddColumn("File").AddColumn(new TableColumn("Rows read").RightAligned()).AddColumn(new TableColumn("Register locations").RightAligned())
            .AddColumn(new TableColumn("Skipped (not in the register)").RightAligned()).AddColumn(new TableColumn("Added").RightAligned()).AddColumn(new TableColumn("Already held").RightAligned())
            .AddColumn(new TableColumn("Rejected").RightAligned());
        foreach (var r in reports)
        {
            table.AddRow(Markup.Escape(r.File), Count(r.RowsRead), Count(r.RowsKept), Count(r.RowsSkipped), Count(r.Added), Count(r.AlreadyHeld), Count(r.RowsRejected));
        }

        cli.Console.Write(table);
    }

    /// <summary>Prints the first rejected CQC rows and writes every one to <paramref name="path"/> as CSV.</summary>
    public static void WriteCqcRejects(CliContext cli, IReadOnlyList<CqcRatingsReport> reports, string path, int printed)
    {
        var rejects = reports.SelectMany(r => r.Rejects).ToList();
        if (rejects.Count == 0)
        {
            return;
        }

        WriteRejectsFile(cli, rejects, path, printed);
        cli.Error.WriteLine(rejects.Count > printed
            ? $"... {Count(rejects.Count)} problems in rejected CQC rating rows in all; every one is in {path}"
            : $"Rejected CQC rating rows are listed in {path}");
    }

    /// <summary>Prints the first rejects and writes every one to <paramref name="path"/> as CSV (file, line, column, reason).</summary>
    public static void WriteRejects(CliContext cli, CommissioningImportResult result, string path, int printed)
    {
        if (result.Rejects.Count == 0)
        {
            return;
        }

        WriteRejectsFile(cli, result.Rejects, path, printed);
        cli.Error.WriteLine(result.Rejects.Count > printed
            ? $"... {Count(result.Rejects.Count)} problems in rejected commissioning rows in all; every one is in {path}"
            : $"Rejected commissioning rows are listed in {path}");
    }

    private static void WriteRejectsFile(CliContext cli, IReadOnlyList<InputError> rejects, string path, int printed)
    {
        foreach (var reject in rejects.Take(printed))
        {
            cli.Error.WriteLine(reject.ToString());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var csv = new StringBuilder("file,line,column,reason\n");
        foreach (var reject in rejects)
        {
            csv.Append(Quote(reject.File)).Append(',').Append(reject.Line.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(reject.Column ?? "")).Append(',').Append(Quote(reject.Reason)).Append('\n');
        }

        File.WriteAllText(path, csv.ToString());
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
