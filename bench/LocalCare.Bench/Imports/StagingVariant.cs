using LocalCare.Warehouse.Imports;

namespace LocalCare.Bench.Imports;

/// <summary>
/// The SQL of an import, statement by statement, as <see cref="ImportProfile"/> runs it. <see cref="Current"/> (a run with no
/// reject) and <see cref="Staged"/> (a run with rejects) are exactly src's <see cref="StagingSql"/>; the others
/// (<see cref="Experiments"/>) are proposed changes to the staged path, measured the same way.
/// </summary>
public abstract class StagingVariant
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    /// <summary>
    /// Stage every file before the import's transaction begins (the staged tables are temporary: nothing of them is in the
    /// warehouse), so later statements scan committed tables; a table created inside the open transaction is scanned by one thread.
    /// </summary>
    public virtual bool StageBeforeTransaction => false;

    /// <summary>
    /// Statements (label, SQL) that build the view or table <c>stage_N</c>; they are run as they are yielded, so a later one may
    /// depend on what <paramref name="scalar"/> (a query on the same connection) says about an earlier one's result.
    /// </summary>
    public abstract IEnumerable<(string Label, string Sql)> Stage(int file, ExtractSpec spec, string path, CsvHeader header, Func<string, long> scalar);

    /// <summary>
    /// Statements that fill <c>rejects</c>: field checks, duplicates, row rules. <paramref name="scalar"/> runs (and times, under
    /// its label) a query whose answer decides whether a check is needed; run as they are yielded, like <see cref="Stage"/>'s.
    /// </summary>
    public abstract IEnumerable<(string Label, string Sql)> Validate(int file, ExtractSpec spec, Func<string, string, long> scalar);

    /// <summary>Statements that store the valid rows.</summary>
    public abstract IEnumerable<(string Label, string Sql)> Store(int file, ExtractSpec spec, bool anyRejects, bool targetEmpty);

    public static StagingVariant Named(string name) =>
        All.Concat(Experiments.Others).FirstOrDefault(v => v.Name == name)
        ?? throw new ArgumentException($"Unknown variant '{name}' (known: {string.Join(", ", All.Concat(Experiments.Others).Select(v => v.Name))}).");

    public static IReadOnlyList<StagingVariant> All { get; } = [new Current(), new Staged(), .. Experiments.All];

    /// <summary>The variant with another's SQL, staged before the transaction.</summary>
    public sealed class StagedFirst(string name, StagingVariant sql) : StagingVariant
    {
        public override string Name => name;

        public override string Description => $"{sql.Name}, staged before the transaction";

        public override bool StageBeforeTransaction => true;

        public override IEnumerable<(string Label, string Sql)> Stage(int file, ExtractSpec spec, string path, CsvHeader header, Func<string, long> scalar) =>
            sql.Stage(file, spec, path, header, scalar);

        public override IEnumerable<(string Label, string Sql)> Validate(int file, ExtractSpec spec, Func<string, string, long> scalar) => sql.Validate(file, spec, scalar);

        public override IEnumerable<(string Label, string Sql)> Store(int file, ExtractSpec spec, bool anyRejects, bool targetEmpty) => sql.Store(file, spec, anyRejects, targetEmpty);
    }

    /// <summary>
    /// Store each file with one statement that reads, checks and inserts (<see cref="Direct"/>) instead of staging, checking and
    /// storing; WarehouseImport does so when no file has a reject, and takes the staged path otherwise.
    /// </summary>
    public virtual bool StoresDirectly => false;

    /// <summary>The direct store of one file, as <see cref="Stage"/> (the transaction is open; <paramref name="scalar"/> as in <see cref="Validate"/>).</summary>
    public virtual IEnumerable<(string Label, string Sql)> Direct(int file, ExtractSpec spec, string path, CsvHeader header, Func<string, string, long> scalar) =>
        throw new NotSupportedException($"{Name} stages.");

    /// <summary>src as it is: the direct store of WarehouseImport.TryStoreDirectlyAsync (a run with no reject).</summary>
    public sealed class Current : Staged
    {
        public override string Name => "current";

        public override string Description => "src as it runs a file with no reject: one statement reads, checks and inserts";

        public override bool StoresDirectly => true;

        public override IEnumerable<(string Label, string Sql)> Direct(int file, ExtractSpec spec, string path, CsvHeader header, Func<string, string, long> scalar)
        {
            var before = scalar("highest stored row id", $"SELECT coalesce(max(rowid), -1) FROM {spec.Table}");
            yield return ("insert checked (read_csv, clean, parse, check)", StagingSql.InsertChecked(spec, StagingSql.ReadCsv(path, spec, header)));
            scalar("count the inserted rows", StagingSql.CountInserted(spec, before));
            if (scalar("any duplicate key? (hashes of the inserted rows)", StagingSql.InsertedMayHaveDuplicates(spec, before)) > 0)
            {
                throw new InvalidOperationException($"{spec.FileName} may have duplicate keys: src would take the staged path.");
            }

            if (before >= 0)
            {
                yield return ("delete the rows replaced", StagingSql.DeleteReplaced(spec, before));
            }
        }
    }

    /// <summary>src's staged path (StagingSql as WarehouseImport runs it when a file may have a reject).</summary>
    public class Staged : StagingVariant
    {
        public override string Name => "staged";

        public override string Description => "src's staged path: stage, check, store";

        /// <summary>As WarehouseImport stages: before its transaction.</summary>
        public override bool StageBeforeTransaction => true;

        public override IEnumerable<(string, string)> Stage(int file, ExtractSpec spec, string path, CsvHeader header, Func<string, long> scalar)
        {
            yield return ("stage (read_csv, clean, parse)", StagingSql.CreateStaged(file, spec, StagingSql.ReadCsv(path, spec, header)));
            yield return ("number rows (view)", StagingSql.NumberStaged(file, spec, scalar($"SELECT coalesce(min(rowid), 0) FROM staged_{file}")));
        }

        public override IEnumerable<(string, string)> Validate(int file, ExtractSpec spec, Func<string, string, long> scalar) => CurrentValidate(file, spec, scalar);

        public override IEnumerable<(string, string)> Store(int file, ExtractSpec spec, bool anyRejects, bool targetEmpty) => CurrentStore(file, spec, anyRejects, targetEmpty);
    }

    /// <summary>src's validation statements, each labelled, as WarehouseImport.Validate runs them: a full check only where its guard query says so.</summary>
    protected static IEnumerable<(string, string)> CurrentValidate(int file, ExtractSpec spec, Func<string, string, long> scalar)
    {
        if (scalar("any field problem?", StagingSql.AnyFieldProblem(file, spec)) > 0)
        {
            var checkedColumns = spec.Columns.Where(c => ColumnSql.Checks(c).Length > 0).Select(c => c.Name).ToList();
            foreach (var (column, sql) in checkedColumns.Zip(StagingSql.FieldRejects(file, spec)))
            {
                yield return ($"check {column}", sql);
            }
        }

        if (scalar("any duplicate key? (hashes)", StagingSql.MayHaveDuplicates(file, spec)) > 0)
        {
            yield return ("duplicate keys", StagingSql.DuplicateRejects(file, spec));
        }

        foreach (var (rule, sql) in spec.RowRules.Zip(StagingSql.RowRuleRejects(file, spec)))
        {
            yield return ($"row rule {rule.Rule}", sql);
        }
    }

    /// <summary>src's store statements, each labelled.</summary>
    protected static IEnumerable<(string, string)> CurrentStore(int file, ExtractSpec spec, bool anyRejects, bool targetEmpty) =>
        StagingSql.Store(file, spec, anyRejects, targetEmpty).Select(sql => (sql.StartsWith("DELETE", StringComparison.Ordinal) ? "store: delete same keys" : "store: insert", sql));
}
