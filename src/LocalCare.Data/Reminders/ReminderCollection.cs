using LocalCare.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Reminders;

/// <summary>
/// Everyone's reminders on a date: each user's digest (users with nothing due are left out), the items whose owner matched
/// no user (in the digest window, soonest first), and the users by user name.
/// </summary>
public sealed record ReminderOverview(DateOnly Date, IReadOnlyList<ReminderDigest> Digests, IReadOnlyList<ReminderItem> Unmatched, OwnerDirectory Directory)
{
    /// <summary>One user's digest (empty when nothing is due for them).</summary>
    public ReminderDigest For(string userName) =>
        Digests.FirstOrDefault(d => string.Equals(d.UserName, userName, StringComparison.OrdinalIgnoreCase)) ?? new ReminderDigest(userName, Date, [], []);
}

/// <summary>Gathers every registered <see cref="IReminderSource"/> and maps each item's owner to a user (<see cref="OwnerDirectory"/>).</summary>
public sealed class ReminderCollection(LocalCareDbContext db, IEnumerable<IReminderSource> sources, ReminderSettings settings)
{
    public async Task<OwnerDirectory> DirectoryAsync(CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.UserName != null)
            .Select(u => new ReminderUser(u.UserName!, u.DisplayName, u.Email)).ToListAsync(cancellationToken);
        return new OwnerDirectory(users, settings.Owners);
    }

    public async Task<ReminderOverview> ForAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var directory = await DirectoryAsync(cancellationToken);
        var items = new List<ReminderItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.ItemsAsync(date, cancellationToken));
        }

        var resolved = directory.Resolve(items);
        var unmatched = resolved.Where(i => i.UserName is null && ReminderDigest.InWindow(i, date))
            .OrderBy(i => i.Due).ThenBy(i => i.Kind).ThenBy(i => i.Owner, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Title, StringComparer.Ordinal)
            .ToList();
        return new ReminderOverview(date, ReminderDigest.ForEveryone(date, resolved), unmatched, directory);
    }
}
