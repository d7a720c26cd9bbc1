using System.Globalization;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;

namespace LocalCare.Web.Features.Boards;

/// <summary>A meeting's date, reporting month and cover sheet as the form or the API posts them.</summary>
public sealed class MeetingInput
{
    /// <summary>The CQC key questions a paper can link to.</summary>
    public static IReadOnlyList<string> KeyQuestions { get; } = ["Safe", "Effective", "Caring", "Responsive", "Well-led"];

    public string? Date { get; set; }

    public string? ReportingMonth { get; set; }

    public string? AgendaItem { get; set; }

    public string? Title { get; set; }

    public string? Author { get; set; }

    public string? LeadDirector { get; set; }

    /// <summary><c>decision</c>, <c>assurance</c> or <c>information</c>.</summary>
    public string? Purpose { get; set; }

    /// <summary><c>substantial</c>, <c>reasonable</c>, <c>limited</c> or <c>none</c>.</summary>
    public string? AssuranceOffered { get; set; }

    public List<string> CqcKeyQuestions { get; set; } = [];

    public string? Priorities { get; set; }

    public string? Risks { get; set; }

    public string? ExecutiveSummary { get; set; }

    public static MeetingInput From(Meeting meeting) => new()
    {
        Date = meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReportingMonth = meeting.ReportingMonth.ToString(),
        AgendaItem = meeting.AgendaItem,
        Title = meeting.Title,
        Author = meeting.Author,
        LeadDirector = meeting.LeadDirector,
        Purpose = meeting.Purpose.ToString().ToLowerInvariant(),
        AssuranceOffered = meeting.AssuranceOffered.ToString().ToLowerInvariant(),
        CqcKeyQuestions = [.. Split(meeting.CqcKeyQuestions)],
        Priorities = meeting.Priorities,
        Risks = meeting.Risks,
        ExecutiveSummary = meeting.ExecutiveSummary,
    };

    public static IEnumerable<string> Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The problems by field, in the form's order.</summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        if (DateValue() is null)
        {
            problems.Add(new("date", string.IsNullOrWhiteSpace(Date) ? "Enter the meeting's date" : "The meeting's date must be a real date, such as 2025-01-15"));
        }

        if (!YearMonth.TryParse(ReportingMonth?.Trim(), out _))
        {
            problems.Add(new("reporting-month", "Enter the month the pack reports to, such as 2024-12"));
        }

        Limit(problems, "agenda-item", AgendaItem, 100, "The agenda item");
        Limit(problems, "title", Title, 300, "The title");
        Limit(problems, "author", Author, 200, "The author");
        Limit(problems, "lead-director", LeadDirector, 200, "The lead director");
        if (!Enum.TryParse<PaperPurpose>(Purpose, ignoreCase: true, out _))
        {
            problems.Add(new("purpose", "Select what the paper asks of the board"));
        }

        if (!Enum.TryParse<AssuranceLevel>(AssuranceOffered, ignoreCase: true, out _))
        {
            problems.Add(new("assurance-offered", "Select the level of assurance the paper offers"));
        }

        if (CqcKeyQuestions.FirstOrDefault(q => !KeyQuestions.Contains(q)) is { } unknown)
        {
            problems.Add(new("cqc", $"'{unknown}' is not a CQC key question"));
        }

        Limit(problems, "priorities", Priorities, 500, "The priorities");
        Limit(problems, "risks", Risks, 2000, "The risks");
        Limit(problems, "executive-summary", ExecutiveSummary, 4000, "The executive summary");
        return problems;
    }

    /// <summary>Copies a checked input onto the meeting.</summary>
    public void ApplyTo(Meeting meeting)
    {
        meeting.Date = DateValue()!.Value;
        meeting.ReportingMonth = YearMonth.Parse(ReportingMonth!.Trim());
        meeting.AgendaItem = AgendaItem?.Trim() ?? "";
        meeting.Title = Title?.Trim() ?? "";
        meeting.Author = Author?.Trim() ?? "";
        meeting.LeadDirector = LeadDirector?.Trim() ?? "";
        meeting.Purpose = Enum.Parse<PaperPurpose>(Purpose!, ignoreCase: true);
        meeting.AssuranceOffered = Enum.Parse<AssuranceLevel>(AssuranceOffered!, ignoreCase: true);
        meeting.CqcKeyQuestions = string.Join(", ", KeyQuestions.Where(CqcKeyQuestions.Contains));
        meeting.Priorities = Priorities?.Trim() ?? "";
        meeting.Risks = Risks?.Trim() ?? "";
        meeting.ExecutiveSummary = ExecutiveSummary?.Trim() ?? "";
    }

    public DateOnly? DateValue() => DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static void Limit(List<FieldProblem> problems, string field, string? value, int max, string name)
    {
        if (value?.Trim().Length > max)
        {
            problems.Add(new(field, $"{name} must be {max:#,0} characters or fewer"));
        }
    }
}
