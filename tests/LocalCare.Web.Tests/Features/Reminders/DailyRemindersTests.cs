using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Web.Tests.Features.Reminders;

/// <summary>The web app's daily send, driven by its clock: 15 January 2025 09:00 UK, the send at 10:00.</summary>
public sealed class DailyRemindersTests(EmailingRemindersWebFactory factory) : IClassFixture<EmailingRemindersWebFactory>
{
    [Fact]
    public async Task TheAppSendsTheDaysDigestsAtTheSendTime_OnceADay()
    {
        var clock = (FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>();
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        Assert.Empty(factory.Smtp.Messages); // 09:00: not yet

        await AdvanceUntilAsync(clock, () => factory.Smtp.Messages.Count >= 2, TimeSpan.FromMinutes(90));
        Assert.True(clock.GetUtcNow() >= new DateTimeOffset(2025, 1, 15, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(["executive@demo.invalid", "manager@demo.invalid"], factory.Smtp.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));

        // The rest of the day: nothing more.
        for (var i = 0; i < 12; i++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal(2, factory.Smtp.Messages.Count);

        // 16 January 10:00: the next day's.
        await AdvanceUntilAsync(clock, () => factory.Smtp.Messages.Count >= 4, TimeSpan.FromHours(14));
        Assert.Equal(4, factory.Smtp.Messages.Count);
    }

    /// <summary>Moves the clock on five minutes at a time (letting the app's timer run between steps) until <paramref name="done"/> or <paramref name="limit"/>.</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, Func<bool> done, TimeSpan limit)
    {
        for (var moved = TimeSpan.Zero; moved <= limit && !done(); moved += TimeSpan.FromMinutes(5))
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            for (var wait = 0; wait < 10 && !done(); wait++)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(done(), $"Nothing happened within {limit} of the clock.");
    }
}

/// <summary>Without SMTP settings the daily send stops at once and never opens a scope (so never reads the database or connects).</summary>
public sealed class DailyRemindersWithoutSmtpTests
{
    [Fact]
    public async Task WithoutSmtp_TheDailySendEndsAtOnce_WithoutTouchingAnything()
    {
        var scopes = new CountingScopes();
        using var reminders = new LocalCare.Web.Features.Reminders.DailyReminders(
            scopes, LocalCare.Data.Reminders.SmtpSettings.None, new LocalCare.Data.Reminders.ReminderSettings(new TimeOnly(0, 0), null, new Dictionary<string, string>()),
            new FakeTimeProvider(new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero)),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<LocalCare.Web.Features.Reminders.DailyReminders>.Instance);

        await reminders.StartAsync(TestContext.Current.CancellationToken);
        await reminders.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(reminders.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal(0, scopes.Created);
    }

    private sealed class CountingScopes : IServiceScopeFactory
    {
        public int Created { get; private set; }

        public IServiceScope CreateScope()
        {
            Created++;
            throw new InvalidOperationException("No scope should be opened without SMTP.");
        }
    }
}
