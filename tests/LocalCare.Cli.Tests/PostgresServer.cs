using Npgsql;

namespace LocalCare.Cli.Tests;

/// <summary>
/// Finds the PostgreSQL server, as the data tests do: <c>LOCALCARE_TEST_POSTGRES</c>, else the role .ci/run creates on 127.0.0.1.
/// Missing server: the test is skipped with the reason, except under <c>CI=true</c>, where it fails.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "LOCALCARE_TEST_POSTGRES";
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=localcare;Password=localcare;Database=postgres;Timeout=5";

    private static readonly Lazy<(string ConnectionString, string? Problem)> Probe = new(ProbeServer);

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

        Assert.Skip(reason);
        return connectionString;
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
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return (connectionString, e.Message);
        }
    }
}
