using LocalCare.Data;
using LocalCare.Data.Database;
using LocalCare.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;
using Spectre.Console;

namespace LocalCare.Cli.Tests;

/// <summary>
/// One test's own data directory, app database (SQLite in the data directory, or a fresh PostgreSQL database) and input folder,
/// and a way to run <c>localcare</c> against them with captured output: nothing is shared between tests, so they run in parallel.
/// </summary>
public sealed class TestCli : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string _root;
    private readonly string? _postgresDatabase;

    /// <summary>SQLite in the data directory, unless <paramref name="environment"/> says otherwise.</summary>
    public TestCli(CliEnvironment? environment = null)
        : this(environment ?? Small, postgresDatabase: null)
    {
    }

    private TestCli(CliEnvironment environment, string? postgresDatabase)
    {
        _root = Directory.CreateTempSubdirectory("localcare-cli-test-").FullName;
        _postgresDatabase = postgresDatabase;
        DataDirectory = Path.Combine(_root, "data");
        InputDirectory = Directory.CreateDirectory(Path.Combine(_root, "input")).FullName;
        Environment = environment;
    }

    /// <summary>No environment set, except a small demo volume so 'init --demo' stays quick.</summary>
    public static CliEnvironment Small { get; } = CliEnvironment.None with { DemoContactsPerYear = 3_000 };

    /// <summary>Both engines, for theories that must hold on each.</summary>
    public static TheoryData<string> Engines => [Sqlite, Postgres];

    /// <summary>A CLI on <paramref name="engine"/>: PostgreSQL gets a database of its own (skipped when no server is reachable).</summary>
    public static TestCli On(string engine)
    {
        if (engine == Sqlite)
        {
            return new TestCli();
        }

        var (name, connection) = PostgresServer.NewDatabase("localcare_cli_test");
        return new TestCli(Small with { DatabaseProvider = Postgres, DatabaseConnection = connection }, name);
    }

    /// <summary>Where the app database goes; not created until a command creates it.</summary>
    public string DataDirectory { get; }

    /// <summary>Where tests write the files they import.</summary>
    public string InputDirectory { get; }

    public CliEnvironment Environment { get; }

    public string DatabaseFile => Path.Combine(DataDirectory, DatabaseSettings.SqliteFileName);

    /// <summary>Where the CLI keeps the app database, resolved as the CLI resolves it.</summary>
    public DatabaseSettings Settings => DatabaseSettings.From(Environment.DatabaseProvider, Environment.DatabaseConnection, DataDirectory);

    /// <summary>How the CLI names the app database in messages: the SQLite file, or the PostgreSQL database and host.</summary>
    public string DatabaseDescription => _postgresDatabase is null ? DatabaseFile : $"PostgreSQL database '{_postgresDatabase}' on {new NpgsqlConnectionStringBuilder(Settings.ConnectionString).Host}";

    /// <summary>A console that writes plain text (no colour, no ANSI codes) to <paramref name="writer"/>.</summary>
    public static IAnsiConsole ConsoleOn(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    /// <summary>Runs <c>localcare --data DIR args...</c>.</summary>
    public Task<CliRun> RunAsync(params string[] args) => RunRawAsync(["--data", DataDirectory, .. args]);

    /// <summary>Runs <c>localcare args...</c> exactly as given.</summary>
    public async Task<CliRun> RunRawAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await LocalCareCli.RunAsync(args, ConsoleOn(output), error, Environment, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Writes a file into the input folder (or a subfolder of it) and returns its full path.</summary>
    public string WriteInput(string relativePath, string content)
    {
        var path = Path.Combine(InputDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Opens the app database the CLI wrote, to check what it stored.</summary>
    public LocalCareDbContext OpenDatabase() => LocalCareDatabase.Open(Settings);

    public void Dispose()
    {
        if (_postgresDatabase is null)
        {
            using var sqlite = new SqliteConnection(DatabaseSettings.SqliteIn(DataDirectory).ConnectionString);
            SqliteConnection.ClearPool(sqlite);
        }
        else
        {
            PostgresServer.DropDatabase(_postgresDatabase);
        }

        Directory.Delete(_root, recursive: true);
    }
}

/// <summary>What one run printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Standard error, one entry per non-empty line.</summary>
    public IReadOnlyList<string> ErrorLines => Lines(Error);

    /// <summary>Standard output, one entry per non-empty line, trailing spaces removed.</summary>
    public IReadOnlyList<string> OutLines => Lines(Out);

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
}
