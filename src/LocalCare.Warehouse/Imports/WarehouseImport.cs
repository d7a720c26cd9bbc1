using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.Time;

namespace LocalCare.Warehouse.Imports;

/// <summary>
/// Imports extracts into the warehouse as one transaction: every file is checked against the contract; any reject stores
/// nothing (unless rejects are allowed, when the valid rows are stored); every run is recorded. A run with no reject is
/// stored directly; otherwise every file is staged, so that each reject can be reported with its line.
/// </summary>
public sealed partial class WarehouseImport(WarehouseDatabase warehouse, TimeProvider clock)
{
    /// <summary>How many rejects per file are returned as <see cref="InputError"/>s; all of them go to the rejects CSV.</summary>
    public const int RejectsReturnedPerFile = 1000;

    /// <summary>Runs one import; <paramref name="beforeCommit"/> runs once every row has passed, and a failure there stores nothing.</summary>
    public async Task<ImportReport> RunAsync(
        IReadOnlyList<ImportSource> sources, ReferenceData reference, ImportOptions options, IProgress<ImportProgress>? progress = null, Func<Task>? beforeCommit = null)
    {
        var started = UkTime.Now(clock);
        var headerErrors = new List<InputError>();
        var headers = sources.Select(s => s is CsvSource csv ? CsvHeader.Read(csv.Path, s.Spec, headerErrors) : null).ToList();
        if (headerErrors.Count > 0)
        {
            throw new InvalidInputException(headerErrors);
        }

        var warnings = headers.OfType<CsvHeader>().SelectMany(h => h.Warnings).ToList();
        using var connection = warehouse.OpenWriter();
        var importId = (int)Sql.Scalar<long>(connection, "SELECT coalesce(max(import_id), 0) + 1 FROM import_runs");
        var direct = sources.All(s => s is CsvSource) && sources.Select(s => s.Spec.Table).Distinct().Count() == sources.Count
            ? await TryStoreDirectlyAsync(connection, importId, started, sources, headers, reference, options, warnings, progress, beforeCommit)
            : null;
        if (direct is not null)
        {
            return direct;
        }

        // Staged before the transaction: the staged tables are temporary (nothing of them reaches the warehouse), and a table
        // created inside the open transaction is scanned by one thread, which made every check and the store single-threaded.
        for (var i = 0; i < sources.Count; i++)
        {
            progress?.Report(new ImportProgress(sources[i].File, "reading"));
            Stage(connection, i, sources[i], headers[i]);
        }

        ImportReport report;
        using (var transaction = connection.BeginTransaction())
        {
            RefreshReference(connection, reference);
            Sql.Execute(connection, "CREATE TEMP TABLE rejects (file_no INTEGER, ord BIGINT, column_name VARCHAR, rule VARCHAR, reason VARCHAR, ref_ord BIGINT, service_code VARCHAR, line BIGINT, ref_line BIGINT)");
            for (var i = 0; i < sources.Count; i++)
            {
                progress?.Report(new ImportProgress(sources[i].File, "checking"));
                Validate(connection, i, sources[i].Spec);
            }

            var anyRejects = Sql.Scalar<long>(connection, "SELECT count(*) FROM rejects") > 0;
            if (anyRejects)
            {
                NumberLines(connection, sources);
                WriteRejectsFile(connection, sources, options.RejectsPath);
            }

            var stored = !anyRejects || options.AllowRejects;
            report = Report(connection, importId, sources, stored, warnings);
            if (!stored)
            {
                var counts = RejectCounts(connection, sources);
                var months = RejectMonths(connection, sources);
                transaction.Rollback();
                RecordRun(connection, importId, started, options, "rejected", report, counts, months);
                throw new ImportRejectedException(report);
            }

            for (var i = 0; i < sources.Count; i++)
            {
                progress?.Report(new ImportProgress(sources[i].File, "storing"));
                var targetEmpty = Sql.Scalar<long>(connection, $"SELECT count(*) FROM (SELECT 1 FROM {sources[i].Spec.Table} LIMIT 1)") == 0;
                foreach (var statement in StagingSql.Store(i, sources[i].Spec, anyRejects, targetEmpty))
                {
                    Sql.Execute(connection, statement);
                }
            }

            var rejectCounts = RejectCounts(connection, sources);
            RecordRunRows(connection, importId, started, options, anyRejects ? "stored_with_rejects" : "stored", report, rejectCounts, anyRejects ? RejectMonths(connection, sources) : []);
            if (beforeCommit is not null)
            {
                await beforeCommit();
            }

            transaction.Commit();
        }

        return report;
    }

