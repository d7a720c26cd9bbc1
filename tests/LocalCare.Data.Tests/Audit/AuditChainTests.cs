using LocalCare.Core.Plans;
using LocalCare.Data.Audit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LocalCare.Data.Tests.Audit;

/// <summary>The trail is a hash chain that saves at once cannot fork; a row changed, removed or reordered directly in the database breaks it at that entry.</summary>
public sealed class AuditChainTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentSaves_ExtendOneChain_ThatVerifies(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var ct = TestContext.Current.CancellationToken;
        var before = await CountAsync(database);

        // Two writers, ten saves each, each save one audited row: every save reads the chain's head under the lock.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await using var scope = database.Scope();
                var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
                db.PartnerPriorities.Add(new PartnerPriority { Code = $"W{writer}-{i}", Partner = Partner.AcuteTrust, Number = 100 + (writer * 10) + i, Title = "Concurrent" });
                await db.SaveChangesAsync(ct);
            }
        }, ct)));

        var result = await VerifyAsync(database);
        Assert.True(result.IsIntact, result.Break?.Reason);
        Assert.Equal(before + 20, result.Checked);
        Assert.Equal(result.Checked, result.LastId);
    }

    [Fact]
    public async Task ANewDemo_Verifies_WithEveryEntryHashed()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);

        var result = await VerifyAsync(database);

        Assert.True(result.IsIntact, result.Break?.Reason);
        Assert.Equal((await CountAsync(database), 0L), (result.Checked, result.Unsealed));
        Assert.True(result.Checked > 100);
    }

    [Fact]
    public async Task AChangedEntry_BreaksTheChainAtThatEntry()
    {
        await using var database = await SeededSqliteAsync();
        Tamper(database, """UPDATE "AuditEntries" SET "Changes" = '{"Title":{"after":"Forged"}}' WHERE "Id" = 3""");

        var result = await VerifyAsync(database);

        Assert.Equal(new AuditChainBreak(3, "its contents do not match its hash: it was changed after it was written"), result.Break);
        Assert.Equal(2, result.Checked);
    }

    [Fact]
    public async Task ARemovedEntry_BreaksTheChainAtTheNextEntry()
    {
        await using var database = await SeededSqliteAsync();
        Tamper(database, """DELETE FROM "AuditEntries" WHERE "Id" = 3""");

        var result = await VerifyAsync(database);

        Assert.Equal(new AuditChainBreak(4, "it follows entry 2: entries 3–3 are missing"), result.Break);
    }

    [Fact]
    public async Task ARemovedEntryWithTheIdsClosedUp_BreaksTheChainThere()
    {
        await using var database = await SeededSqliteAsync();
        Tamper(database, """DELETE FROM "AuditEntries" WHERE "Id" = 3; UPDATE "AuditEntries" SET "Id" = "Id" - 1 WHERE "Id" > 3""");

        var result = await VerifyAsync(database);

        Assert.Equal(3, result.Break?.EntryId);
    }

    [Fact]
    public async Task ReorderedEntries_BreakTheChainAtTheFirstMoved()
    {
        await using var database = await SeededSqliteAsync();
        Tamper(database, """UPDATE "AuditEntries" SET "Id" = -1 WHERE "Id" = 2; UPDATE "AuditEntries" SET "Id" = 2 WHERE "Id" = 3; UPDATE "AuditEntries" SET "Id" = 3 WHERE "Id" = -1""");

        var result = await VerifyAsync(database);

        Assert.Equal(new AuditChainBreak(2, "its previous hash does not match entry 1's hash: an entry was removed, inserted or reordered"), result.Break);
    }

    [Fact]
    public async Task OnSqlite_UpdateAndDelete_AreRefusedByTriggers_UntilDropped()
    {
        await using var database = await SeededSqliteAsync();
        using var connection = new SqliteConnection(database.Settings.ConnectionString);
        connection.Open();

        var update = Assert.Throws<SqliteException>(() => Execute(connection, """UPDATE "AuditEntries" SET "Actor" = 'someone else'"""));
        var delete = Assert.Throws<SqliteException>(() => Execute(connection, """DELETE FROM "AuditEntries" """));

        Assert.Contains("the audit trail is append-only: UPDATE of AuditEntries is not allowed", update.Message, StringComparison.Ordinal);
        Assert.Contains("the audit trail is append-only: DELETE of AuditEntries is not allowed", delete.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync(database)).IsIntact);
    }

    [Fact]
    public async Task OnPostgres_TheAppsConnection_CannotUpdateDeleteOrTruncate_ButInserts()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        await database.InitialiseAsync(demo: false);
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.PartnerPriorities.Add(new PartnerPriority { Code = "PG1", Partner = Partner.Council, Number = 101, Title = "Inserted by the app" });
            await db.SaveChangesAsync(ct);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == "partner-priority:PG1", ct));
        }

        await using var connection = new NpgsqlConnection(database.Settings.ConnectionString);
        await connection.OpenAsync(ct);
        foreach (var sql in new[] { """UPDATE "AuditEntries" SET "Changes" = '{}'""", """DELETE FROM "AuditEntries" """, """TRUNCATE "AuditEntries" """ })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(ct));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
            Assert.StartsWith("the audit trail is append-only", refused.MessageText, StringComparison.Ordinal);
        }

        var result = await VerifyAsync(database);
        Assert.True(result.IsIntact, result.Break?.Reason);
        Assert.Equal(await CountAsync(database), result.Checked);
    }

    /// <summary>A SQLite trail of a few entries, its triggers dropped as an attacker with the file would.</summary>
    private static async Task<TestDatabase> SeededSqliteAsync()
    {
        var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            await LocalCare.Data.Database.LocalCareDatabase.MigrateAsync(db, TestContext.Current.CancellationToken);
            for (var i = 1; i <= 5; i++)
            {
                db.PartnerPriorities.Add(new PartnerPriority { Code = $"P{i}", Partner = Partner.AcuteTrust, Number = 100 + i, Title = $"Priority {i}" });
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }
        }

        Assert.Equal(5, await CountAsync(database));
        return database;
    }

    private static void Tamper(TestDatabase database, string sql)
    {
        using var connection = new SqliteConnection(database.Settings.ConnectionString);
        connection.Open();
        Execute(connection, """DROP TRIGGER "AuditEntries_no_update"; DROP TRIGGER "AuditEntries_no_delete";""");
        Execute(connection, sql);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task<int> CountAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().AuditEntries.CountAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<AuditVerification> VerifyAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken: TestContext.Current.CancellationToken);
    }
}
