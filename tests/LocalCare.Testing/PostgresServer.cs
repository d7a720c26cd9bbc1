using Npgsql;
using Xunit;

namespace LocalCare.Testing;

/// <summary>
/// Finds the PostgreSQL server for tests: <c>LOCALCARE_TEST_POSTGRES</c>, else the role .ci/run creates on 127.0.0.1.
/// Without a server the test is skipped with the reason, except under <c>CI=true</c>, where it fails.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "LOCALCARE_TEST_POSTGRES";
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=localcare;Password=localcare;Database=postgres;Timeout=5";

    private static readonly Lazy<(string ConnectionString, string? Problem)> Probe = new(ProbeServer);
    private static int _reasonPrinted;

    /// <summary>The server's connection string; skips (or, under CI, fails) the calling test when there is none.</summary>
    public static string Require()
    {
        var (connectionString, problem) = Probe.Value;
        if (problem is null)
        {
            return connectionString;
        }

        var reason = $"PostgreSQL is not reachable ({problem}); set {EnvironmentVariable} or run .ci/run to include the PostgreSQL tests.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI=true requires PostgreSQL. " + reason);
        }

        // dotnet test does not print skip reasons; a diagnostic message (xunit.runner.json) does, once per test assembly.
        if (Interlocked.Exchange(ref _reasonPrinted, 1) == 0)
        {
            TestContext.Current.SendDiagnosticMessage("Skipping the PostgreSQL tests: " + reason);
        }

        Assert.Skip(reason);
        return connectionString;
    }

    /// <summary>A connection string to a new, empty database of its own (created by the app's migrations on first use).</summary>
    public static (string Name, string ConnectionString) NewDatabase(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 17)];
        return (name, new NpgsqlConnectionStringBuilder(Require()) { Database = name }.ConnectionString);
    }

    /// <summary>
    /// A new login role of the test's own, for tests of what another role may do. The server's role needs CREATEROLE
    /// (.ci/run grants it); without it the test is skipped with the reason, except under <c>CI=true</c>, where it fails.
    /// </summary>
    public static (string Name, string Password) NewRole(string prefix)
    {
        using var server = new NpgsqlConnection(Require());
        server.Open();
        using (var may = new NpgsqlCommand("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user", server))
        {
            if (may.ExecuteScalar() is not true)
            {
                var reason = "the PostgreSQL test role lacks CREATEROLE; .ci/run grants it (ALTER ROLE localcare CREATEROLE).";
                if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException("CI=true requires it: " + reason);
                }

                TestContext.Current.SendDiagnosticMessage("Skipping a role test: " + reason);
                Assert.Skip(reason);
            }
        }

        var name = $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];
        var password = Guid.NewGuid().ToString("N");
        using var create = new NpgsqlCommand($"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'", server);
        create.ExecuteNonQuery();
        return (name, password);
    }

    /// <summary>Drops a role made by <see cref="NewRole"/>, once the databases it had privileges in are dropped.</summary>
    public static void DropRole(string name)
    {
        NpgsqlConnection.ClearAllPools();
        using var server = new NpgsqlConnection(Require());
        server.Open();
        using var drop = new NpgsqlCommand($"DROP ROLE IF EXISTS \"{name}\"", server);
        drop.ExecuteNonQuery();
    }

    /// <summary>
    /// Drops a test database, closing any connection still open to it. An autovacuum worker that has just
    /// started on the database cannot be terminated by a non-superuser, so the drop is retried; a database
    /// that still will not drop is left behind (tests name theirs uniquely) rather than failing the test.
    /// </summary>
    public static void DropDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var server = new NpgsqlConnection(Require());
                server.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
                drop.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                if (attempt == 10)
                {
                    TestContext.Current.SendDiagnosticMessage($"Left test database {name} behind: {e.MessageText}");
                    return;
                }

                Thread.Sleep(200 * attempt);
            }
        }
    }

    private static (string, string?) ProbeServer()
    {
        var connectionString = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultConnectionString;
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return (connectionString, null);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return (connectionString, e.Message);
        }
    }
}
