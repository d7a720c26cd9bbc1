using System.CommandLine;
using System.Globalization;
using LocalCare.Data.Audit;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare audit verify</c>: walks the audit trail's hash chain and says OK with the count, or names the first entry that fails and why.</summary>
public static class AuditVerifyCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("verify", "Check the audit trail's hash chain: every entry present, in order and unchanged since it was written (docs/audit-trail.md). Exits 1 naming the first entry that fails.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            await session.RequireInitialisedAsync(cancellationToken);
            var verifier = session.Get<AuditVerifier>();
            var total = await verifier.CountAsync(cancellationToken);
            var result = await WithProgressAsync(cli.Console, total, progress => verifier.VerifyAsync(progress, cancellationToken));
            if (result.Break is { } broken)
            {
                await cli.Error.WriteLineAsync($"Audit trail broken at entry {broken.EntryId}: {broken.Reason}.");
                await cli.Error.WriteLineAsync($"{Count(result.Checked)} entries before it verified.");
                return ExitCodes.UserError;
            }

            var unsealed = result.Unsealed > 0 ? $" ({Count(result.Unsealed)} written before the chain began, not covered)" : "";
            cli.Say(result.LastId is { } last
                ? $"Audit trail OK: {Count(result.Checked)} entries verified{unsealed}; last entry {last}, hash {result.LastHash}."
                : "Audit trail OK: no entries yet.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A progress bar on a terminal; nothing when output is captured.</summary>
    private static async Task<T> WithProgressAsync<T>(IAnsiConsole console, int total, Func<IProgress<long>?, Task<T>> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await run(null);
        }

        T result = default!;
        await console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Verifying the audit trail", maxValue: Math.Max(total, 1));
                result = await run(new Progress<long>(done => task.Value = done));
                task.Value = task.MaxValue;
            });
        return result;
    }
}
