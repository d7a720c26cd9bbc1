using System.Globalization;
using Npgsql;

namespace LocalCare.Bench.Compute;

/// <summary>The options of the <c>compute</c> benchmark (see <see cref="BenchProgram.Usage"/>).</summary>
public sealed record ComputeArguments(
    IReadOnlyList<int> Years, int Repeat, string? Work, bool Keep, int WaitIdle, string? Results, bool Record, string Postgres, IReadOnlyList<string> Raw)
{
    /// <summary>Where the PostgreSQL server is when --postgres is not given; the child phases read it from here too.</summary>
    public const string PostgresVariable = "LOCALCARE_BENCH_POSTGRES";

    /// <summary>The server .ci/run sets up (the tests' default): a role that may create databases.</summary>
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=localcare;Password=localcare;Database=postgres";

    public static ComputeArguments Parse(IReadOnlyList<string> args)
    {
        IReadOnlyList<int> years = [1, 10];
        var repeat = 3;
        string? work = null;
        string? results = null;
        string? postgres = null;
        bool keep = false, record = true;
        var waitIdle = 0;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--years":
                    years = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(y => Whole(y, "--years", 1, 30))];
                    break;
                case "--repeat":
                    repeat = Whole(Value(), "--repeat", 1, 100);
                    break;
                case "--work":
                    work = Value();
                    break;
                case "--results":
                    results = Value();
                    break;
                case "--wait-idle":
                    waitIdle = Whole(Value(), "--wait-idle", 0, 3600);
                    break;
                case "--postgres":
                    postgres = Value();
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--no-record":
                    record = false;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (years.Count == 0)
        {
            throw new ArgumentException("--years needs at least one size.");
        }

        postgres ??= Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPostgres;
        try
        {
            _ = new NpgsqlConnectionStringBuilder(postgres);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"--postgres is not a valid connection string: {e.Message}", e);
        }

        return new ComputeArguments(years, repeat, work, keep, waitIdle, results, record, postgres, [.. args]);
    }

    /// <summary>The command line as RESULTS.md records it: a password given with --postgres is replaced by ***.</summary>
    public string RecordedCommand()
    {
        var shown = Raw.Select((arg, i) => i > 0 && Raw[i - 1] == "--postgres" ? Redacted(arg) : arg);
        return "dotnet run -c Release --project bench/LocalCare.Bench -- compute" + string.Concat(shown.Select(a => " " + (a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)));
    }

    /// <summary>Host, port, user and database of the server, for the console and RESULTS.md (never the password).</summary>
    public string PostgresDescription()
    {
        var builder = new NpgsqlConnectionStringBuilder(Postgres);
        return string.Create(CultureInfo.InvariantCulture, $"{builder.Username}@{builder.Host}:{builder.Port}");
    }

    private static string Redacted(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Password is not null)
        {
            builder.Password = "***";
        }

        return builder.ConnectionString;
    }

    private static int Whole(string text, string option, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max} (not '{text}').");
}
