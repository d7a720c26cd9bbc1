using System.Diagnostics;
using Npgsql;

namespace LocalCare.Data.Backup;

/// <summary>
/// Runs PostgreSQL's <c>pg_dump</c> (custom format) on the app database, for <c>localcare backup --pg-dump FILE</c>: inside the
/// backup's writer lock, so the dump and the warehouse copy are of the same moment. The password goes in PGPASSWORD, never on the command line.
/// </summary>
public static class PgDump
{
    /// <summary>The program run: <c>pg_dump</c> on PATH unless <c>LOCALCARE_PG_DUMP</c> names another.</summary>
    public static string Program => Environment.GetEnvironmentVariable("LOCALCARE_PG_DUMP") is { Length: > 0 } path ? path : "pg_dump";

    public static async Task RunAsync(string connectionString, string output, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Program)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--format=custom", "--file=" + output, "--host=" + (connection.Host ?? "localhost"), "--port=" + connection.Port, "--username=" + connection.Username, "--no-password", connection.Database ?? "" })
        {
            start.ArgumentList.Add(argument);
        }

        if (connection.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new BackupException($"{Program} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BackupException($"{Program} could not be run ({e.Message}): install PostgreSQL's client programs, or set LOCALCARE_PG_DUMP to pg_dump's path. Nothing was written.", e);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                File.Delete(output);
                var firstLine = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {process.ExitCode}";
                throw new BackupException($"pg_dump failed: {firstLine}. Nothing was written.");
            }
        }
    }
}
