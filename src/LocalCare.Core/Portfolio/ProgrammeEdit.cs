using LocalCare.Core.Inputs;

namespace LocalCare.Core.Portfolio;

/// <summary>A change to a programme as someone typed it: its status, commentary, lead and summary.</summary>
public sealed record ProgrammeEdit(string? Status, string? Commentary, string? Lead, string? Summary)
{
    /// <summary>The edit's current values: what the form starts from.</summary>
    public static ProgrammeEdit From(Programme programme) =>
        new(programme.Status.ToCode(), programme.Commentary, programme.Lead, programme.Summary);

    /// <summary>The problems in the order the fields appear (status, commentary, lead, summary); empty when it may be saved.</summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        var status = EditChecks.Status(Status, "programme", problems);
        EditChecks.Commentary(Commentary, status, "programme", problems);
        EditChecks.Required(Lead, "lead", "programme lead", EditChecks.MaxLead, problems);
        EditChecks.Limit(Summary, "summary", "The summary", EditChecks.MaxSummary, problems);
        return problems;
    }

    /// <summary>Writes a checked edit (see <see cref="Problems"/>) to the programme, trimmed.</summary>
    public void ApplyTo(Programme programme)
    {
        programme.Status = ParsedStatus();
        programme.Commentary = EditChecks.Clean(Commentary);
        programme.Lead = EditChecks.Clean(Lead);
        programme.Summary = EditChecks.Clean(Summary);
    }

    private PortfolioStatus ParsedStatus() =>
        PortfolioStatuses.TryParse(Status, out var status) ? status : throw new InvalidOperationException("Check the edit's problems before applying it.");
}