    /// <summary>
    /// The usual run, with no reject: each file read, checked and stored by one statement (<see cref="StagingSql.InsertChecked"/>).
    /// Null, with nothing stored, when a file may have a reject or could not be read: the staged path then runs and reports.
    /// Runs with FHIR rows, or with two files for one table (whose duplicate check and upsert must see each file on its own),
    /// always take the staged path.
    /// </summary>
    private async Task<ImportReport?> TryStoreDirectlyAsync(
        DuckDBConnection connection, int importId, DateTime started, IReadOnlyList<ImportSource> sources, List<CsvHeader?> headers,
        ReferenceData reference, ImportOptions options, List<string> warnings, IProgress<ImportProgress>? progress, Func<Task>? beforeCommit)
    {
        using var transaction = connection.BeginTransaction();
        var files = new List<FileReport>();
        try
        {
            RefreshReference(connection, reference);
            for (var i = 0; i < sources.Count; i++)
            {
                var spec = sources[i].Spec;
                progress?.Report(new ImportProgress(sources[i].File, "reading"));
                var before = Sql.Scalar<long>(connection, $"SELECT coalesce(max(rowid), -1) FROM {spec.Table}");
                var rows = Sql.Execute(connection, StagingSql.InsertChecked(spec, StagingSql.ReadCsv(((CsvSource)sources[i]).Path, spec, headers[i]!)));
                progress?.Report(new ImportProgress(sources[i].File, "checking"));
                if (Sql.Scalar<long>(connection, StagingSql.CountInserted(spec, before)) != rows
                    || Sql.Scalar<long>(connection, StagingSql.InsertedMayHaveDuplicates(spec, before)) > 0)
                {
                    return null;
                }

                progress?.Report(new ImportProgress(sources[i].File, "storing"));
                if (before >= 0)
                {
                    Sql.Execute(connection, StagingSql.DeleteReplaced(spec, before));
                }

                files.Add(new FileReport(sources[i].File, spec.Kind, rows, rows, 0, []));
            }
        }
        catch (DuckDBException)
        {
            // A row that would be rejected (or a file DuckDB cannot read): the staged path reports it.
            return null;
        }

        var report = new ImportReport(importId, true, files, [], warnings);
        RecordRunRows(connection, importId, started, options, "stored", report, [], []);
        if (beforeCommit is not null)
        {
            await beforeCommit();
        }

        transaction.Commit();
        return report;
    }

