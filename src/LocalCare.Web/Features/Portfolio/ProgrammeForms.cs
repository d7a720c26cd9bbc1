using LocalCare.Core.Inputs;
using LocalCare.Core.Portfolio;
using LocalCare.Web.Features.Performance;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>The programme form as posted: status, commentary, lead and summary.</summary>
public sealed class ProgrammeInput
{
    public string? Status { get; set; }

    public string? Commentary { get; set; }

    public string? Lead { get; set; }

    public string? Summary { get; set; }

    public ProgrammeEdit ToEdit() => new(Status, Commentary, Lead, Summary);

    public static ProgrammeInput From(ProgrammeDetail programme) => new()
    {
        Status = programme.Status,
        Commentary = programme.Commentary,
        Lead = programme.Lead,
        Summary = programme.Summary,
    };
}

/// <summary>The project form as posted: a new project when <see cref="ProjectCode"/> is empty, else a change to that project.</summary>
public sealed class ProjectInput
{
    public string? ProjectCode { get; set; }

    public string? Name { get; set; }

    public string? Lead { get; set; }

    public string? Status { get; set; }

    public string? Commentary { get; set; }

    public bool IsNew => string.IsNullOrWhiteSpace(ProjectCode);

    public ProjectEdit ToEdit() => new(Name, Lead, Status, Commentary);

    public static ProjectInput From(ProjectDetail project) => new()
    {
        ProjectCode = project.Code,
        Name = project.Name,
        Lead = project.Lead,
        Status = project.Status,
        Commentary = project.Commentary,
    };
}

/// <summary>The ids of the programme page's fields, and the page's problems from the editor's.</summary>
public static class ProgrammeFields
{
    public const string Programme = "programme";
    public const string Project = "project";
    public const string DeliverableCode = "deliverable-code";

    /// <summary>Each problem against its field's id: <c>programme-status</c>, <c>project-name</c>, …; the deliverable field for links.</summary>
    public static FormErrors Errors(string form, IEnumerable<FieldProblem> problems)
    {
        var errors = new FormErrors();
        foreach (var problem in problems)
        {
            errors.Add(problem.Field == "deliverables" ? DeliverableCode : $"{form}-{problem.Field}", problem.Message);
        }

        return errors;
    }
}
