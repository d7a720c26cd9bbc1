using System.CommandLine;
using System.Globalization;
using LocalCare.Data.Backup;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare backup --out FILE [--wait SECONDS]</c>: one consistent .tar.gz of the data directory, while the web app runs.</summary>
public static class BackupCommand
{
    public static Command Create(CliContext cli)
    {
        var output = new Option<string>("--out")
        {
            Description = "The backup file to write (.tar.gz); it must not exist and must be outside the data directory",
            HelpName = "FILE",
            Required = true,
        };
        var wait = new Option<int>("--wait")
        {
            Description = "How long to wait for a running import or metric computation to finish, in seconds",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => (int)DataBackup.DefaultWait.TotalSeconds,
        };
        wait.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--wait must be 0 or more seconds.");
            }
        });

        var pgDump = new Option<string?>("--pg-dump")
        {
            Description = "PostgreSQL only: also dump the app database with pg_dump (custom format) to this file, inside the same lock, so both are of one moment",
            HelpName = "FILE",
        };

        var command = new Command("backup", "Back up the data directory (app database, warehouse, keys, rejects) to one file, consistent across both stores; the web app may keep running. Waits for a running import or computation to finish first. With PostgreSQL the app database is not in the file: dump it with pg_dump (docs/backup.md).")
        {
            output,
            wait,
            pgDump,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            var backup = session.Get<DataBackup>();
            var result = await WithProgressAsync(cli, progress =>
                backup.CreateAsync(parseResult.GetRequiredValue(output), TimeSpan.FromSeconds(parseResult.GetValue(wait)), progress, parseResult.GetValue(pgDump), cancellationToken));

            var table = new Table().Border(TableBorder.Simple).AddColumn("File").AddColumn(new TableColumn("Bytes").RightAligned()).AddColumn("SHA-256");
            foreach (var file in result.Manifest.Files)
            {
                table.AddRow(Markup.Escape(file.Path), file.Bytes.ToString("#,0", CultureInfo.InvariantCulture), file.Sha256[..16] + "...");
            }

            cli.Console.Write(table);
            var size = new FileInfo(result.Path).Length;
            cli.Say($"Backed up {backup.DataDirectory} to {result.Path}: {result.Manifest.Files.Count} files, {size.ToString("#,0", CultureInfo.InvariantCulture)} bytes.");
            cli.Say($"Not included: {DataDirectoryFiles.DemoUsersFile} (demo passwords are never backed up).");
            if (result.Manifest.AppDatabaseDump is { } dump)
            {
                cli.Say($"App database ({session.DatabaseDescription}) dumped with pg_dump to {Path.GetFullPath(parseResult.GetValue(pgDump)!)}: {dump.Bytes.ToString("#,0", CultureInfo.InvariantCulture)} bytes, SHA-256 {dump.Sha256} (in the manifest). Keep it with the backup.");
            }
            else if (!result.Manifest.AppDatabaseIncluded)
            {
                cli.Warn($"the app database is on PostgreSQL ({session.DatabaseDescription}) and is not in this file: back it up with pg_dump (or use --pg-dump FILE) as docs/backup.md describes.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A status line on a terminal; captured output gets only the waiting line, which a person must see.</summary>
    internal static async Task<T> WithProgressAsync<T>(CliContext cli, Func<IProgress<BackupProgress>, Task<T>> run)
    {
        if (!cli.Console.Profile.Capabilities.Interactive)
        {
            return await run(new PlainProgress(cli));
        }

        return await cli.Console.Status().Spinner(Spinner.Known.Dots).StartAsync("Starting...", async status =>
            await run(new Progress<BackupProgress>(p => status.Status(Markup.Escape(Capitalised(p.Step)) + "..."))));
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Says the waiting step at once, on the calling thread (no synchronisation context to post to).</summary>
    private sealed class PlainProgress(CliContext cli) : IProgress<BackupProgress>
    {
        public void Report(BackupProgress value)
        {
            if (value.Step.StartsWith("waiting", StringComparison.Ordinal))
            {
                cli.Say(Capitalised(value.Step) + "...");
            }
        }
    }
}
