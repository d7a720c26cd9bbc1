namespace LocalCare.Core.Reminders;

/// <summary>
/// One kind of thing people owe, read from where it is kept. A new kind is one class: implement this and register it.
/// </summary>
/// <remarks>
/// Return every open item that is overdue on <c>date</c> or due by <see cref="ReminderDigest.LastDayAhead"/> (returning more
/// is harmless: digests apply the window). Set <see cref="ReminderItem.UserName"/> when the record holds a user name, and
/// <see cref="ReminderItem.Owner"/> to the owner as the record names them; <see cref="OwnerDirectory"/> does the rest.
/// </remarks>
public interface IReminderSource
{
    ReminderKind Kind { get; }

    Task<IReadOnlyList<ReminderItem>> ItemsAsync(DateOnly date, CancellationToken cancellationToken);
}