    private static void RefreshReference(DuckDBConnection connection, ReferenceData reference)
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
    }

    private static void Stage(DuckDBConnection connection, int file, ImportSource source, CsvHeader? header)
    {
        if (source is TextSource text)
        {
            LoadText(connection, file, text);
            Sql.Execute(connection, StagingSql.CreateStaged(file, source.Spec, StagingSql.ReadText(file, source.Spec)));
        }
        else
        {
            try
            {
                Sql.Execute(connection, StagingSql.CreateStaged(file, source.Spec, StagingSql.ReadCsv(((CsvSource)source).Path, source.Spec, header!)));
            }
            catch (DuckDBException e) when (e.Message.Contains("CSV Error", StringComparison.Ordinal))
            {
                throw new InvalidInputException([CsvProblem(source.File, e.Message)]);
            }
        }

        Sql.Execute(connection, StagingSql.NumberStaged(file, source.Spec, Sql.Scalar<long>(connection, $"SELECT coalesce(min(rowid), 0) FROM staged_{file}")));
    }

    private static void LoadText(DuckDBConnection connection, int file, TextSource source)
    {
        var columns = source.Spec.Columns;
        Sql.Execute(connection, $"CREATE TEMP TABLE text_{file} (seq BIGINT, line BIGINT, {string.Join(", ", columns.Select((_, i) => $"c{i} VARCHAR"))})");
        using var appender = connection.CreateAppender($"text_{file}");
        long seq = 0;
        foreach (var row in source.Table.Rows)
        {
            var appending = appender.CreateRow().AppendValue(seq++).AppendValue((long)row.Line);
            foreach (var column in columns)
            {
                appending = appending.AppendValue(row.Fields.GetValueOrDefault(column.Name));
            }

            appending.EndRow();
        }
    }

    private static void Validate(DuckDBConnection connection, int file, ExtractSpec spec)
    {
        // Each full check runs only where a cheap query says it may find something: most files have no reject.
        if (Sql.Scalar<long>(connection, StagingSql.AnyFieldProblem(file, spec)) > 0)
        {
            foreach (var statement in StagingSql.FieldRejects(file, spec))
            {
                Sql.Execute(connection, statement);
            }
        }

        if (Sql.Scalar<long>(connection, StagingSql.MayHaveDuplicates(file, spec)) > 0)
        {
            Sql.Execute(connection, StagingSql.DuplicateRejects(file, spec));
        }

        foreach (var statement in StagingSql.RowRuleRejects(file, spec))
        {
            Sql.Execute(connection, statement);
        }
    }

    /// <summary>Turns record positions into the lines a person sees in an editor (FHIR rows already carry theirs).</summary>
    private static void NumberLines(DuckDBConnection connection, IReadOnlyList<ImportSource> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is not CsvSource csv)
            {
                // Rows read from FHIR carry their own line (NDJSON line, bundle entry).
                Sql.Execute(connection, $"""
                    UPDATE rejects SET line = (SELECT s.line FROM stage_{i} s WHERE s.ord = rejects.ord),
                                       ref_line = (SELECT s.line FROM stage_{i} s WHERE s.ord = rejects.ref_ord)
                    WHERE file_no = {i}
                    """);
                continue;
            }

            var wanted = Sql.Query(connection, $"SELECT ord FROM rejects WHERE file_no = {i} UNION SELECT ref_ord FROM rejects WHERE file_no = {i} AND ref_ord IS NOT NULL", r => r.GetInt64(0)).ToHashSet();
            if (wanted.Count == 0)
            {
                continue;
            }

            var lines = CsvLineMap.Lines(csv.Path, wanted);
            Sql.Execute(connection, "CREATE OR REPLACE TEMP TABLE line_map (ord BIGINT, line BIGINT)");
            using (var appender = connection.CreateAppender("line_map"))
            {
                foreach (var (ord, line) in lines)
                {
                    appender.CreateRow().AppendValue(ord).AppendValue(line).EndRow();
                }
            }

            Sql.Execute(connection, $"""
                UPDATE rejects SET line = (SELECT m.line FROM line_map m WHERE m.ord = rejects.ord),
                                   ref_line = (SELECT m.line FROM line_map m WHERE m.ord = rejects.ref_ord)
                WHERE file_no = {i}
                """);
        }
    }

    private static void WriteRejectsFile(DuckDBConnection connection, IReadOnlyList<ImportSource> sources, string? path)
    {
        if (path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Sql.Execute(connection, $"""
            COPY (SELECT {FileNameCase(sources)} AS file, line, column_name AS column, {ReasonText} AS reason
                  FROM rejects ORDER BY file_no, line, column_name)
            TO {Sql.Literal(path)} (HEADER, DELIMITER ',')
            """);
    }

    private static ImportReport Report(DuckDBConnection connection, int importId, IReadOnlyList<ImportSource> sources, bool stored, List<string> warnings)
    {
        var files = new List<FileReport>();
        var errors = new List<InputError>();
        for (var i = 0; i < sources.Count; i++)
        {
            var read = Sql.Scalar<long>(connection, $"SELECT count(*) FROM stage_{i}");
            var rejected = Sql.Scalar<long>(connection, $"SELECT count(DISTINCT ord) FROM rejects WHERE file_no = {i}");
            var byReason = Sql.Query(connection, $"SELECT column_name, rule, count(DISTINCT ord) FROM rejects WHERE file_no = {i} GROUP BY ALL ORDER BY 3 DESC, 1, 2",
                r => new RejectCount(r.IsDBNull(0) ? null : r.GetString(0), r.GetString(1), r.GetInt64(2)));
            files.Add(new FileReport(sources[i].File, sources[i].Spec.Kind, read, stored ? read - rejected : 0, rejected, byReason));
            var file = sources[i].File;
            errors.AddRange(Sql.Query(connection, $"SELECT line, column_name, {ReasonText} FROM rejects WHERE file_no = {i} ORDER BY line, column_name LIMIT {RejectsReturnedPerFile}",
                r => new InputError(file, (int)r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2))));
        }

        return new ImportReport(importId, stored, files, errors, warnings);
    }

    private static List<(int File, string? Column, string Rule, string? Service, long Rows)> RejectCounts(DuckDBConnection connection, IReadOnlyList<ImportSource> sources) =>
        Sql.Query(connection, "SELECT file_no, column_name, rule, service_code, count(*) FROM rejects GROUP BY ALL",
            r => (r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt64(4)));

    /// <summary>
    /// Each file's rejected rows by the month their date column gives (<see cref="Quality.SourceQuality.Sources"/>), for the packs'
    /// Complete; a row whose date is itself unreadable has no month (null). Files of tables without a date column are left out.
    /// </summary>
    private static List<(int File, DateTime? Month, long Rows)> RejectMonths(DuckDBConnection connection, IReadOnlyList<ImportSource> sources)
    {
        var months = new List<(int File, DateTime? Month, long Rows)>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (!Quality.SourceQuality.Sources.TryGetValue(sources[i].Spec.Table, out var column))
            {
                continue;
            }

            months.AddRange(Sql.Query(connection, $"""
                SELECT CAST(date_trunc('month', TRY_CAST(s.v_{column} AS TIMESTAMP)) AS TIMESTAMP), count(DISTINCT r.ord)
                FROM rejects r JOIN stage_{i} s ON s.ord = r.ord WHERE r.file_no = {i} GROUP BY ALL
                """, r => (i, r.IsDBNull(0) ? (DateTime?)null : r.GetDateTime(0), r.GetInt64(1))));
        }

        return months;
    }

    private void RecordRun(DuckDBConnection connection, int importId, DateTime started, ImportOptions options, string status, ImportReport report, List<(int File, string? Column, string Rule, string? Service, long Rows)> counts, List<(int File, DateTime? Month, long Rows)> months)
    {
        using var transaction = connection.BeginTransaction();
        RecordRunRows(connection, importId, started, options, status, report, counts, months);
        transaction.Commit();
    }

    private void RecordRunRows(DuckDBConnection connection, int importId, DateTime started, ImportOptions options, string status, ImportReport report, List<(int File, string? Column, string Rule, string? Service, long Rows)> counts, List<(int File, DateTime? Month, long Rows)> months)
    {
        using (var runs = connection.CreateAppender("import_runs"))
        {
            runs.CreateRow().AppendValue(importId).AppendValue(started).AppendValue(UkTime.Now(clock))
                .AppendValue(options.User).AppendValue(options.AllowRejects).AppendValue(status).EndRow();
        }

        using (var files = connection.CreateAppender("import_files"))
        {
            foreach (var file in report.Files)
            {
                files.CreateRow().AppendValue(importId).AppendValue(file.File).AppendValue(Extracts.Of(file.Kind).FileName)
                    .AppendValue(file.RowsRead).AppendValue(file.RowsStored).AppendValue(file.RowsRejected).EndRow();
            }
        }

        using (var rejects = connection.CreateAppender("import_reject_counts"))
        {
            foreach (var (file, column, rule, service, rows) in counts)
            {
                rejects.CreateRow().AppendValue(importId).AppendValue(report.Files[file].File).AppendValue(column).AppendValue(rule).AppendValue(service).AppendValue(rows).EndRow();
            }
        }

        using var byMonth = connection.CreateAppender("import_reject_months");
        foreach (var (file, month, rows) in months)
        {
            byMonth.CreateRow().AppendValue(importId).AppendValue(report.Files[file].File).AppendValue(month).AppendValue(rows).EndRow();
        }
    }

    private const string ReasonText = "reason || CASE WHEN ref_line IS NOT NULL THEN ' of line ' || ref_line ELSE '' END";

    private static string FileNameCase(IReadOnlyList<ImportSource> sources) =>
        "CASE file_no " + string.Join(" ", sources.Select((s, i) => $"WHEN {i} THEN {Sql.Literal(s.File)}")) + " END";

    /// <summary>DuckDB's CSV errors name the line and the problem; the user gets one line.</summary>
    private static InputError CsvProblem(string file, string message)
    {
        var line = CsvErrorLine().Match(message) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var problem = message.Split('\n').Select(l => l.Trim())
            .FirstOrDefault(l => l.Length > 0 && !l.StartsWith("Invalid Input Error", StringComparison.Ordinal) && !l.StartsWith("Original Line", StringComparison.Ordinal)
                                 && !l.StartsWith("CSV Error", StringComparison.Ordinal))
            ?? "the file could not be read";
        return new InputError(file, line, null, "is not valid CSV: " + problem.TrimEnd('.'));
    }

    [GeneratedRegex(@"CSV Error on Line: (\d+)")]
    private static partial Regex CsvErrorLine();
}

/// <summary>Where an import run is: which file and what it is doing.</summary>
public sealed record ImportProgress(string File, string Stage);
