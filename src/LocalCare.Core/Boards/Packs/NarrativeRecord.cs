using LocalCare.Core.Generation;

namespace LocalCare.Core.Boards.Packs;

/// <summary>The narrative of one metric for one meeting, as written in the app (see <see cref="ExceptionNarrative"/> for the pack's form).</summary>
public sealed class NarrativeRecord
{
    public required int MeetingId { get; init; }

    public required string MetricId { get; init; }

    public string WhatTheChartTellsUs { get; set; } = "";

    public string RootCauses { get; set; } = "";

    public List<NarrativeActionRecord> Actions { get; set; } = [];

    public string MitigationsAndRisks { get; set; } = "";

    public YearMonth? ExpectedRecovery { get; set; }

    public string AccountablePerson { get; set; } = "";

    public string? UpdatedBy { get; set; }

    public DateTime? UpdatedAt { get; set; }
}

/// <summary>One action of a narrative: what, who, by when; numbered in the narrative's order.</summary>
public sealed class NarrativeActionRecord
{
    public required int MeetingId { get; init; }

    public required string MetricId { get; init; }

    public required int Number { get; init; }

    public required string Action { get; set; }

    public required string Owner { get; set; }

    public required DateOnly Due { get; set; }
}

/// <summary>A metric a user flagged as an exception for one meeting, whatever its icons say.</summary>
public sealed class ExceptionFlag
{
    public required int MeetingId { get; init; }

    public required string MetricId { get; init; }

    public required string FlaggedBy { get; init; }

    public string Reason { get; set; } = "";
}

/// <summary>The data owner's sign-off of a metric's month (the data-quality mark's "validated").</summary>
public sealed class MetricSignOff
{
    public required string MetricId { get; init; }

    public required YearMonth Month { get; init; }

    public required string SignedOffBy { get; init; }

    public required DateTime SignedOffAt { get; init; }
}
