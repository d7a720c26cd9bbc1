namespace LocalCare.Data.Database;

/// <summary>Which engine holds the app database.</summary>
public enum DatabaseProvider
{
    /// <summary>A file in the data directory; nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for multi-user deployments.</summary>
    Postgres,
}
