using LocalCare.Core.Generation;

namespace LocalCare.Core.Metrics;

/// <summary>What a manager or analyst says about a metric at a unit for a month: what the data shows, why, and what is being done.</summary>
public sealed class MetricCommentary
{
    public int Id { get; set; }

    public required string MetricId { get; init; }

    public required string Unit { get; init; }

    public required YearMonth Month { get; init; }

    public required string WhatTheDataShows { get; set; }

    public string? UnderlyingIssues { get; set; }

    public required string UpdatedBy { get; set; }

    /// <summary>UTC.</summary>
    public required DateTime UpdatedAt { get; set; }

    public List<MetricAction> Actions { get; } = [];
}
