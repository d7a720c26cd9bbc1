using System.Data.Common;
using LocalCare.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalCare.Data.Metrics;

/// <summary>
/// Replaces stored metric values in bulk. Hundreds of thousands of rows go in as multi-row INSERTs on the context's own
/// connection and transaction: EF's change tracker would take longer than computing them.
/// </summary>
public static class MetricValueStore
{
    private const int RowsPerStatement = 500;

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

        var columns = string.Join(", ", new[] { nameof(MetricValue.MetricId), nameof(MetricValue.Unit), nameof(MetricValue.Month), nameof(MetricValue.Numerator), nameof(MetricValue.Denominator), nameof(MetricValue.Value) }.Select(Column));
        foreach (var chunk in values.Chunk(RowsPerStatement))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            var rows = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                var v = chunk[i];
                rows.Add($"(@m{i}, @u{i}, @t{i}, @n{i}, @d{i}, @v{i})");
                Add(insert, $"@m{i}", v.MetricId);
                Add(insert, $"@u{i}", v.Unit);
                Add(insert, $"@t{i}", v.Month.ToString());
                Add(insert, $"@n{i}", v.Numerator);
                Add(insert, $"@d{i}", v.Denominator);
                Add(insert, $"@v{i}", v.Value);
            }

            insert.CommandText = $"INSERT INTO {table} ({columns}) VALUES {string.Join(", ", rows)}";
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null)
        {
            parameter.DbType = System.Data.DbType.Double; // PostgreSQL needs a type for a null
        }

        command.Parameters.Add(parameter);
    }
}
