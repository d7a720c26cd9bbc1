using System.Data.Common;
using LocalCare.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace LocalCare.Data.Metrics;

/// <summary>
/// Replaces stored metric values in bulk on the context's own connection and transaction (a prepared insert on SQLite, binary
/// COPY on PostgreSQL): EF's change tracker would take longer than computing them.
/// </summary>
public static class MetricValueStore
{
    private static readonly string[] ParameterNames = ["@m", "@u", "@t", "@n", "@d", "@v"];

    /// <summary>Deletes the values of <paramref name="metricIds"/> in <paramref name="range"/> and inserts <paramref name="values"/>, inside the current transaction.</summary>
    public static async Task ReplaceAsync(LocalCareDbContext db, IReadOnlyCollection<string> metricIds, MonthRange range, IReadOnlyList<MetricValue> values, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(MetricValue))!;
        var table = Quote(entity.GetTableName()!);
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName());

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var metricId in metricIds)
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM {table} WHERE {Column(nameof(MetricValue.MetricId))} = @metric AND {Column(nameof(MetricValue.Month))} >= @from AND {Column(nameof(MetricValue.Month))} <= @to";
            Add(delete, "@metric", metricId);
            Add(delete, "@from", range.From.ToString());
            Add(delete, "@to", range.To.ToString());
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        var names = new[] { nameof(MetricValue.MetricId), nameof(MetricValue.Unit), nameof(MetricValue.Month), nameof(MetricValue.Numerator), nameof(MetricValue.Denominator), nameof(MetricValue.Value) };
        var columns = string.Join(", ", names.Select(Column));
        await Caching.DataGenerations.RenewAsync(db, cancellationToken); // in this transaction: cached pages see the new values
        if (connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, $"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", values, cancellationToken);
            return;
        }

        // One prepared statement, its parameters rebound per row: SQLite's fastest way in.
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} ({columns}) VALUES (@m, @u, @t, @n, @d, @v)";
        var parameters = ParameterNames.Select(name => Add(insert, name, null)).ToArray();
        await insert.PrepareAsync(cancellationToken);
        foreach (var v in values)
        {
            parameters[0].Value = v.MetricId;
            parameters[1].Value = v.Unit;
            parameters[2].Value = v.Month.ToString();
            parameters[3].Value = v.Numerator;
            parameters[4].Value = (object?)v.Denominator ?? DBNull.Value;
            parameters[5].Value = (object?)v.Value ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>PostgreSQL's binary COPY: it runs inside the connection's open transaction.</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, string copy, IReadOnlyList<MetricValue> values, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var v in values)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(v.MetricId, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(v.Unit, NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(v.Month.ToString(), NpgsqlDbType.Varchar, cancellationToken);
            await writer.WriteAsync(v.Numerator, NpgsqlDbType.Double, cancellationToken);
            await WriteNullableAsync(writer, v.Denominator, cancellationToken);
            await WriteNullableAsync(writer, v.Value, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, double? value, CancellationToken cancellationToken)
    {
        if (value is { } number)
        {
            await writer.WriteAsync(number, NpgsqlDbType.Double, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null)
        {
            parameter.DbType = System.Data.DbType.Double; // a type for a null
        }

        command.Parameters.Add(parameter);
        return parameter;
    }
}
