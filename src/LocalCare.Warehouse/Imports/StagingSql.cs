using System.Text.RegularExpressions;

namespace LocalCare.Warehouse.Imports;

/// <summary>
/// The SQL of one file's import. A run with no reject stores each file directly (<see cref="InsertChecked"/>); otherwise each is
/// staged in <c>stage_N</c>, which holds, per source row, its position <c>ord</c>, the raw text of each column (<c>r_x</c>,
/// trimmed, empty = null; see <see cref="CreateStaged"/> for where it is kept) and its typed value (<c>v_x</c>, null when it
/// does not parse), and is checked and stored from there.
/// </summary>
public static class StagingSql
{
    /// <summary>
    /// Stores the rows of a select that yields one raw column per spec column, in source order, with their typed values, in
    /// <c>staged_N</c>. A column whose typed value is its text (keys, codes) is stored once; <see cref="NumberStaged"/> names it
    /// <c>v_x</c> too. Another column keeps its text only where a check could quote it (<see cref="ColumnSql.MayBeQuoted"/>), else
    /// null: most rows are valid, and a column of nulls costs next to nothing to store. The select must not hold anything DuckDB
    /// plans as a join (an IN list of constants, a subquery): the rows of a join reach the table out of source order, and the row
    /// ids then number the wrong rows.
    /// </summary>
    public static string CreateStaged(int file, ExtractSpec spec, string rawSelect)
    {
        var typed = spec.Columns.Where(c => !ColumnSql.IsText(c)).Select(c => $", {ColumnSql.Typed(c)} AS v_{c.Name}");
        var narrowed = spec.Columns.Where(c => !ColumnSql.IsText(c) && !KeepsText(spec, c))
            .Select(c => $"CASE WHEN {ColumnSql.MayBeQuoted(c)} THEN {c.Raw} END AS {c.Raw}").ToList();
        var select = $"SELECT raw.*{string.Concat(typed)} FROM ({rawSelect}) raw";
        return narrowed.Count == 0
            ? $"CREATE TEMP TABLE staged_{file} AS {select}"
            : $"CREATE TEMP TABLE staged_{file} AS SELECT * REPLACE ({string.Join(", ", narrowed)}) FROM ({select}) typed";
    }

    /// <summary>Key columns (the duplicate check groups and quotes their text) and columns a row rule quotes keep their text on every row.</summary>
    private static bool KeepsText(ExtractSpec spec, ColumnSpec column) =>
        spec.Key.Contains(column.Name) || spec.RowRules.Any(r => Regex.IsMatch(r.Broken + " " + r.Reason, $@"\b{column.Raw}\b"));

    /// <summary>
    /// <c>stage_N</c>: the staged rows numbered 1, 2, ... (<c>ord</c>) in source order, with the typed value of every column and,
    /// for metric values, the metric's kind. DuckDB gives the rows of one insert consecutive row ids in insertion order (inside a
    /// transaction they start at a high base, hence <paramref name="firstRowId"/>); numbering by row id instead of
    /// <c>WITH ORDINALITY</c> keeps the CSV reader parallel. The metric kind is looked up here, not in <see cref="CreateStaged"/>:
    /// it is a join.
    /// </summary>
    public static string NumberStaged(int file, ExtractSpec spec, long firstRowId) =>
        $"CREATE TEMP VIEW stage_{file} AS SELECT s.rowid - {firstRowId} + 1 AS ord, s.*{TextAliases(spec)}{MetricKind(spec)} FROM staged_{file} s";

    /// <summary>The typed value of a text column is its text: <c>v_x</c> names <c>s.r_x</c>.</summary>
    private static string TextAliases(ExtractSpec spec) => string.Concat(spec.Columns.Where(ColumnSql.IsText).Select(c => $", s.{c.Raw} AS v_{c.Name}"));

    /// <summary>For metric values, the metric's kind (<c>v_metric_kind</c>), which a row rule reads; a join.</summary>
    private static string MetricKind(ExtractSpec spec) => spec.Kind == ExtractKind.MetricValues
        ? ", (SELECT m.kind FROM metrics m WHERE m.metric_id = s.r_metric_id) AS v_metric_kind"
        : "";

