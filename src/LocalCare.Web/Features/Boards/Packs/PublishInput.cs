namespace LocalCare.Web.Features.Boards.Packs;

/// <summary>What a publisher posts: a "narrative to follow" reason per exception still without narrative, and for a correction its reason.</summary>
public sealed class PublishInput
{
    /// <summary>Metric id → why its narrative is to follow; blank reasons are ignored.</summary>
    public Dictionary<string, string> ToFollow { get; set; } = [];

    /// <summary>Why this version corrects the last one; required once a version is published.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>The non-blank reasons, trimmed.</summary>
    public IReadOnlyDictionary<string, string> Reasons() =>
        ToFollow.Where(r => !string.IsNullOrWhiteSpace(r.Value)).ToDictionary(r => r.Key, r => r.Value.Trim(), StringComparer.Ordinal);

    /// <summary>The field of the reason for <paramref name="metricId"/>, for error links.</summary>
    public static string FieldOf(string metricId) => "to-follow-" + metricId;
}
