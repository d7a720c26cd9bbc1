using LocalCare.Core.Access;
using LocalCare.Core.Inputs;

namespace LocalCare.Core.ServicePlans;

/// <summary>
/// Who may do what to a service plan, and in which status. A manager who looks after the unit, or an administrator, edits and
/// submits it while it is a draft or returned; an executive approves or returns it once it is submitted; an approved plan is
/// final. A unit with no plan yet counts as a draft. Refusals say why in service-manual words.
/// </summary>
public static class ServicePlanWorkflow
{
    /// <summary>
    /// Why <paramref name="user"/> may not take <paramref name="action"/> on the plan of <paramref name="unitCode"/> in
    /// <paramref name="status"/>, submitted by <paramref name="submittedBy"/>; null when they may. Whoever submitted a plan may
    /// not approve or return it (someone with the executive role and a writer's role as well): another executive decides.
    /// </summary>
    public static string? Refusal(ServicePlanUser user, ServicePlanAction action, ServicePlanStatus status, string unitCode, string? submittedBy = null) => action switch
    {
        ServicePlanAction.Edit or ServicePlanAction.Submit => WriterRefusal(user, action, unitCode) ?? WritableRefusal(action, status),
        ServicePlanAction.Approve or ServicePlanAction.Return => DeciderRefusal(user, action) ?? DecidableRefusal(status) ?? OwnSubmissionRefusal(user, action, submittedBy),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static bool Allows(ServicePlanUser user, ServicePlanAction action, ServicePlanStatus status, string unitCode, string? submittedBy = null) =>
        Refusal(user, action, status, unitCode, submittedBy) is null;

    /// <summary>Whether <paramref name="user"/> is the one who submitted the plan (user names match ignoring case).</summary>
    public static bool SubmittedByThemselves(ServicePlanUser user, string? submittedBy) =>
        submittedBy is not null && string.Equals(user.Name, submittedBy, StringComparison.OrdinalIgnoreCase);

    /// <summary>The status a plan is in after <paramref name="action"/>.</summary>
    public static ServicePlanStatus After(ServicePlanAction action, ServicePlanStatus status) => action switch
    {
        ServicePlanAction.Edit => status,
        ServicePlanAction.Submit => ServicePlanStatus.Submitted,
        ServicePlanAction.Approve => ServicePlanStatus.Approved,
        ServicePlanAction.Return => ServicePlanStatus.Returned,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>What stops a plan being submitted: every required section of the template that has no text.</summary>
    public static IReadOnlyList<FieldProblem> SubmitProblems(ServicePlanTemplate template, Func<string, string?> textOf) =>
        template.Missing(textOf);

    /// <summary>What stops a plan being returned: the comments saying what needs to change are missing or too long.</summary>
    public static IReadOnlyList<FieldProblem> ReturnProblems(string? comment) =>
        string.IsNullOrWhiteSpace(comment) ? [new(ServicePlanWorkflow.CommentField, "Enter what needs to change before the plan can be approved")]
        : comment.Trim().Length > MaxComment ? [new(ServicePlanWorkflow.CommentField, "Comments must be 4,000 characters or fewer")]
        : [];

    /// <summary>The field of the comments written when a plan is returned.</summary>
    public const string CommentField = "comment";

    /// <summary>The longest return comment.</summary>
    public const int MaxComment = 4000;

    private static string? WriterRefusal(ServicePlanUser user, ServicePlanAction action, string unitCode)
    {
        var verb = action == ServicePlanAction.Edit ? "change" : "submit";
        if (user.Is(Roles.Admin) || (user.Is(Roles.Manager) && user.LooksAfter(unitCode)))
        {
            return null;
        }

        return user.Is(Roles.Manager)
            ? $"You can only {verb} the service plans of units you look after"
            : $"Only a manager who looks after the unit, or an administrator, can {verb} its service plan";
    }

    private static string? WritableRefusal(ServicePlanAction action, ServicePlanStatus status) => status switch
    {
        ServicePlanStatus.Draft or ServicePlanStatus.Returned => null,
        ServicePlanStatus.Submitted when action == ServicePlanAction.Submit => "This plan has already been submitted",
        ServicePlanStatus.Submitted => "This plan has been submitted: it can only be changed if an executive returns it",
        ServicePlanStatus.Approved => "This plan has been approved: it can no longer be changed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static string? DeciderRefusal(ServicePlanUser user, ServicePlanAction action) =>
        user.Is(Roles.Executive) ? null : $"Only an executive can {(action == ServicePlanAction.Approve ? "approve" : "return")} a service plan";

    private static string? OwnSubmissionRefusal(ServicePlanUser user, ServicePlanAction action, string? submittedBy) =>
        SubmittedByThemselves(user, submittedBy)
            ? $"You submitted this plan, so you cannot {(action == ServicePlanAction.Approve ? "approve" : "return")} it: another executive must decide on it"
            : null;

    private static string? DecidableRefusal(ServicePlanStatus status) => status switch
    {
        ServicePlanStatus.Submitted => null,
        ServicePlanStatus.Draft => "This plan has not been submitted yet",
        ServicePlanStatus.Returned => "This plan has been returned and has not been submitted again",
        ServicePlanStatus.Approved => "This plan has already been approved",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
