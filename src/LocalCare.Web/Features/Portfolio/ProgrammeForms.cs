using System.ComponentModel.DataAnnotations;
using LocalCare.Core.Inputs;
using LocalCare.Core.Portfolio;
using LocalCare.Web.Features.Performance;

namespace LocalCare.Web.Features.Portfolio;

/// <summary>
/// The programme form as posted: status, commentary, lead and summary, and its name, scope, theme and LCOs. Those four keep an
/// empty field as "" (a problem for the name, scope and theme, no LCOs for partners); left out of the post, they stay as they are.
/// </summary>
public sealed class ProgrammeInput
{
    public string? Status { get; set; }

    public string? Commentary { get; set; }

    public string? Lead { get; set; }

    public string? Summary { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Name { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Scope { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Theme { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Partners { get; set; }

    public ProgrammeEdit ToEdit() => new(Status, Commentary, Lead, Summary, Name, Scope, Theme, Partners);

    public static ProgrammeInput From(ProgrammeDetail programme) => new()
    {
        Status = programme.Status,
        Commentary = programme.Commentary,
        Lead = programme.Lead,
        Summary = programme.Summary,
        Name = programme.Name,
        Scope = programme.Scope,
        Theme = programme.Theme,
        Partners = programme.Partners,
    };
}

/// <summary>The new-programme form as posted (<c>/portfolio/new</c>): a short code and every field of a programme.</summary>
public sealed class NewProgrammeInput
{
    public string? ShortCode { get; set; }

    public string? Name { get; set; }

    public string? Scope { get; set; }

    public string? Theme { get; set; }

    public string? Partners { get; set; }

    public string? Lead { get; set; }

    public string? Status { get; set; }

    public string? Summary { get; set; }

    public string? Commentary { get; set; }

    public ProgrammeDraft ToDraft() => new(ShortCode, Name, Scope, Theme, Partners, Lead, Status, Summary, Commentary);
}

/// <summary>What the programme's name, scope, theme and LCOs fields show: the values and the form's problems (ids <c>programme-name</c>, …).</summary>
public sealed record ProgrammeIdentityFields(string? Name, string? Scope, string? Theme, string? Partners, FormErrors Errors)
{
    public FieldError Field(string id) => new(id, Errors.For(id));
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
