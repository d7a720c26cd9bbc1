using LocalCare.Core.Plans;
using LocalCare.Data.Audit;
using LocalCare.Data.Database;
using LocalCare.Data.Setup;
using LocalCare.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LocalCare.Data.Tests.Audit;

/// <summary>
/// The role split of docs/audit-trail.md, run for real: tables migrated by the owner, the app connecting as a role
/// given docs/postgres/app-role.sql, which may append to the trail but not change, remove or unguard it.
/// </summary>
public sealed class AppRoleTests
{
    [Fact]
    public async Task OnPostgres_TheAppRole_CannotChangeTheAuditTrail()
    {
        var ct = TestContext.Current.CancellationToken;
        var role = PostgresServer.NewRole("localcare_app_test");
        try
        {
            await using var owner = await TestDatabase.CreateAsync(TestDatabase.Postgres);
            await owner.InitialiseAsync(demo: false);
            await GrantAsync(owner.Settings.ConnectionString, role.Name, ct);

            var appConnection = new NpgsqlConnectionStringBuilder(owner.Settings.ConnectionString) { Username = role.Name, Password = role.Password }.ConnectionString;
            await using var app = AppServices(appConnection, owner.DataDirectory);

            // The app starts as the web app does (migrations already applied by the owner) and saves, which appends entries.
            await using (var scope = app.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<Initialiser>().InitialiseAsync(false, owner.DataDirectory, TestDatabase.SmallActivity, ct);
                var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
                db.PartnerPriorities.Add(new PartnerPriority { Code = "APP1", Partner = Partner.Council, Number = 101, Title = "Saved by the app's role" });
                await db.SaveChangesAsync(ct);
                Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == "partner-priority:APP1", ct));
            }

            await using var connection = new NpgsqlConnection(appConnection);
            await connection.OpenAsync(ct);
            foreach (var (sql, refusal) in Attempts)
            {
                await using var command = new NpgsqlCommand(sql, connection);
                var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(ct));
                Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
                Assert.StartsWith(refusal, refused.MessageText, StringComparison.Ordinal);
            }

            await using var verify = owner.Scope();
            var result = await verify.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken: ct);
            Assert.True(result.IsIntact, result.Break?.Reason);
        }
        finally
        {
            PostgresServer.DropRole(role.Name);
        }
    }

    /// <summary>What an app that someone has taken over might try, and how PostgreSQL refuses it: by privilege, before any trigger.</summary>
    private static readonly (string Sql, string Refusal)[] Attempts =
    [
        ("""UPDATE "AuditEntries" SET "Changes" = '{}'""", "permission denied for table AuditEntries"),
        ("""DELETE FROM "AuditEntries" """, "permission denied for table AuditEntries"),
        ("""TRUNCATE "AuditEntries" """, "permission denied for table AuditEntries"),
        ("""ALTER TABLE "AuditEntries" DISABLE TRIGGER ALL""", "must be owner of table AuditEntries"),
        ("""DROP TABLE "AuditEntries" """, "must be owner of table AuditEntries"),
        ("""DELETE FROM "__EFMigrationsHistory" """, "permission denied for table __EFMigrationsHistory"),
    ];

    private static async Task GrantAsync(string ownerConnection, string role, CancellationToken ct)
    {
        var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Audit", "app-role.sql"), ct);
        await using var connection = new NpgsqlConnection(ownerConnection);
        await connection.OpenAsync(ct);
        // psql's :"app_role" is the role's name as a quoted identifier.
        await using var command = new NpgsqlCommand(script.Replace(":\"app_role\"", $"\"{role}\"", StringComparison.Ordinal), connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static ServiceProvider AppServices(string connectionString, string dataDirectory)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddLocalCareData(new DatabaseSettings(DatabaseProvider.Postgres, connectionString), dataDirectory);
        services.AddSingleton(TimeProvider.System);
        return services.BuildServiceProvider();
    }
}
