using LocalCare.Core.Inputs;

namespace LocalCare.Core.Portfolio;

/// <summary>A new project, or a change to one, as someone typed it: its name, lead, status and commentary.</summary>
public sealed record ProjectEdit(string? Name, string? Lead, string? Status, string? Commentary)
{
    /// <summary>The project's current values: what the form starts from.</summary>
    public static ProjectEdit From(Project project) => new(project.Name, project.Lead, project.Status.ToCode(), project.Commentary);

    /// <summary>The problems in the order the fields appear (name, lead, status, commentary); empty when it may be saved.</summary>
    public IReadOnlyList<FieldProblem> Problems()
    {
        var problems = new List<FieldProblem>();
        EditChecks.Required(Name, "name", "project name", EditChecks.MaxName, problems);
        EditChecks.Required(Lead, "lead", "project lead", EditChecks.MaxLead, problems);
        var status = EditChecks.Status(Status, "project", problems);
        EditChecks.Commentary(Commentary, status, "project", problems);
        return problems;
    }

    /// <summary>A new project of the programme from a checked edit (see <see cref="Problems"/>).</summary>
    public Project ToProject(string code, string programmeCode) => new()
    {
        Code = code,
        ProgrammeCode = programmeCode,
        Name = EditChecks.Clean(Name),
        Lead = EditChecks.Clean(Lead),
        Status = ParsedStatus(),
        Commentary = EditChecks.Clean(Commentary),
    };

    /// <summary>Writes a checked edit to an existing project, trimmed.</summary>
    public void ApplyTo(Project project)
    {
        project.Name = EditChecks.Clean(Name);
        project.Lead = EditChecks.Clean(Lead);
        project.Status = ParsedStatus();
        project.Commentary = EditChecks.Clean(Commentary);
    }

    private PortfolioStatus ParsedStatus() =>
        PortfolioStatuses.TryParse(Status, out var status) ? status : throw new InvalidOperationException("Check the edit's problems before applying it.");
}
