using System.Globalization;

namespace LocalCare.Data.Reminders;

/// <summary>
/// The <c>Reminders</c> settings section: <c>SendAt</c> (UK time of the daily send, <c>HH:mm</c>, default 07:00),
/// <c>SiteUrl</c> (the address links in emails start with, e.g. <c>https://localcare.example.org</c>; empty: paths alone)
/// and <c>Owners</c> (owner names the records use mapped to user names, <c>Director of Operations=manager; Chief Nurse=executive</c>).
/// </summary>
public sealed record ReminderSettings(TimeOnly SendAt, string? SiteUrl, IReadOnlyDictionary<string, string> Owners)
{
    public const string Section = "Reminders";

    public static TimeOnly DefaultSendAt { get; } = new(7, 0);

    public static ReminderSettings Default { get; } = new(DefaultSendAt, null, new Dictionary<string, string>());

    /// <summary>Reads the section through <paramref name="get"/>, as <see cref="SmtpSettings.Read"/> does.</summary>
    /// <exception cref="InvalidOperationException">A setting is not valid; the message names it.</exception>
    public static ReminderSettings Read(Func<string, string?> get)
    {
        var sendAtText = get($"{Section}:SendAt")?.Trim();
        var sendAt = DefaultSendAt;
        if (!string.IsNullOrEmpty(sendAtText) && !TimeOnly.TryParseExact(sendAtText, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out sendAt))
        {
            throw new InvalidOperationException($"Reminders:SendAt is '{sendAtText}': write a UK time like 07:00.");
        }

        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (get($"{Section}:Owners") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0 || at == pair.Length - 1)
            {
                throw new InvalidOperationException($"Reminders:Owners has '{pair}': write each owner as 'Owner name=user name', separated by semicolons.");
            }

            owners[pair[..at].Trim()] = pair[(at + 1)..].Trim();
        }

        var site = get($"{Section}:SiteUrl")?.Trim();
        return new ReminderSettings(sendAt, string.IsNullOrEmpty(site) ? null : site, owners);
    }
}
