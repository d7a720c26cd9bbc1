using System.CommandLine;
using LocalCare.Data.Backup;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare restore FILE</c>: unpacks a backup into an empty data directory, after checking every file against its manifest.</summary>
public static class RestoreCommand
{
    public static Command Create(CliContext cli)
    {
        var file = new Argument<string>("FILE") { Description = "A backup written by 'localcare backup'" };
        var command = new Command("restore", "Restore a backup into an empty or new data directory (--data DIR). The whole file is checked against its manifest first: a damaged file restores nothing. With PostgreSQL, restore the app database with pg_restore first (docs/backup.md).")
        {
            file,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            var restore = session.Get<DataRestore>();
            var result = await BackupCommand.WithProgressAsync(cli, progress => restore.RestoreAsync(parseResult.GetRequiredValue(file), progress, cancellationToken));
            var manifest = result.Manifest;
            cli.Say($"Restored {manifest.Files.Count} files into {result.DataDirectory} from the backup of {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC (LocalCare {manifest.LocalCareVersion}).");
            if (result.SqliteFile is not null)
            {
                cli.Say($"App database: {result.SqliteFile}");
            }
            else
            {
                cli.Warn($"the app database is on PostgreSQL ({session.DatabaseDescription}): it is not in the backup; restore its pg_dump as docs/backup.md describes.");
            }

            cli.Say("Demo passwords (demo-users.txt) are never in a backup: sign in with the ones in your copy of that file.");
            return ExitCodes.Success;
        });
        return command;
    }
}
