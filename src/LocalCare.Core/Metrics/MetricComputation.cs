using LocalCare.Core.Generation;

namespace LocalCare.Core.Metrics;

/// <summary>One run of <c>localcare compute</c>: when (UTC), by whom, which months, and how much it stored.</summary>
public sealed class MetricComputation
{
    public int Id { get; set; }

    public required DateTime StartedAt { get; init; }

    public required DateTime FinishedAt { get; set; }

    public required string User { get; init; }

    public required YearMonth From { get; init; }

    public required YearMonth To { get; init; }

    public required int Metrics { get; set; }

    public required int Values { get; set; }
}
