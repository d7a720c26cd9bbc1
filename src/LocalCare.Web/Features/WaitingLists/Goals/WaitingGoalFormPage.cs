using LocalCare.Core.Inputs;
using LocalCare.Core.Organisation;
using LocalCare.Data;
using LocalCare.Data.WaitingLists;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.WaitingLists.Goals;

/// <summary>What the add and change goal pages share: the deliverable, the form, its choices and its errors, for <c>_GoalForm</c>.</summary>
public abstract class WaitingGoalFormPage(WaitingGoalEditor editor, LocalCareDbContext db) : PageModel
{
    protected WaitingGoalEditor Editor => editor;

    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";

    public WaitingGoalForm Form { get; protected set; } = new();

    public IReadOnlyList<OrganisationUnit> Services { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    public FieldError Field(string id) => new(id, Errors.For(id));

    /// <summary>Loads the deliverable and the services; false when there is no such deliverable.</summary>
    protected async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        if (await db.Deliverables.AsNoTracking().Where(d => d.Code == code).Select(d => new { d.Code, d.Title }).SingleOrDefaultAsync(cancellationToken) is not { } deliverable)
        {
            return false;
        }

        (Code, Title) = (deliverable.Code, deliverable.Title);
        Services = await editor.ServicesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The form as the editor's input, or null after showing its problems when the capacity typed is not a number (with whatever else
    /// is wrong, so every problem is shown at once).
    /// </summary>
    protected Core.WaitingLists.WaitingGoalInput? Read(WaitingGoalForm form)
    {
        var (input, problem) = form.Read();
        if (problem is null)
        {
            return input;
        }

        Invalid(form, [.. input.Problems([.. Services.Select(s => s.Code)]).Where(p => p.Field != problem.Field), problem]);
        return null;
    }

    /// <summary>Shows the form again with its problems, as a 400.</summary>
    protected void Invalid(WaitingGoalForm form, IEnumerable<FieldProblem> problems)
    {
        Form = form;
        var order = new[] { "service", "over_weeks", "by", "scenario", "capacity" };
        Errors = FormErrors.Of(problems.OrderBy(p => Array.IndexOf(order, p.Field)));
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
