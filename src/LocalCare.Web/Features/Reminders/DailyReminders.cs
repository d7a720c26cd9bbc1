using LocalCare.Core.Time;
using LocalCare.Data.Reminders;

namespace LocalCare.Web.Features.Reminders;

/// <summary>
/// Sends the day's digests once a day at <c>Reminders:SendAt</c> (UK time, default 07:00); when the app starts after that time
/// it sends the day's at once (the sent log keeps it to one per user per day). When SMTP is not configured it does nothing and
/// never connects. A server that cannot be reached is tried again every <see cref="RetryAfter"/> until the day ends.
/// </summary>
public sealed class DailyReminders(IServiceScopeFactory scopes, SmtpSettings smtp, ReminderSettings settings, TimeProvider clock, ILogger<DailyReminders> logger) : BackgroundService
{
    public static TimeSpan RetryAfter { get; } = TimeSpan.FromMinutes(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!smtp.IsConfigured)
        {
            logger.LogInformation("Email reminders are off: Smtp:Host is not set.");
            return;
        }

        DateOnly? done = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = UkTime.Now(clock);
            var today = DateOnly.FromDateTime(now);
            var sendAt = today.ToDateTime(settings.SendAt);
            DateTime next;
            if (done != today && now >= sendAt)
            {
                done = await SendAsync(today, stoppingToken) ? today : done;
                next = done == today ? today.AddDays(1).ToDateTime(settings.SendAt) : now + RetryAfter;
            }
            else
            {
                next = now < sendAt ? sendAt : today.AddDays(1).ToDateTime(settings.SendAt);
            }

            try
            {
                await Task.Delay(UntilUk(next), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> SendAsync(DateOnly date, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<ReminderMailer>().SendAsync(date, progress: null, cancellationToken);
            logger.LogInformation(
                "Reminders for {Date}: {Sent} sent, {Already} already sent, {NoEmail} without an email address, {Failed} failed.",
                date, rows.Count(r => r.Outcome == DigestOutcome.Sent), rows.Count(r => r.Outcome == DigestOutcome.AlreadySent),
                rows.Count(r => r.Outcome == DigestOutcome.NoEmail), rows.Count(r => r.Outcome == DigestOutcome.Failed));
            return true;
        }
        catch (ReminderSendException e)
        {
            logger.LogWarning("Reminders for {Date} not sent: {Reason} Trying again in {Minutes} minutes.", date, e.Message, RetryAfter.TotalMinutes);
            return false;
        }
    }

    /// <summary>How long from now until a UK wall-clock time (a time the clocks skip in March counts from an hour later).</summary>
    private TimeSpan UntilUk(DateTime ukTime)
    {
        if (UkTime.Zone.IsInvalidTime(ukTime))
        {
            ukTime = ukTime.AddHours(1);
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(ukTime, DateTimeKind.Unspecified), UkTime.Zone);
        var delay = new DateTimeOffset(utc, TimeSpan.Zero) - clock.GetUtcNow();
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
