using LocalCare.Core.Inputs;

namespace LocalCare.Core.Portfolio;

/// <summary>
/// A change to a programme as someone typed it: its status, commentary, lead and summary, and optionally its name, scope
/// (<c>in_scope</c>, <c>in_sight</c>), theme and partners. A name, scope, theme or partners left out (null) stays as it is, so
/// a client that changes only the status need not send them; sent empty, a name, scope or theme is a problem and partners
/// are cleared.
/// </summary>
public sealed record ProgrammeEdit(
    string? Status, string? Commentary, string? Lead, string? Summary,
    string? Name = null, string? Scope = null, string? Theme = null, string? Partners = null)
{
    /// <summary>The edit's current values: what the form starts from.</summary>
    public static ProgrammeEdit From(Programme programme) =>
        new(programme.Status.ToCode(), programme.Commentary, programme.Lead, programme.Summary, programme.Name, programme.Scope.ToCode(), programme.Theme, programme.Partners);

    /// <summary>
    /// The problems in the order the change form shows its fields (status, commentary, lead, summary, name, scope, theme,
    /// partners); empty when it may be saved.
    /// </summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        var status = EditChecks.Status(Status, "programme", problems);
        EditChecks.Commentary(Commentary, status, "programme", problems);
        EditChecks.Required(Lead, "lead", "programme lead", EditChecks.MaxLead, problems);
        EditChecks.Limit(Summary, "summary", "The summary", EditChecks.MaxSummary, problems);
        if (Name is not null)
        {
            EditChecks.Required(Name, "name", "programme name", EditChecks.MaxName, problems);
        }

        if (Scope is not null)
        {
            EditChecks.Scope(Scope, problems);
        }

        if (Theme is not null)
        {
            EditChecks.Required(Theme, "theme", "programme's theme", EditChecks.MaxTheme, problems);
        }

        EditChecks.Limit(Partners, "partners", "The LCOs", EditChecks.MaxPartners, problems);
        return problems;
    }

    /// <summary>Writes a checked edit (see <see cref="Problems"/>) to the programme, trimmed; what was left out stays.</summary>
    public void ApplyTo(Programme programme)
    {
        programme.Status = ParsedStatus();
        programme.Commentary = EditChecks.Clean(Commentary);
        programme.Lead = EditChecks.Clean(Lead);
        programme.Summary = EditChecks.Clean(Summary);
        if (Name is not null)
        {
            programme.Name = EditChecks.Clean(Name);
        }

        if (Scope is not null)
        {
            programme.Scope = ProgrammeScopes.TryParse(Scope, out var scope) ? scope : throw new InvalidOperationException("Check the edit's problems before applying it.");
        }

        if (Theme is not null)
        {
            programme.Theme = EditChecks.Clean(Theme);
        }

        if (Partners is not null)
        {
            programme.Partners = EditChecks.Clean(Partners);
        }
    }

    private PortfolioStatus ParsedStatus() =>
        PortfolioStatuses.TryParse(Status, out var status) ? status : throw new InvalidOperationException("Check the edit's problems before applying it.");
}
