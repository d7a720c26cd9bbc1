namespace LocalCare.Core.Reminders;

/// <summary>
/// One thing someone owes by a date: its kind, what it is, when it is due and where to do it (a path such as
/// <c>/plans/deliverables/D2425-CH-07/update</c>). <see cref="UserName"/> is the user it goes to, or null when
/// <see cref="Owner"/> (the owner as the record names them) matched no user.
/// </summary>
public sealed record ReminderItem(string? UserName, string Owner, ReminderKind Kind, string Title, DateOnly Due, string Link)
{
    /// <summary>Due before <paramref name="date"/>: on the due day itself it is due, not overdue.</summary>
    public bool IsOverdueOn(DateOnly date) => Due < date;
}
