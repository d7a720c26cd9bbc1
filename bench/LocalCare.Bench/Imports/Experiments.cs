using LocalCare.Warehouse;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Bench.Imports;

/// <summary>
/// Proposed changes to src's staging (<see cref="StagingSql.CreateStaged"/>, <see cref="StagingSql.NumberStaged"/>, and the
/// cleaning in <see cref="StagingSql.ReadCsv"/>), measured with <c>--experiments</c> beside the current SQL and checked for
/// the order of the staged rows. Validation and store statements are src's own.
/// </summary>
/// <remarks>
/// <para>
/// src numbers the staged rows by their row id: one CREATE TABLE AS reads the CSV in parallel, cleans, parses and stores,
/// and <c>ord = rowid - first + 1</c>. That holds only if the rows reach the table in file order, which DuckDB guarantees for
/// a SELECT, WHERE, LIMIT or UNION ALL over one table, not for a join (docs: SQL dialect, order preservation). An IN list of
/// many constants is planned as a hash join (contacts' attendance codes: HASH_JOIN MARK over a COLUMN_DATA_SCAN), and so is
/// a scalar subquery (metric_values' metric kind): contacts.csv's rows then arrive out of order and most get another row's
/// position — reject lines and "duplicate of line N" point at the wrong lines (phase <c>order</c> counts them).
/// </para>
/// <para>
/// <see cref="Ordering.TwoStep"/> first stores the cleaned text alone (read_csv and projections: inside the guarantee) and
/// numbers those rows, then computes the typed values from the numbered rows, so a join cannot move a row away from its
/// number. <see cref="Ordering.View"/> stores the cleaned text alone and computes <c>ord</c> and the typed values in a view.
/// <see cref="Ordering.NoJoin"/> keeps src's single statement and writes enum checks without IN lists (and looks the metric
/// kind up in the view): cheapest; the guarantee then rests on no typed expression being planned as a join, which a test
/// can hold (EXPLAIN of every extract's staging statement has no JOIN).
/// </para>
/// <para>
/// <see cref="StagingVariant.StagedFirst"/> stages before the import's transaction begins. A table created inside the open
/// transaction lives in its local storage, which DuckDB scans with one thread: every check, the duplicate check and the
/// store (the largest step) then run on one core. The staged tables are temporary, so nothing of them reaches the
/// warehouse either way. <c>proposed</c> is <c>no-join-fast-lean</c> staged first: the change proposed for src.
/// </para>
/// </remarks>
public static class Experiments
{
    /// <summary>Those <c>--experiments</c> runs; <see cref="Others"/> can be named with <c>phase profile --variant</c>.</summary>
    public static IReadOnlyList<StagingVariant> All { get; } =
    [
        new Variant("two-step", Ordering.TwoStep, FastClean: false, Lean: false),
        new Variant("no-join-fast-lean", Ordering.NoJoin, FastClean: true, Lean: true),
        new StagingVariant.StagedFirst("staged-first", new StagingVariant.Staged()),
        new StagingVariant.StagedFirst("proposed", new Variant("no-join-fast-lean", Ordering.NoJoin, FastClean: true, Lean: true)),
    ];

    /// <summary>Measured while choosing (see the README's figures), not run by <c>--experiments</c>.</summary>
    public static IReadOnlyList<StagingVariant> Others { get; } =
    [
        new Variant("two-step-fast", Ordering.TwoStep, FastClean: true, Lean: false),
        new Variant("two-step-fast-lean", Ordering.TwoStep, FastClean: true, Lean: true),
        new Variant("view-fast", Ordering.View, FastClean: true, Lean: false),
        new Variant("no-join-fast", Ordering.NoJoin, FastClean: true, Lean: false),
    ];

    /// <summary>How the staged rows get their position.</summary>
    public enum Ordering
    {
        /// <summary>Cleaned text stored and numbered first; typed values from the numbered rows.</summary>
        TwoStep,

        /// <summary>Cleaned text stored; position and typed values in a view.</summary>
        View,

        /// <summary>src's single statement, with enum checks that are not planned as joins.</summary>
        NoJoin,
    }

    /// <param name="Name">The variant's name on the command line and in the results.</param>
    /// <param name="How">How the rows are numbered.</param>
    /// <param name="FastClean">Test for a space at either end with <c>prefix</c>/<c>suffix</c> (byte compares) instead of <c>c[1]</c>/<c>c[-1]</c> (which cut out a character); same result.</param>
    /// <param name="Lean">Do not store a second copy of the columns whose typed value is their text (keys, codes); the view names them <c>v_x</c>.</param>
    public sealed class Variant(string Name, Ordering How, bool FastClean, bool Lean) : StagingVariant
    {
        public override string Name { get; } = Name;

        public override string Description =>
            $"{How}{(FastClean ? ", prefix/suffix cleaning" : "")}{(Lean ? ", no second copy of key and code columns" : "")}";

