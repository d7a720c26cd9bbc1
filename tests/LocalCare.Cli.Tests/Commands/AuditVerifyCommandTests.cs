using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare audit verify</c>: OK with the count, or the first entry that fails and why, exiting 1.</summary>
public sealed class AuditVerifyCommandTests
{
    [Fact]
    public async Task Verify_AfterInit_SaysOKWithTheCount_ThenAfterTampering_NamesTheEntry()
    {
        using var cli = new TestCli(TestCli.Small);
        var init = await cli.RunAsync("init");
        Assert.Equal(0, init.ExitCode);
        int count;
        await using (var db = cli.OpenDatabase())
        {
            count = await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken);
        }

        var ok = await cli.RunAsync("audit", "verify");

        Assert.Equal((0, ""), (ok.ExitCode, ok.Error));
        Assert.StartsWith($"Audit trail OK: {count.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)} entries verified; last entry {count}, hash ", ok.Out.Trim(), StringComparison.Ordinal);

        using (var connection = new SqliteConnection($"Data Source={cli.DatabaseFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """DROP TRIGGER "AuditEntries_no_update"; UPDATE "AuditEntries" SET "Actor" = 'someone else' WHERE "Id" = 2""";
            command.ExecuteNonQuery();
        }

        var broken = await cli.RunAsync("audit", "verify");

        Assert.Equal(1, broken.ExitCode);
        Assert.Equal(
            ["Audit trail broken at entry 2: its contents do not match its hash: it was changed after it was written.", "1 entries before it verified."],
            broken.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
