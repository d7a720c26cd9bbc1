namespace LocalCare.Core.Reminders;

/// <summary>
/// Maps the owner a record names to a user. In order: the user name the record already holds (a deliverable's update
/// writer, a metric's accountable user, a unit's manager), when it is a user; else the owner text equal (ignoring case
/// and surrounding spaces) to a user's user name, display name or email; else the owner text in the configured aliases
/// (<c>Reminders:Owners</c>: "Director of Operations" → <c>manager</c>), when that names a user. Otherwise nobody: the
/// item is not sent and the reminders page lists it as unmatched.
/// </summary>
public sealed class OwnerDirectory
{
    private readonly Dictionary<string, ReminderUser> _byUserName;
    private readonly Dictionary<string, ReminderUser> _byText = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _aliases;

    public OwnerDirectory(IEnumerable<ReminderUser> users, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var all = users.ToList();
        _byUserName = all.GroupBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        // User names first, so a display name that equals another user's name never takes it.
        foreach (var user in all)
        {
            _byText.TryAdd(user.UserName.Trim(), user);
        }

        foreach (var user in all)
        {
            foreach (var text in new[] { user.DisplayName, user.Email })
            {
                if (!string.IsNullOrWhiteSpace(text))
                {
                    _byText.TryAdd(text.Trim(), user);
                }
            }
        }

        _aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (owner, userName) in aliases ?? new Dictionary<string, string>())
        {
            _aliases[owner.Trim()] = userName.Trim();
        }
    }

    public IReadOnlyCollection<ReminderUser> Users => _byUserName.Values;

    /// <summary>The user <paramref name="userName"/> names, if any.</summary>
    public ReminderUser? Find(string? userName) => userName is not null && _byUserName.TryGetValue(userName.Trim(), out var user) ? user : null;

    /// <summary>The user an item goes to (see the class summary); null when none.</summary>
    public ReminderUser? Match(string? userName, string owner)
    {
        if (Find(userName) is { } known)
        {
            return known;
        }

        var text = owner.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return _byText.TryGetValue(text, out var user) ? user
            : _aliases.TryGetValue(text, out var alias) ? Find(alias)
            : null;
    }

    /// <summary>The items with <see cref="ReminderItem.UserName"/> set to the user each goes to (exact spelling), or null when it matched nobody.</summary>
    public IReadOnlyList<ReminderItem> Resolve(IEnumerable<ReminderItem> items) =>
        [.. items.Select(i => i with { UserName = Match(i.UserName, i.Owner)?.UserName })];
}
