using LocalCare.Core.Metrics;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The SQL a full recompute runs, as both engines are given it: src's derived relations (built first, in order) and every
/// built-in metric's query, each wrapped by src's <see cref="MonthsSql"/> for the range. Both sides read these lists, so the
/// DuckDB and PostgreSQL timings are of the same text.
/// </summary>
public static class MetricStatements
{
    public static IReadOnlyList<DerivedRelation> Relations => DerivedRelation.All;

    /// <summary>Every built-in metric, in metrics.md's order: (id, the metric's own SQL, unwrapped).</summary>
    public static IReadOnlyList<(string Id, string Sql)> Metrics { get; } = [.. MetricLibrary.BuiltIn().Select(f => (f.Metric.Id, f.Sql))];

    /// <summary>The statement that builds a derived relation as a temporary table: the text the PostgreSQL side runs.</summary>
    public static string CreateRelation(DerivedRelation relation, MonthRange range) =>
        $"CREATE TEMP TABLE {relation.Name} AS {MonthsSql.WrapAll(relation.Sql, range)}";

    /// <summary>A metric's base-row query over the range: the text both sides run.</summary>
    public static string Metric(string sql, MonthRange range) => MonthsSql.Wrap(sql, range);

    /// <summary>The step label of a derived relation's build, the same in every profile so the tables line up.</summary>
    public static string RelationStep(string name) => "derived relation " + name;

    /// <summary>The step label of a metric's query.</summary>
    public static string QueryStep(string id) => "query " + id;

    /// <summary>The step label of a metric's roll-up (LocalCare only).</summary>
    public static string RollupStep(string id) => "roll-up " + id;
}
