using System.Reflection;
using LocalCare.Core.Metrics;

namespace LocalCare.Warehouse.Metrics;

/// <summary>The built-in metrics of metrics.md: one reviewed SQL file each (Metrics/Definitions), in the order metrics.md lists them.</summary>
public static class MetricLibrary
{
    /// <summary>metrics.md's table order, which reports and boards follow.</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "contacts-linked-to-referral", "outcomed-appointments", "activity-vs-plan", "crisis-response-2h", "waiting-list-size",
        "waiting-within-18-weeks", "waiting-over-52-weeks", "waiting-over-65-weeks", "waiting-over-78-weeks", "dna-rate",
        "hah-utilisation", "vacancy-rate", "turnover-r12m", "retention-r12m", "sickness-absence-r12m", "appraisal-compliance",
        "pressure-ulcers-cat3-4", "serious-falls", "wmtm-score", "qcr-score", "fft-positive",
    ];

    /// <summary>Every built-in metric with its query; fresh definitions, so callers may attach them to a database context.</summary>
    public static IReadOnlyList<MetricSqlFile> BuiltIn() => Ids.Select(Read).ToList();

    /// <summary>The built-in metric <paramref name="id"/>, or null when it is not one.</summary>
    public static MetricSqlFile? Find(string id) => Ids.Contains(id) ? Read(id) : null;

    /// <summary>The names of the embedded SQL files, for the test that every file is listed in <see cref="Ids"/>.</summary>
    public static IReadOnlyList<string> EmbeddedFiles() =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).ToList();

    private const string Prefix = "metric/";

    private static Assembly Assembly => typeof(MetricLibrary).Assembly;

    private static MetricSqlFile Read(string id)
    {
        var file = id + ".sql";
        using var stream = Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"The built-in metric {id} has no SQL file.");
        using var reader = new StreamReader(stream);
        return MetricSqlFile.Parse(file, reader.ReadToEnd());
    }
}
