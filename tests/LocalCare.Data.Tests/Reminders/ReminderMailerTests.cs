using LocalCare.Data.Reminders;
using LocalCare.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LocalCare.Data.Tests.Reminders;

/// <summary>Sending digests through a real SMTP conversation with <see cref="SmtpListener"/> on 127.0.0.1.</summary>
public sealed class ReminderMailerTests
{
    private static readonly DateOnly Today = new(2025, 1, 15);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SmtpSettings Smtp(int port) => SmtpSettings.Read(k => k switch
    {
        "Smtp:Host" => "127.0.0.1",
        "Smtp:Port" => port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "Smtp:Security" => "none",
        "Smtp:From" => "LocalCare <localcare@demo.invalid>",
        _ => null,
    });

    private static ReminderMailer Mailer(IServiceProvider services, SmtpSettings smtp) =>
        new(services.GetRequiredService<LocalCareDbContext>(), ReminderDemo.Collection(services), smtp, ReminderDemo.Settings(), services.GetRequiredService<TimeProvider>());

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SendAsync_SendsOneDigestPerUser_ThenNothingMoreThatDay_EvenFromAnotherProcess(string engine)
    {
        await using var demo = await ReminderDemo.CreateAsync(engine);
        await using var smtp = new SmtpListener();

        IReadOnlyList<DigestSendRow> first;
        await using (var scope = demo.Database.Scope())
        {
            first = await Mailer(scope.ServiceProvider, Smtp(smtp.Port)).SendAsync(Today, null, Ct);
        }

        var manager = Assert.Single(first, r => r.UserName == "manager");
        Assert.Equal(DigestOutcome.Sent, manager.Outcome);
        Assert.Equal(["executive@demo.invalid", "manager@demo.invalid"], smtp.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(smtp.Messages.Single(m => m.To.Contains("manager@demo.invalid")).Data)), Ct);
        Assert.Equal("localcare@demo.invalid", message.From.Mailboxes.Single().Address);
        Assert.StartsWith("LocalCare: ", message.Subject, StringComparison.Ordinal);
        Assert.Contains("HPB-A-003 Set out the plan to validate every waiting list with MFT's rules (was due 30 November 2024)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("/service-plans/2024/INT-CC", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<h2>Overdue (", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("HPB-A-002", message.TextBody, StringComparison.Ordinal); // the executive's

        // A second run, and another process's mailer over the same database: the sent log says both are done.
        await using (var scope = demo.Database.Scope())
        {
            var again = await Mailer(scope.ServiceProvider, Smtp(smtp.Port)).SendAsync(Today, null, Ct);
            Assert.All(again, r => Assert.Equal(DigestOutcome.AlreadySent, r.Outcome));
            var logged = await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().ReminderDigestsSent.Where(s => s.Date == Today).ToListAsync(Ct);
            Assert.Equal(["executive", "manager"], logged.Select(s => s.UserName).Order(StringComparer.Ordinal));
            Assert.Equal(manager.Items, logged.Single(s => s.UserName == "manager").ItemCount);
        }

        Assert.Equal(2, smtp.Messages.Count);
        Assert.Equal(1, smtp.Connections); // the second run had nothing to send, so it never connected

        // The next day is a new digest.
        await using (var scope = demo.Database.Scope())
        {
            var tomorrow = await Mailer(scope.ServiceProvider, Smtp(smtp.Port)).SendAsync(Today.AddDays(1), null, Ct);
            Assert.Contains(tomorrow, r => r.UserName == "manager" && r.Outcome == DigestOutcome.Sent);
        }
    }

    [Fact]
    public async Task SendAsync_WhenSmtpIsNotConfigured_RefusesAndConnectsNowhere()
    {
        await using var demo = await ReminderDemo.CreateAsync(TestDatabase.Sqlite);
        await using var scope = demo.Database.Scope();
        var mailer = Mailer(scope.ServiceProvider, SmtpSettings.Read(_ => null));

        Assert.False(mailer.IsConfigured);
        var refused = await Assert.ThrowsAsync<ReminderSendException>(() => mailer.SendAsync(Today, null, Ct));
        Assert.StartsWith("SMTP is not configured", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().ReminderDigestsSent.ToListAsync(Ct));
    }

    [Fact]
    public async Task SendAsync_WhenTheServerCannotBeReached_SaysWhichAndLogsNothingAsSent()
    {
        await using var demo = await ReminderDemo.CreateAsync(TestDatabase.Sqlite);
        await using var scope = demo.Database.Scope();
        var port = SmtpListener.ClosedPort();

        var failed = await Assert.ThrowsAsync<ReminderSendException>(() => Mailer(scope.ServiceProvider, Smtp(port)).SendAsync(Today, null, Ct));

        Assert.StartsWith($"Could not send reminders through the SMTP server 127.0.0.1:{port}: ", failed.Message, StringComparison.Ordinal);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().ReminderDigestsSent.ToListAsync(Ct));
    }

    [Fact]
    public async Task SendAsync_SkipsAUserWithoutAnEmailAddress()
    {
        await using var demo = await ReminderDemo.CreateAsync(TestDatabase.Sqlite);
        await using var smtp = new SmtpListener();
        await using var scope = demo.Database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var executive = await db.Users.SingleAsync(u => u.UserName == "executive", Ct);
        executive.Email = null;
        await db.SaveChangesAsync(Ct);

        var rows = await Mailer(scope.ServiceProvider, Smtp(smtp.Port)).SendAsync(Today, null, Ct);

        Assert.Equal(DigestOutcome.NoEmail, rows.Single(r => r.UserName == "executive").Outcome);
        Assert.Equal(["manager@demo.invalid"], smtp.Messages.SelectMany(m => m.To));
    }

    [Theory]
    [InlineData("Smtp:Security", "tls", "Smtp:Security is 'tls': it must be none, starttls or ssl.")]
    [InlineData("Smtp:Port", "smtp", "Smtp:Port is 'smtp': it must be a whole number from 1 to 65535.")]
    [InlineData("Smtp:From", "", "Smtp:From is empty: give the address reminders are sent from (e.g. localcare@example.org) when Smtp:Host is set.")]
    public void Settings_NameTheSettingThatIsWrong(string key, string value, string message)
    {
        var settings = new Dictionary<string, string> { ["Smtp:Host"] = "mail.example.org", ["Smtp:From"] = "a@example.org", [key] = value };

        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => SmtpSettings.Read(k => settings.GetValueOrDefault(k))).Message);
    }

    [Fact]
    public void Settings_DefaultPortFollowsTheSecurity()
    {
        Assert.Equal(587, SmtpSettings.Read(k => k == "Smtp:Host" ? "mail.example.org" : k == "Smtp:From" ? "a@example.org" : null).Port);
        Assert.Equal(465, SmtpSettings.Read(k => k == "Smtp:Host" ? "mail.example.org" : k == "Smtp:From" ? "a@example.org" : k == "Smtp:Security" ? "ssl" : null).Port);
        Assert.False(SmtpSettings.Read(k => k == "Smtp:Host" ? " " : null).IsConfigured);
        Assert.Equal("Reminders:Owners has 'Chief Nurse': write each owner as 'Owner name=user name', separated by semicolons.",
            Assert.Throws<InvalidOperationException>(() => ReminderSettings.Read(k => k == "Reminders:Owners" ? "Chief Nurse" : null)).Message);
        Assert.Equal(new TimeOnly(6, 30), ReminderSettings.Read(k => k == "Reminders:SendAt" ? "06:30" : null).SendAt);
    }
}
