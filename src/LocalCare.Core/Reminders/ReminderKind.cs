namespace LocalCare.Core.Reminders;

/// <summary>What a reminder is about: one kind per source of things people owe (docs/reminders.md).</summary>
public enum ReminderKind
{
    QuarterlyUpdate,
    ServicePlan,
    AuditAction,
    ExceptionNarrative,
    BoardAction,
    RiskReview,
}

/// <summary>Text forms of <see cref="ReminderKind"/>.</summary>
public static class ReminderKinds
{
    public static IReadOnlyList<ReminderKind> All { get; } = Enum.GetValues<ReminderKind>();

    /// <summary>The code the CLI and the API give: <c>quarterly_update</c>, <c>service_plan</c>, ...</summary>
    public static string ToCode(this ReminderKind kind) => kind switch
    {
        ReminderKind.QuarterlyUpdate => "quarterly_update",
        ReminderKind.ServicePlan => "service_plan",
        ReminderKind.AuditAction => "audit_action",
        ReminderKind.ExceptionNarrative => "exception_narrative",
        ReminderKind.BoardAction => "board_action",
        ReminderKind.RiskReview => "risk_review",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToLabel(this ReminderKind kind) => kind switch
    {
        ReminderKind.QuarterlyUpdate => "Quarterly update",
        ReminderKind.ServicePlan => "Service plan",
        ReminderKind.AuditAction => "Quality audit action",
        ReminderKind.ExceptionNarrative => "Exception narrative",
        ReminderKind.BoardAction => "Board action",
        ReminderKind.RiskReview => "Risk review",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
