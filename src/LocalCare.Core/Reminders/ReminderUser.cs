namespace LocalCare.Core.Reminders;

/// <summary>A user as reminders see them: user name, display name and email address (null or empty: nothing can be sent to them).</summary>
public sealed record ReminderUser(string UserName, string DisplayName, string? Email);
