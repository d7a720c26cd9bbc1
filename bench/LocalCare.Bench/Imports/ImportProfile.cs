using DuckDB.NET.Data;
using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Bench.Imports;

/// <summary>
/// Times every statement of an import of referrals.csv and contacts.csv into a fresh warehouse. It replays
/// <see cref="WarehouseImport.RunAsync"/>'s sequence (header check, reference refresh, stage, checks, report, store,
/// history, commit, close) with the SQL of a <see cref="StagingVariant"/>: <c>current</c> is src's <see cref="StagingSql"/>
/// itself, so the replica cannot drift from the SQL it profiles; only the orchestration is copied, and its total is
/// printed beside the real import's time so a drift would show.
/// </summary>
public static class ImportProfile
{
    public static PhaseResult Run(string directory, string warehousePath, string variantName)
    {
        var variant = StagingVariant.Named(variantName);
        var steps = new List<StepTiming>();
        var total = new PhaseClock();
        T Time<T>(string step, Func<T> action, Func<T, long>? rows = null)
        {
            var clock = new PhaseClock();
            var value = action();
            steps.Add(new StepTiming(step, clock.Seconds, clock.CpuSeconds, rows?.Invoke(value) ?? -1));
            return value;
        }

        void Run(string step, DuckDBConnection connection, string sql) => Time(step, () => Sql.Execute(connection, sql), n => n);

        var reference = BenchFiles.Reference();
        var sources = BenchFiles.Sources(directory).Cast<CsvSource>().ToList();
        var headers = Time("read headers", () =>
        {
            var errors = new List<InputError>();
            var read = sources.Select(s => CsvHeader.Read(s.Path, s.Spec, errors)).ToList();
            return errors.Count == 0 ? read : throw new InvalidInputException(errors);
        });

        var warehouse = new WarehouseDatabase(warehousePath);
        var connection = Time("open warehouse, ensure schema", warehouse.OpenWriter);
        Time("next import id", () => Sql.Scalar<long>(connection, "SELECT coalesce(max(import_id), 0) + 1 FROM import_runs"));
        void StageFile(int i)
        {
            foreach (var (label, sql) in variant.Stage(i, sources[i].Spec, sources[i].Path, headers[i], query => Sql.Scalar<long>(connection, query)))
            {
                Run($"{sources[i].File}: {label}", connection, sql);
            }
        }

        if (variant.StoresDirectly)
        {
            return Direct(variant, connection, sources, headers, reference, steps, total, Time, Run);
        }

        if (variant.StageBeforeTransaction)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                StageFile(i);
            }
        }

        var transaction = connection.BeginTransaction();
        Time("reference data", () => RefreshReference(connection, reference));
        Run("rejects table", connection, "CREATE TEMP TABLE rejects (file_no INTEGER, ord BIGINT, column_name VARCHAR, rule VARCHAR, reason VARCHAR, ref_ord BIGINT, service_code VARCHAR, line BIGINT, ref_line BIGINT)");
        for (var i = 0; i < sources.Count; i++)
        {
            if (!variant.StageBeforeTransaction)
            {
                StageFile(i);
            }

            var file = sources[i].File;
            foreach (var (label, sql) in variant.Validate(i, sources[i].Spec, (step, query) => Time($"{file}: {step}", () => Sql.Scalar<long>(connection, query))))
            {
                Run($"{sources[i].File}: {label}", connection, sql);
            }
        }

        var rejects = Time("count rejects", () => Sql.Scalar<long>(connection, "SELECT count(*) FROM rejects"));
        Time("report counts", () =>
        {
            for (var i = 0; i < sources.Count; i++)
            {
                Sql.Scalar<long>(connection, $"SELECT count(*) FROM stage_{i}");
                Sql.Scalar<long>(connection, $"SELECT count(DISTINCT ord) FROM rejects WHERE file_no = {i}");
                Sql.Query(connection, $"SELECT column_name, rule, count(DISTINCT ord) FROM rejects WHERE file_no = {i} GROUP BY ALL ORDER BY 3 DESC, 1, 2", r => r.GetInt64(2));
                Sql.Query(connection, $"SELECT line, column_name FROM rejects WHERE file_no = {i} ORDER BY line, column_name LIMIT {WarehouseImport.RejectsReturnedPerFile}", r => r.GetInt64(0));
            }

            return 0;
        });

        for (var i = 0; i < sources.Count; i++)
        {
            var file = sources[i].File;
            var empty = Time($"{file}: is the table empty", () => Sql.Scalar<long>(connection, $"SELECT count(*) FROM (SELECT 1 FROM {sources[i].Spec.Table} LIMIT 1)") == 0);
            foreach (var (label, sql) in variant.Store(i, sources[i].Spec, rejects > 0, empty))
            {
                Run($"{file}: {label}", connection, sql);
            }
        }

        Time("reject counts, history", () => Sql.Query(connection, "SELECT file_no, column_name, rule, service_code, count(*) FROM rejects GROUP BY ALL", r => r.GetInt64(4)).Count);
        Time("commit", () =>
        {
            transaction.Commit();
            return 0;
        });
        Time("close (checkpoint)", () =>
        {
            connection.Dispose();
            return 0;
        });
        return new PhaseResult("profile", total.Seconds, total.CpuSeconds, PeakMemory.Bytes(), new() { ["rejects"] = rejects }, new() { ["variant"] = variant.Name }, steps);
    }

    /// <summary>WarehouseImport.TryStoreDirectlyAsync's sequence: one transaction, each file read, checked and inserted by one statement.</summary>
    private static PhaseResult Direct(
        StagingVariant variant, DuckDBConnection connection, List<CsvSource> sources, List<CsvHeader> headers, ReferenceData reference, List<StepTiming> steps, PhaseClock total,
        Func<string, Func<long>, Func<long, long>?, long> time, Action<string, DuckDBConnection, string> run)
    {
        var transaction = connection.BeginTransaction();
        time("reference data", () => RefreshReference(connection, reference), null);
        for (var i = 0; i < sources.Count; i++)
        {
            var file = sources[i].File;
            foreach (var (label, sql) in variant.Direct(i, sources[i].Spec, sources[i].Path, headers[i], (step, query) => time($"{file}: {step}", () => Sql.Scalar<long>(connection, query), null)))
            {
                run($"{file}: {label}", connection, sql);
            }
        }

        time("commit", () =>
        {
            transaction.Commit();
            return 0;
        }, null);
        time("close (checkpoint)", () =>
        {
            connection.Dispose();
            return 0;
        }, null);
        return new PhaseResult("profile", total.Seconds, total.CpuSeconds, PeakMemory.Bytes(), new() { ["rejects"] = 0 }, new() { ["variant"] = variant.Name }, steps);
    }

    /// <summary>
    /// Checks that a variant numbers the staged rows in file order: stages every file as the import does (a fresh warehouse, one
    /// transaction), then counts the rows whose <c>ord</c> names another record than <c>WITH ORDINALITY</c> does (the reference,
    /// single-threaded and always in order). <c>ord</c> becomes the line of every reject and decides which repeat of a key is
    /// "the first", so any count but 0 is a wrong result, not a slow one.
    /// </summary>
    public static PhaseResult CheckOrder(string directory, string warehousePath, string variantName)
    {
        var variant = StagingVariant.Named(variantName);
        var sources = BenchFiles.Sources(directory).Cast<CsvSource>().ToList();
        var counts = new Dictionary<string, long>();
        using var connection = new WarehouseDatabase(warehousePath).OpenWriter();
        using var transaction = variant.StageBeforeTransaction ? null : connection.BeginTransaction();
        for (var i = 0; i < sources.Count; i++)
        {
            var errors = new List<InputError>();
            var header = CsvHeader.Read(sources[i].Path, sources[i].Spec, errors);
            foreach (var (_, sql) in variant.Stage(i, sources[i].Spec, sources[i].Path, header, query => Sql.Scalar<long>(connection, query)))
            {
                Sql.Execute(connection, sql);
            }

            var key = sources[i].Spec.Key[0];
            var columns = string.Join(", ", header.Names.Select((_, c) => $"'c{c}': 'VARCHAR'"));
            Sql.Execute(connection, $$"""
                CREATE TEMP TABLE reference_{{i}} AS
                SELECT ordinality AS ord, nullif(trim(c{{header.Ordinals[key]}}), '') AS k
                FROM read_csv({{Sql.Literal(sources[i].Path)}}, delim = ',', quote = '"', escape = '"', header = true, auto_detect = false,
                              columns = { {{columns}} }) WITH ORDINALITY
                """);
            counts[$"{sources[i].Spec.Table}_rows"] = Sql.Scalar<long>(connection, $"SELECT count(*) FROM stage_{i}");
            counts[$"{sources[i].Spec.Table}_out_of_order"] = Sql.Scalar<long>(connection,
                $"SELECT count(*) FROM stage_{i} s FULL JOIN reference_{i} r ON r.ord = s.ord WHERE s.r_{key} IS DISTINCT FROM r.k");
        }

        transaction?.Rollback();
        return new PhaseResult("order", 0, 0, PeakMemory.Bytes(), counts, new() { ["variant"] = variant.Name }, []);
    }

    /// <summary>Prints a variant's staging, validation and store statements for a directory (separated by lines of <c>;;</c>), to run them by hand.</summary>
    public static PhaseResult PrintSql(string directory, string variantName)
    {
        var variant = StagingVariant.Named(variantName);
        var sources = BenchFiles.Sources(directory).Cast<CsvSource>().ToList();
        var errors = new List<InputError>();
        for (var i = 0; i < sources.Count; i++)
        {
            var header = CsvHeader.Read(sources[i].Path, sources[i].Spec, errors);
            var file = sources[i].File;
            long PrintQuery(string label, string query, long answer)
            {
                Console.WriteLine($"-- {file}: {label} (a query)");
                Console.WriteLine(query);
                Console.WriteLine(";;");
                return answer;
            }

            // Printed, not run: a value a later statement reads from an earlier one's result is shown as 0, and every check is printed.
            var statements = variant.StoresDirectly
                ? variant.Direct(i, sources[i].Spec, sources[i].Path, header, (label, query) => PrintQuery(label, query, 0))
                : variant.Stage(i, sources[i].Spec, sources[i].Path, header, _ => 0)
                    .Concat(variant.Validate(i, sources[i].Spec, (label, query) => PrintQuery(label, query, 1)))
                    .Concat(variant.Store(i, sources[i].Spec, anyRejects: false, targetEmpty: true));
            foreach (var (label, sql) in statements)
            {
                Console.WriteLine($"-- {sources[i].File}: {label}");
                Console.WriteLine(sql);
                Console.WriteLine(";;");
            }
        }

        return new PhaseResult("sql", 0, 0, PeakMemory.Bytes(), [], new() { ["variant"] = variant.Name }, []);
    }

    /// <summary>WarehouseImport.RefreshReference: the organisation's units and the metrics, replaced.</summary>
    private static int RefreshReference(DuckDBConnection connection, ReferenceData reference)
    {
        Sql.Execute(connection, "DELETE FROM organisation_units");
        using (var appender = connection.CreateAppender("organisation_units"))
        {
            foreach (var unit in reference.Units)
            {
                appender.CreateRow()
                    .AppendValue(unit.Code).AppendValue(unit.Name).AppendValue(unit.Kind.ToCode()).AppendValue(unit.ParentCode)
                    .AppendValue(unit.ServiceGroup?.ToCode()).AppendValue(unit.UnitRef).EndRow();
            }
        }

        Sql.Execute(connection, "DELETE FROM metrics");
        using var metrics = connection.CreateAppender("metrics");
        foreach (var metric in reference.Metrics)
        {
            metrics.CreateRow().AppendValue(metric.Id).AppendValue(metric.Kind.ToCode()).EndRow();
        }

        return reference.Units.Count;
    }
}