        public override IEnumerable<(string, string)> Stage(int file, ExtractSpec spec, string path, CsvHeader header, Func<string, long> scalar)
        {
            var read = ReadCsvSelect(spec, path, header, FastClean);
            bool Identity(ColumnSpec c) => Lean && ColumnSql.Typed(c) == c.Raw;
            var typed = spec.Columns.Where(c => !Identity(c)).Select(c => How == Ordering.NoJoin ? TypedWithoutJoin(c) : $"{ColumnSql.Typed(c)} AS v_{c.Name}").ToList();
            var aliases = string.Concat(spec.Columns.Where(Identity).Select(c => $", {c.Raw} AS v_{c.Name}"));
            var metricKind = spec.Kind == ExtractKind.MetricValues
                ? ", (SELECT m.kind FROM metrics m WHERE m.metric_id = s.r_metric_id) AS v_metric_kind"
                : "";
            switch (How)
            {
                case Ordering.TwoStep:
                    {
                        yield return ("stage cleaned text", $"CREATE TEMP TABLE raw_{file} AS {read}");
                        var first = scalar($"SELECT coalesce(min(rowid), 0) FROM raw_{file}");
                        yield return ("stage typed (ord from the text's rowid)",
                            $"CREATE TEMP TABLE staged_{file} AS SELECT s.*, {string.Join(", ", typed)}{metricKind} FROM (SELECT rowid - {first} + 1 AS ord, * FROM raw_{file}) s");
                        yield return ("drop cleaned text", $"DROP TABLE raw_{file}");
                        yield return ("stage view", $"CREATE TEMP VIEW stage_{file} AS SELECT *{aliases} FROM staged_{file}");
                        break;
                    }

                case Ordering.View:
                    {
                        yield return ("stage cleaned text", $"CREATE TEMP TABLE raw_{file} AS {read}");
                        var first = scalar($"SELECT coalesce(min(rowid), 0) FROM raw_{file}");
                        yield return ("stage view (ord, typed)",
                            $"CREATE TEMP VIEW stage_{file} AS SELECT rowid - {first} + 1 AS ord, s.*, {string.Join(", ", typed)}{aliases}{metricKind} FROM raw_{file} s");
                        break;
                    }

                default:
                    {
                        yield return ("stage (read_csv, clean, parse; no join)", $"CREATE TEMP TABLE staged_{file} AS SELECT s.*, {string.Join(", ", typed)} FROM ({read}) s");
                        var first = scalar($"SELECT coalesce(min(rowid), 0) FROM staged_{file}");
                        yield return ("number rows (view)", $"CREATE TEMP VIEW stage_{file} AS SELECT rowid - {first} + 1 AS ord, s.*{aliases}{metricKind} FROM staged_{file} s");
                        break;
                    }
            }
        }

        public override IEnumerable<(string, string)> Validate(int file, ExtractSpec spec, Func<string, string, long> scalar) => CurrentValidate(file, spec, scalar);

        public override IEnumerable<(string, string)> Store(int file, ExtractSpec spec, bool anyRejects, bool targetEmpty) => CurrentStore(file, spec, anyRejects, targetEmpty);
    }

    /// <summary>src's typed expression, but an enum's allowed values are a <c>list_contains</c>, not an IN list (which becomes a join).</summary>
    private static string TypedWithoutJoin(ColumnSpec column) => column.Type == ColumnType.Enum
        ? $"CASE WHEN list_contains([{string.Join(", ", column.Values.Select(Sql.Literal))}], lower({column.Raw})) THEN lower({column.Raw}) END AS v_{column.Name}"
        : $"{ColumnSql.Typed(column)} AS v_{column.Name}";

    /// <summary>src's StagingSql.Cleaned (private there), or the same test with byte compares: empty is null; trim only where a space is at either end.</summary>
    private static string Cleaned(string column, bool fast) => fast
        ? $"CASE WHEN {column} = '' THEN NULL WHEN prefix({column}, ' ') OR suffix({column}, ' ') THEN nullif(trim({column}), '') ELSE {column} END"
        : $"CASE WHEN {column} = '' THEN NULL WHEN {column}[1] = ' ' OR {column}[-1] = ' ' THEN nullif(trim({column}), '') ELSE {column} END";

    /// <summary>src's ReadCsv: read_csv of every column as text, cleaned; projections only, so a table made from it keeps the file's order.</summary>
    private static string ReadCsvSelect(ExtractSpec spec, string path, CsvHeader header, bool fastClean)
    {
        var columns = string.Join(", ", header.Names.Select((_, i) => $"'c{i}': 'VARCHAR'"));
        var raw = spec.Columns.Select(c => header.Ordinals.TryGetValue(c.Name, out var i)
            ? $"{Cleaned($"c{i}", fastClean)} AS {c.Raw}"
            : $"NULL::VARCHAR AS {c.Raw}");
        return $$"""
            SELECT {{string.Join(", ", raw)}}
            FROM read_csv({{Sql.Literal(path)}}, delim = ',', quote = '"', escape = '"', header = true, auto_detect = false,
                          strict_mode = true, null_padding = false, columns = { {{columns}} })
            """;
    }
}
