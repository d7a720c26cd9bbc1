using System.Globalization;

namespace LocalCare.Data.Reminders;

/// <summary>How the SMTP connection is secured: none (plain), STARTTLS after connecting, or TLS from the start (SMTPS).</summary>
public enum SmtpSecurity
{
    None,
    StartTls,
    Ssl,
}

/// <summary>
/// The <c>Smtp</c> settings section: <c>Host</c> (empty: reminders are never sent and nothing connects), <c>Port</c> (default
/// 25, 587 or 465 by security), <c>From</c> (required with a host), <c>Username</c> and <c>Password</c> (sign in when a user
/// name is given), <c>Security</c> (<c>none</c>, <c>starttls</c> (default) or <c>ssl</c>).
/// </summary>
public sealed record SmtpSettings(string? Host, int Port, string From, string? Username, string? Password, SmtpSecurity Security)
{
    public const string Section = "Smtp";

    /// <summary>No host: nothing is sent.</summary>
    public static SmtpSettings None { get; } = new(null, 25, "", null, null, SmtpSecurity.StartTls);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>"smtp.example.org:587".</summary>
    public string Address => $"{Host}:{Port}";

    /// <summary>
    /// Reads the section through <paramref name="get"/> (given <c>Smtp:Host</c> and so on: configuration in the web app,
    /// <c>Smtp__Host</c> environment variables in the CLI).
    /// </summary>
    /// <exception cref="InvalidOperationException">A setting is not valid; the message names it.</exception>
    public static SmtpSettings Read(Func<string, string?> get)
    {
        var host = get($"{Section}:Host")?.Trim();
        if (string.IsNullOrEmpty(host))
        {
            return None;
        }

        var securityText = get($"{Section}:Security")?.Trim();
        var security = string.IsNullOrEmpty(securityText) ? SmtpSecurity.StartTls : securityText.ToLowerInvariant() switch
        {
            "none" => SmtpSecurity.None,
            "starttls" => SmtpSecurity.StartTls,
            "ssl" => SmtpSecurity.Ssl,
            _ => throw new InvalidOperationException($"Smtp:Security is '{securityText}': it must be none, starttls or ssl."),
        };
        var portText = get($"{Section}:Port")?.Trim();
        var port = security switch { SmtpSecurity.None => 25, SmtpSecurity.StartTls => 587, _ => 465 };
        if (!string.IsNullOrEmpty(portText) && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new InvalidOperationException($"Smtp:Port is '{portText}': it must be a whole number from 1 to 65535.");
        }

        var from = get($"{Section}:From")?.Trim();
        if (string.IsNullOrEmpty(from) || !MimeKit.MailboxAddress.TryParse(from, out _))
        {
            throw new InvalidOperationException(string.IsNullOrEmpty(from)
                ? "Smtp:From is empty: give the address reminders are sent from (e.g. localcare@example.org) when Smtp:Host is set."
                : $"Smtp:From is '{from}': it is not an email address.");
        }

        var user = get($"{Section}:Username")?.Trim();
        return new SmtpSettings(host, port, from, string.IsNullOrEmpty(user) ? null : user, get($"{Section}:Password"), security);
    }
}
