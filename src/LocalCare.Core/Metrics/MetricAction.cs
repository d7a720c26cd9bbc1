namespace LocalCare.Core.Metrics;

/// <summary>An action recorded in a metric's commentary, with who owns it and when it is due.</summary>
public sealed class MetricAction
{
    public int Id { get; set; }

    public int CommentaryId { get; set; }

    public required string Action { get; set; }

    public required string Owner { get; set; }

    public required DateOnly Due { get; set; }
}
