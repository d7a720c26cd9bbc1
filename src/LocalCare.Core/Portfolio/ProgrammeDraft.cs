using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Portfolio;

/// <summary>
/// A new programme as someone typed it: a short code (its code is <c>TP2425-</c> and the short code), name, scope
/// (<c>in_scope</c>, <c>in_sight</c>), theme, the LCOs taking part, lead, status, summary and commentary.
/// </summary>
public sealed record ProgrammeDraft(
    string? ShortCode, string? Name, string? Scope, string? Theme, string? Partners, string? Lead, string? Status, string? Summary = null, string? Commentary = null)
{
    /// <summary>The problems in the order the form shows its fields; empty when it may be saved (the code's uniqueness is the editor's to check).</summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        if (!PlanCodes.IsShortCode(ShortCode?.Trim()))
        {
            problems.Add(new("short-code", "Enter a short code of 2 to 12 capital letters, digits or hyphens, starting with a letter, such as CHTP"));
        }

        EditChecks.Required(Name, "name", "programme name", EditChecks.MaxName, problems);
        EditChecks.Scope(Scope, problems);
        EditChecks.Required(Theme, "theme", "programme's theme", EditChecks.MaxTheme, problems);
        EditChecks.Limit(Partners, "partners", "The LCOs", EditChecks.MaxPartners, problems);
        EditChecks.Required(Lead, "lead", "programme lead", EditChecks.MaxLead, problems);
        var status = EditChecks.Status(Status, "programme", problems);
        EditChecks.Commentary(Commentary, status, "programme", problems);
        EditChecks.Limit(Summary, "summary", "The summary", EditChecks.MaxSummary, problems);
        return problems;
    }

    /// <summary>The code the programme gets in <paramref name="year"/>; call after <see cref="Problems"/> found none.</summary>
    public string CodeIn(PlanYear year) => PlanCodes.Programme(year, ShortCode!.Trim());

    /// <summary>The programme of <paramref name="year"/> from a checked draft, at <paramref name="order"/> in the portfolio; no projects or deliverables yet.</summary>
    public Programme ToProgramme(PlanYear year, int order) => new()
    {
        Code = CodeIn(year),
        PlanYear = year,
        Order = order,
        Name = EditChecks.Clean(Name),
        Scope = ProgrammeScopes.TryParse(Scope, out var scope) ? scope : throw new InvalidOperationException("Check the draft's problems before using it."),
        Theme = EditChecks.Clean(Theme),
        Partners = EditChecks.Clean(Partners),
        Lead = EditChecks.Clean(Lead),
        Status = PortfolioStatuses.TryParse(Status, out var status) ? status : throw new InvalidOperationException("Check the draft's problems before using it."),
        Summary = EditChecks.Clean(Summary),
        Commentary = EditChecks.Clean(Commentary),
    };
}