    /// <summary>
    /// The direct store, for a file with no reject (the usual case): one statement reads, parses, checks and inserts every row,
    /// where the staged path writes each row twice (its staged table, then the warehouse). A row that any field check or row
    /// rule would reject raises an error, which aborts the statement: the import then takes the staged path, which finds and
    /// reports every reject. Row order does not matter here, so joins may be planned.
    /// </summary>
    public static string InsertChecked(ExtractSpec spec, string rawSelect)
    {
        var typed = string.Concat(spec.Columns.Where(c => !ColumnSql.IsText(c)).Select(c => $", {ColumnSql.Typed(c)} AS v_{c.Name}"));
        var problems = spec.Columns.SelectMany(ColumnSql.Checks).Select(c => c.Condition).Concat(spec.RowRules.Select(r => r.Broken));
        return $"""
            INSERT INTO {spec.Table} ({string.Join(", ", spec.Columns.Select(c => c.Name))})
            SELECT {string.Join(", ", spec.Columns.Select(c => "v_" + c.Name))}
            FROM (SELECT s.*{TextAliases(spec)}{MetricKind(spec)} FROM (SELECT raw.*{typed} FROM ({rawSelect}) raw) s)
            WHERE CASE WHEN {string.Join(" OR ", problems.Select(p => $"({p})"))} THEN error('a row would be rejected') ELSE TRUE END
            """;
    }

    /// <summary>
    /// How many rows of the table have a row id above <paramref name="before"/>, the highest before <see cref="InsertChecked"/>:
    /// rows inserted in the open transaction get ids above every stored row's, so these are the file's rows if the count is theirs.
    /// </summary>
    public static string CountInserted(ExtractSpec spec, long before) => $"SELECT count(*) FROM {spec.Table} WHERE rowid > {before}";

    /// <summary>As <see cref="MayHaveDuplicates"/>, over the typed keys of the rows just inserted (values equal as text are equal typed).</summary>
    public static string InsertedMayHaveDuplicates(ExtractSpec spec, long before) =>
        $"SELECT count(*) - count(DISTINCT hash({string.Join(", ", spec.Key)})) FROM {spec.Table} WHERE rowid > {before}";

    /// <summary>The upsert of the direct store: deletes the stored rows that have the key of a row just inserted.</summary>
    public static string DeleteReplaced(ExtractSpec spec, long before)
    {
        var keys = string.Join(", ", spec.Key);
        return $"DELETE FROM {spec.Table} WHERE rowid <= {before} AND ({keys}) IN (SELECT {keys} FROM {spec.Table} WHERE rowid > {before})";
    }

    /// <summary>The raw select over DuckDB's CSV reader: explicit columns, strict RFC 4180, numbered records.</summary>
    public static string ReadCsv(string path, ExtractSpec spec, CsvHeader header)
    {
        var columns = string.Join(", ", header.Names.Select((_, i) => $"'c{i}': 'VARCHAR'"));
        var raw = spec.Columns.Select(c => header.Ordinals.TryGetValue(c.Name, out var i)
            ? $"{Cleaned($"c{i}")} AS {c.Raw}"
            : $"NULL::VARCHAR AS {c.Raw}");
        return $$"""
            SELECT {{string.Join(", ", raw)}}
            FROM read_csv({{Sql.Literal(path)}}, delim = ',', quote = '"', escape = '"', header = true, auto_detect = false,
                          strict_mode = true, null_padding = false, columns = { {{columns}} })
            """;
    }

    /// <summary>The raw select over rows already loaded into <c>text_N(line, c0..)</c> in spec column order, keeping each row's line.</summary>
    public static string ReadText(int file, ExtractSpec spec) =>
        $"SELECT line, {string.Join(", ", spec.Columns.Select((c, i) => $"{Cleaned($"c{i}")} AS {c.Raw}"))} FROM text_{file} ORDER BY seq";

    /// <summary>
    /// Empty is null; surrounding spaces are trimmed (trim runs only where a space is at either end: it is the costly part;
    /// prefix and suffix compare bytes, where <c>c[1]</c> and <c>c[-1]</c> cut out a character).
    /// </summary>
    private static string Cleaned(string column) =>
        $"CASE WHEN {column} = '' THEN NULL WHEN prefix({column}, ' ') OR suffix({column}, ' ') THEN nullif(trim({column}), '') ELSE {column} END";

    /// <summary>
    /// A query counting the rows (at most one) with any field problem: one scan, where <see cref="FieldRejects"/> scans once per
    /// column; most files have none.
    /// </summary>
    public static string AnyFieldProblem(int file, ExtractSpec spec)
    {
        var conditions = spec.Columns.SelectMany(ColumnSql.Checks).Select(c => $"({c.Condition})").ToList();
        return conditions.Count == 0
            ? "SELECT 0"
            : $"SELECT count(*) FROM (SELECT 1 FROM stage_{file} WHERE {string.Join(" OR ", conditions)} LIMIT 1)";
    }

