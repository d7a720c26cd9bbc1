using LocalCare.Bench.Imports;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Bench.Compute;

/// <summary>
/// Where a full recompute's time goes. It replays <see cref="MetricCompute.RunAsync"/>'s sequence step by step with src's own
/// parts — the sandbox, <see cref="MetricRollup"/>, <see cref="ManualValues"/>, <see cref="MetricValueStore"/> — so only the
/// orchestration is a copy; its total is shown beside the real recompute's, so a drift would show. A derived relation is
/// built on its own (by describing a query that reads only it, which makes the sandbox build it) so that its time is not
/// charged to the first metric that reads it.
/// </summary>
public static class RecomputeProfile
{
    public static async Task<PhaseResult> RunAsync(string dataDirectory)
    {
        await using var app = AppServices.Open(dataDirectory);
        var db = app.Db;
        _ = await db.Database.GetAppliedMigrationsAsync();
        _ = await db.Database.GetPendingMigrationsAsync();
        var warehouse = app.Warehouse;
        var range = new MonthRange(DataMonths.Earliest(warehouse) ?? throw new InvalidOperationException("The warehouse is empty."), BenchFiles.LastMonth);

        var steps = new List<StepTiming>();
        var total = new PhaseClock();
        T Time<T>(string step, Func<T> action, Func<T, long>? rows = null)
        {
            var clock = new PhaseClock();
            var value = action();
            steps.Add(new StepTiming(step, clock.Seconds, clock.CpuSeconds, rows?.Invoke(value) ?? -1));
            return value;
        }

        async Task<T> TimeAsync<T>(string step, Func<Task<T>> action, Func<T, long>? rows = null)
        {
            var clock = new PhaseClock();
            var value = await action();
            steps.Add(new StepTiming(step, clock.Seconds, clock.CpuSeconds, rows?.Invoke(value) ?? -1));
            return value;
        }

        var (metrics, organisation) = await TimeAsync(LoadStep, async () => (
            await db.Metrics.AsNoTracking().OrderBy(m => m.Id).ToListAsync(),
            new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync())));
        var queried = metrics.Where(m => !m.IsManual).Select(m => (Metric: m, Sql: MetricLibrary.Find(m.Id)?.Sql ?? m.Sql)).Where(m => m.Sql is not null).ToList();
        var manual = metrics.Where(m => m.IsManual).ToDictionary(m => m.Id, m => m.Kind);
        var computed = new List<MetricValue>();

        var sandbox = Time(OpenStep, () => MetricSandbox.Open(warehouse));
        foreach (var relation in DerivedRelation.All.Where(r => queried.Any(q => r.IsUsedBy(q.Sql!))))
        {
            Time(MetricStatements.RelationStep(relation.Name), () => sandbox.Describe($"SELECT * FROM {relation.Name}", range));
        }

        foreach (var (metric, sql) in queried)
        {
            var rows = Time(MetricStatements.QueryStep(metric.Id), () => sandbox.BaseRows(sql!, range, MetricCompute.QueryTimeLimit), r => r.Count);
            computed.AddRange(Time(MetricStatements.RollupStep(metric.Id), () => MetricRollup.Roll(metric.Id, metric.Kind, rows, organisation, range), v => v.Count));
        }

        Time(CloseStep, () =>
        {
            sandbox.Dispose();
            return 0;
        });
        computed.AddRange(Time(ManualStep, () => ManualValues.Read(warehouse, manual, range), v => v.Count));

        // The store exactly as MetricCompute does it: one transaction, the values replaced in bulk, the computation's history row.
        var started = DateTime.UtcNow;
        await using (var transaction = await TimeAsync(BeginStep, () => db.Database.BeginTransactionAsync()))
        {
            await TimeAsync(StoreStep, async () =>
            {
                await MetricValueStore.ReplaceAsync(db, [.. queried.Select(q => q.Metric.Id), .. manual.Keys], range, computed, CancellationToken.None);
                return computed.Count;
            }, n => n);
            await TimeAsync(CommitStep, async () =>
            {
                db.MetricComputations.Add(new MetricComputation
                {
                    StartedAt = started,
                    FinishedAt = DateTime.UtcNow,
                    User = "bench-profile",
                    From = range.From,
                    To = range.To,
                    Metrics = queried.Count + manual.Count,
                    Values = computed.Count,
                });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return 0;
            });
        }

        return new PhaseResult("compute-profile", total.Seconds, total.CpuSeconds, PeakMemory.Bytes(),
            new() { ["values"] = computed.Count },
            new() { ["range"] = range.ToString() },
            steps);
    }

    public const string LoadStep = "load metrics and organisation (app database)";
    public const string OpenStep = "open the sandbox (attach the warehouse)";
    public const string CloseStep = "close the sandbox";
    public const string ManualStep = "manual values (metric_values)";
    public const string BeginStep = "store: begin transaction";
    public const string StoreStep = "store: delete the range, insert every value";
    public const string CommitStep = "store: history row, commit";
}
