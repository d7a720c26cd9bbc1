using LocalCare.Core.Reminders;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LocalCare.Data.Reminders;

/// <summary>What became of one user's digest.</summary>
public enum DigestOutcome
{
    Sent,
    AlreadySent,
    NoEmail,
    Failed,
}

/// <summary>One user's line of a send: their address, how many items, what happened and (for a failure) why.</summary>
public sealed record DigestSendRow(string UserName, string? Email, int Items, DigestOutcome Outcome, string? Detail = null);

/// <summary>Reminders could not be sent at all: SMTP is not configured, or the server could not be reached or refused the sign-in.</summary>
public sealed class ReminderSendException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>
/// Sends the day's digests by SMTP (MailKit), one per user per date: a user's row in <see cref="ReminderDigestSent"/> is
/// written before their message goes (so a second process, or a second run, skips them) and removed again when sending fails.
/// </summary>
public sealed class ReminderMailer(LocalCareDbContext db, ReminderCollection reminders, SmtpSettings smtp, ReminderSettings settings, TimeProvider clock)
{
    /// <summary>How long to wait for the SMTP server to answer.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => smtp.IsConfigured;

    /// <summary>Sends <paramref name="date"/>'s digests; <paramref name="progress"/> hears of each user in turn.</summary>
    /// <exception cref="ReminderSendException">SMTP is not configured or cannot be reached; nothing was sent.</exception>
    public async Task<IReadOnlyList<DigestSendRow>> SendAsync(DateOnly date, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (!smtp.IsConfigured)
        {
            throw new ReminderSendException("SMTP is not configured: set Smtp:Host and Smtp:From (Smtp__Host and Smtp__From in the environment) to send reminders.");
        }

        var overview = await reminders.ForAsync(date, cancellationToken);
        var sent = (await db.ReminderDigestsSent.AsNoTracking().Where(s => s.Date == date).Select(s => s.UserName).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = new List<DigestSendRow>();
        var toSend = new List<(ReminderDigest Digest, ReminderUser User)>();
        foreach (var digest in overview.Digests)
        {
            var user = overview.Directory.Find(digest.UserName)!;
            if (sent.Contains(digest.UserName))
            {
                rows.Add(new(digest.UserName, user.Email, digest.Count, DigestOutcome.AlreadySent));
            }
            else if (string.IsNullOrWhiteSpace(user.Email) || !MailboxAddress.TryParse(user.Email, out _))
            {
                rows.Add(new(digest.UserName, user.Email, digest.Count, DigestOutcome.NoEmail, "no valid email address"));
            }
            else
            {
                toSend.Add((digest, user));
            }
        }

        if (toSend.Count > 0)
        {
            using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
            await ConnectAsync(client, cancellationToken);
            foreach (var (digest, user) in toSend)
            {
                progress?.Report($"Sending {digest.Count} item(s) to {digest.UserName}");
                rows.Add(await SendOneAsync(client, digest, user, cancellationToken));
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return [.. rows.OrderBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The message of one digest (also what <c>localcare reminders preview</c> prints).</summary>
    public MimeMessage MessageFor(ReminderDigest digest, ReminderUser user)
    {
        var email = DigestEmail.For(digest, user.DisplayName, settings.SiteUrl);
        var message = new MimeMessage { Subject = email.Subject };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(new MailboxAddress(string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName, user.Email!));
        message.Body = new BodyBuilder { TextBody = email.Text, HtmlBody = email.Html }.ToMessageBody();
        return message;
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        var options = smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, options, cancellationToken);
            if (smtp.Username is { } user)
            {
                await client.AuthenticateAsync(user, smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException or NotSupportedException or TimeoutException)
        {
            throw new ReminderSendException($"Could not send reminders through the SMTP server {smtp.Address}: {e.Message}", e);
        }
    }

    private async Task<DigestSendRow> SendOneAsync(SmtpClient client, ReminderDigest digest, ReminderUser user, CancellationToken cancellationToken)
    {
        var claim = new ReminderDigestSent { UserName = digest.UserName, Date = digest.Date, ItemCount = digest.Count, SentAt = clock.GetUtcNow().UtcDateTime };
        db.ReminderDigestsSent.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process (the web app or the CLI) claimed this user's digest for the date first.
            db.Entry(claim).State = EntityState.Detached;
            return new(digest.UserName, user.Email, digest.Count, DigestOutcome.AlreadySent);
        }

        try
        {
            await client.SendAsync(MessageFor(digest, user), cancellationToken);
            return new(digest.UserName, user.Email, digest.Count, DigestOutcome.Sent);
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or IOException)
        {
            db.ReminderDigestsSent.Remove(claim);
            await db.SaveChangesAsync(CancellationToken.None);
            return new(digest.UserName, user.Email, digest.Count, DigestOutcome.Failed, e.Message);
        }
    }
}
