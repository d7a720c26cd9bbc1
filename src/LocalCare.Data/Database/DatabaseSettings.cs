namespace LocalCare.Data.Database;

/// <summary>Where the app database is: the provider and its connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteFileName = "localcare.db";

    /// <summary>The default: a SQLite file in the data directory.</summary>
    public static DatabaseSettings SqliteIn(string dataDirectory) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, SqliteFileName)}");

    /// <summary>
    /// Reads <c>Database:Provider</c> (<c>sqlite</c> or <c>postgres</c>) and <c>ConnectionStrings:LocalCare</c>;
    /// without a connection string SQLite lives in the data directory.
    /// </summary>
    public static DatabaseSettings From(string? provider, string? connectionString, string dataDirectory)
    {
        var kind = provider?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Database:Provider '{provider}' is not known; use 'sqlite' or 'postgres'."),
        };

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return kind == DatabaseProvider.Sqlite
                ? SqliteIn(dataDirectory)
                : throw new InvalidOperationException("Database:Provider is 'postgres' but ConnectionStrings:LocalCare is not set.");
        }

        return new DatabaseSettings(kind, connectionString);
    }
}
