using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;

namespace LocalCare.Core.Boards;

/// <summary>A meeting of a board: its date, the month its pack reports to, its status, and the pack's cover sheet fields.</summary>
public sealed class Meeting
{
    public int Id { get; set; }

    public required string BoardCode { get; init; }

    public required DateOnly Date { get; set; }

    /// <summary>The last month the pack's figures run to (default: the month before the meeting's).</summary>
    public required YearMonth ReportingMonth { get; set; }

    public MeetingStatus Status { get; set; }

    public string AgendaItem { get; set; } = "";

    public string Title { get; set; } = "";

    public string Author { get; set; } = "";

    public string LeadDirector { get; set; } = "";

    public PaperPurpose Purpose { get; set; } = PaperPurpose.Assurance;

    public AssuranceLevel AssuranceOffered { get; set; } = AssuranceLevel.Reasonable;

    /// <summary>The CQC key questions the paper speaks to, comma-separated (Safe, Effective, Caring, Responsive, Well-led).</summary>
    public string CqcKeyQuestions { get; set; } = "";

    /// <summary>Priority codes the paper relates to, comma-separated.</summary>
    public string Priorities { get; set; } = "";

    /// <summary>Risks the paper relates to, one per line.</summary>
    public string Risks { get; set; } = "";

    public string ExecutiveSummary { get; set; } = "";
}

/// <summary>Where a meeting is in its cycle (board-packs.md).</summary>
public enum MeetingStatus
{
    Planned,
    PackDraft,
    PackPublished,
    Held,
}

/// <summary>Text forms of <see cref="MeetingStatus"/>, and how work on the pack moves a meeting on.</summary>
public static class MeetingStatuses
{
    /// <summary>
    /// The status once someone works on the meeting's pack (its cover sheet, a flag, a narrative): a planned meeting's pack is
    /// then in draft (board-packs.md: "A pack is drafted, checked and published"); any later status stays as it is.
    /// </summary>
    public static MeetingStatus AfterPackWork(this MeetingStatus status) => status == MeetingStatus.Planned ? MeetingStatus.PackDraft : status;

    public static string ToCode(this MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => "planned",
        MeetingStatus.PackDraft => "pack_draft",
        MeetingStatus.PackPublished => "pack_published",
        MeetingStatus.Held => "held",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToLabel(this MeetingStatus status) => status switch
    {
        MeetingStatus.Planned => "Planned",
        MeetingStatus.PackDraft => "Pack in draft",
        MeetingStatus.PackPublished => "Pack published",
        MeetingStatus.Held => "Held",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