    /// <summary>Records every column's first problem on every row into <c>rejects</c>.</summary>
    public static IEnumerable<string> FieldRejects(int file, ExtractSpec spec)
    {
        var service = ServiceRaw(spec);
        foreach (var column in spec.Columns)
        {
            var checks = ColumnSql.Checks(column);
            if (checks.Length == 0)
            {
                continue;
            }

            var rule = "CASE " + string.Join(" ", checks.Select(c => $"WHEN {c.Condition} THEN {Sql.Literal(c.Rule)}")) + " END";
            var reason = "CASE " + string.Join(" ", checks.Select(c => $"WHEN {c.Condition} THEN {c.Reason}")) + " END";
            var any = string.Join(" OR ", checks.Select(c => $"({c.Condition})"));
            yield return $"""
                INSERT INTO rejects (file_no, ord, column_name, rule, reason, ref_ord, service_code)
                SELECT {file}, ord, {Sql.Literal(column.Name)}, {rule}, {reason}, NULL, {service} FROM stage_{file} WHERE {any}
                """;
        }
    }

    /// <summary>
    /// A query that is 0 when no key repeats: as many distinct key hashes as keys. Cheaper than <see cref="DuplicateRejects"/>'s
    /// grouping by the keys themselves; two keys with the same hash only make it nonzero, and the full check then decides.
    /// </summary>
    public static string MayHaveDuplicates(int file, ExtractSpec spec)
    {
        var keys = spec.Key.Select(k => "r_" + k).ToList();
        return $"SELECT count(*) - count(DISTINCT hash({string.Join(", ", keys)})) FROM stage_{file} WHERE {string.Join(" AND ", keys.Select(k => k + " IS NOT NULL"))}";
    }

    /// <summary>Rejects every repeat of a key after its first row; the message names the first row's line.</summary>
    public static string DuplicateRejects(int file, ExtractSpec spec)
    {
        var keys = spec.Key.Select(k => "r_" + k).ToList();
        var join = string.Join(" AND ", keys.Select(k => $"s.{k} = d.{k}"));
        var shown = keys.Count == 1 ? $"s.{keys[0]}" : $"concat_ws(', ', {string.Join(", ", keys.Select(k => "s." + k))})";
        return $"""
            INSERT INTO rejects (file_no, ord, column_name, rule, reason, ref_ord, service_code)
            SELECT {file}, s.ord, {Sql.Literal(string.Join(", ", spec.Key))}, 'duplicate', '''' || {shown} || ''' is a duplicate', d.first_ord, {ServiceRaw(spec, "s.")}
            FROM stage_{file} s
            JOIN (SELECT {string.Join(", ", keys)}, min(ord) AS first_ord FROM stage_{file}
                  WHERE {string.Join(" AND ", keys.Select(k => k + " IS NOT NULL"))}
                  GROUP BY {string.Join(", ", keys)} HAVING count(*) > 1) d ON {join}
            WHERE s.ord > d.first_ord
            """;
    }

    /// <summary>Checks the rules across fields on rows with no field problem.</summary>
    public static IEnumerable<string> RowRuleRejects(int file, ExtractSpec spec) =>
        spec.RowRules.Select(rule => $"""
            INSERT INTO rejects (file_no, ord, column_name, rule, reason, ref_ord, service_code)
            SELECT {file}, ord, {Sql.Literal(rule.Column)}, {Sql.Literal(rule.Rule)}, {rule.Reason}, NULL, {ServiceRaw(spec)}
            FROM stage_{file}
            WHERE ({rule.Broken}) AND ord NOT IN (SELECT ord FROM rejects WHERE file_no = {file})
            """);

    /// <summary>Replaces rows with the same key, then inserts the file's valid rows (the same file twice changes nothing).</summary>
    public static IEnumerable<string> Store(int file, ExtractSpec spec, bool anyRejects, bool targetEmpty)
    {
        var valid = anyRejects ? $" AND s.ord NOT IN (SELECT ord FROM rejects WHERE file_no = {file})" : "";
        if (!targetEmpty)
        {
            var match = string.Join(" AND ", spec.Key.Select(k => $"{spec.Table}.{k} = s.v_{k}"));
            yield return $"DELETE FROM {spec.Table} USING stage_{file} s WHERE {match}{valid}";
        }

        var where = anyRejects ? $" WHERE TRUE{valid}" : "";
        yield return $"INSERT INTO {spec.Table} ({string.Join(", ", spec.Columns.Select(c => c.Name))}) SELECT {string.Join(", ", spec.Columns.Select(c => "s.v_" + c.Name))} FROM stage_{file} s{where}";
    }

    private static string ServiceRaw(ExtractSpec spec, string prefix = "") =>
        spec.ServiceColumn is { } column ? prefix + "r_" + column : "NULL";
}
