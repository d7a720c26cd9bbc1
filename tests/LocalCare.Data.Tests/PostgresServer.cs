using Npgsql;

namespace LocalCare.Data.Tests;

/// <summary>
/// Finds the PostgreSQL server for the data tests: <c>LOCALCARE_TEST_POSTGRES</c>, else the role .ci/run creates on 127.0.0.1.
/// Missing server: the test is skipped with the reason, except under <c>CI=true</c>, where it fails.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "LOCALCARE_TEST_POSTGRES";
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=localcare;Password=localcare;Database=postgres;Timeout=5";

    private static readonly Lazy<Task<(string ConnectionString, string? Problem)>> Probe = new(ProbeAsync);

    public static async Task<string> RequireAsync()
    {
        var (connectionString, problem) = await Probe.Value;
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

    private static async Task<(string, string?)> ProbeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return (connectionString, null);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return (connectionString, e.Message);
        }
    }
}
