using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Time;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Metrics;

/// <summary>An analyst's own metrics: a query in the built-in files' format, checked against the warehouse before it is saved.</summary>
public sealed class CustomMetrics(LocalCareDbContext db, WarehouseDatabase warehouse, MetricCompute compute, TimeProvider clock)
{
    /// <summary>
    /// Saves <paramref name="file"/> (read from <paramref name="fileName"/>) as a custom metric; with <paramref name="replace"/> an
    /// existing custom metric of that id is updated. Every problem is an <see cref="InvalidInputException"/> naming the file.
    /// </summary>
    public async Task<MetricDefinition> SaveAsync(string fileName, MetricSqlFile file, bool replace, CancellationToken cancellationToken = default)
    {
        var metric = file.Metric;
        var errors = new List<InputError>();
        var existing = await db.Metrics.SingleOrDefaultAsync(m => m.Id == metric.Id, cancellationToken);
        if (MetricLibrary.Find(metric.Id) is not null || existing is { Sql: null })
        {
            errors.Add(new InputError(fileName, 0, "id", $"'{metric.Id}' is a built-in or manual metric; choose another id"));
        }
        else if (existing is not null && !replace)
        {
            errors.Add(new InputError(fileName, 0, "id", $"'{metric.Id}' is already a custom metric (replace it to change it)"));
        }

        if (!await db.Boards.AnyAsync(b => b.Code == metric.BoardCode, cancellationToken))
        {
            errors.Add(new InputError(fileName, 0, "board", $"'{metric.BoardCode}' is not a board ({string.Join(", ", await db.Boards.Select(b => b.Code).OrderBy(c => c).ToListAsync(cancellationToken))})"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var range = CheckRange();
        var problems = MetricQueryCheck.Problems(warehouse, file.Sql, range, MetricQueryCheck.DefaultTimeLimit);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems.Select(p => new InputError(fileName, 0, "query", "the query " + p)).ToList());
        }

        if (existing is null)
        {
            metric.Sql = file.Sql;
            db.Metrics.Add(metric);
        }
        else
        {
            existing.Name = metric.Name;
            existing.Kind = metric.Kind;
            existing.Direction = metric.Direction;
            existing.DefaultTarget = metric.DefaultTarget;
            existing.BoardCode = metric.BoardCode;
            existing.Definition = metric.Definition;
            existing.Sql = file.Sql;
            metric = existing;
        }

        await db.SaveChangesAsync(cancellationToken);
        return metric;
    }

    /// <summary>The months a new query is tried over: what compute would cover, or the last complete month when there is no data.</summary>
    private MonthRange CheckRange()
    {
        var last = MonthRange.LastCompleteMonth(UkTime.Today(clock));
        return compute.DefaultRange() ?? new MonthRange(last, last);
    }

    /// <summary>The file text of any metric: built-in from its file, custom from the database; null for a manual metric or an unknown id.</summary>
    public async Task<string?> SqlFileAsync(string id, CancellationToken cancellationToken = default)
    {
        if (MetricLibrary.Find(id) is { } builtIn)
        {
            return MetricSqlFile.Write(builtIn.Metric, builtIn.Sql);
        }

        var metric = await db.Metrics.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        return metric?.Sql is { } sql ? MetricSqlFile.Write(metric, sql) : null;
    }
}
