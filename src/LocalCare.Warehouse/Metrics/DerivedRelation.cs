using System.Text.RegularExpressions;

namespace LocalCare.Warehouse.Metrics;

/// <summary>
/// A relation several metrics read, computed once per run before them (Metrics/Derived): e.g. <c>contact_counts</c>, so the
/// contact metrics do not each scan every contact. Its query sees <c>months</c> like a metric's.
/// </summary>
public sealed partial record DerivedRelation(string Name, string Sql)
{
    /// <summary>Whether <paramref name="metricSql"/> names this relation (as a whole word).</summary>
    public bool IsUsedBy(string metricSql) => Regex.IsMatch(metricSql, $@"\b{Regex.Escape(Name)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Every derived relation, in the order they are built.</summary>
    public static IReadOnlyList<DerivedRelation> All { get; } = new[] { "contact_counts", "waiting_list" }.Select(Read).ToList();

    private static DerivedRelation Read(string name)
    {
        using var stream = typeof(DerivedRelation).Assembly.GetManifestResourceStream($"derived/{name}.sql")
            ?? throw new InvalidOperationException($"The derived relation {name} has no SQL file.");
        using var reader = new StreamReader(stream);
        return new DerivedRelation(name, reader.ReadToEnd());
    }
}
