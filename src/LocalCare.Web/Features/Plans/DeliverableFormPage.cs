using LocalCare.Core.Plans;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Plans;

/// <summary>What the new and edit deliverable pages share: the form's input, its choices and its errors, for <c>_DeliverableForm</c>.</summary>
public abstract class DeliverableFormPage : PageModel
{
    public DeliverableInput Input { get; protected set; } = new();

    public DeliverableOptions Options { get; protected set; } = new([], [], [], [], []);

    public FormErrors Errors { get; protected set; } = new();

    public PlanYear Year { get; protected set; }

    public FieldError Field(string id) => new(id, Errors.For(id));

    protected void Invalid(DeliverableInput input, IReadOnlyList<Core.Inputs.FieldProblem> problems)
    {
        Input = input.WithBlankRows();
        Errors = FormErrors.Of(problems);
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }
}
