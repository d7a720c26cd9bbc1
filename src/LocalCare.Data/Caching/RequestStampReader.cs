using System.Data.Common;
using LocalCare.Data.Database;
using LocalCare.Data.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalCare.Data.Caching;

/// <summary>What a request checks before anything else, read together.</summary>
/// <param name="DataStamp">The <see cref="DataGeneration"/> stamp.</param>
/// <param name="SecurityStamp">The user's security stamp; null for an unknown user.</param>
public sealed record RequestStamps(long DataStamp, string? SecurityStamp);

/// <summary>
/// Reads the data stamp and a user's security stamp in one statement on a pooled connection of its own, without a database
/// context: every signed-in request pays this, so it skips EF's context set-up and query pipeline (most of a cached page's
/// cost). The statement is built once from the EF model's table and column names, so it follows the schema.
/// </summary>
public sealed class RequestStampReader
{
    private readonly DatabaseSettings _settings;
    private readonly Lazy<string> _sql;

    public RequestStampReader(DatabaseSettings settings)
    {
        _settings = settings;
        _sql = new Lazy<string>(() =>
        {
            using var db = LocalCareDatabase.Open(settings);
            var generation = db.Model.FindEntityType(typeof(DataGeneration))!;
            var user = db.Model.FindEntityType(typeof(LocalCareUser))!;
            string Column(Microsoft.EntityFrameworkCore.Metadata.IEntityType entity, string property) =>
                "\"" + entity.FindProperty(property)!.GetColumnName() + "\"";
            return $"SELECT (SELECT {Column(generation, nameof(DataGeneration.Stamp))} FROM \"{generation.GetTableName()}\" WHERE {Column(generation, nameof(DataGeneration.Id))} = {DataGeneration.RowId}), "
                + $"(SELECT {Column(user, nameof(LocalCareUser.SecurityStamp))} FROM \"{user.GetTableName()}\" WHERE {Column(user, nameof(LocalCareUser.Id))} = @id)";
        });
    }

    public async Task<RequestStamps> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _sql.Value;
        var id = command.CreateParameter();
        id.ParameterName = "@id";
        id.Value = userId;
        command.Parameters.Add(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new RequestStamps(reader.IsDBNull(0) ? 0 : reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private DbConnection Connect() => _settings.Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(_settings.ConnectionString)
        : new SqliteConnection(_settings.ConnectionString);
}
