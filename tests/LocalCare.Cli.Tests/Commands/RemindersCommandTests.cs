using LocalCare.Testing;

namespace LocalCare.Cli.Tests.Commands;

public sealed class RemindersCommandTests
{
    private const string Owners = "Director of Operations=manager; Chief Nurse=executive";

    private static CliEnvironment With(params (string Key, string Value)[] settings)
    {
        var all = settings.Append((Key: "Reminders:Owners", Value: Owners)).ToDictionary(s => s.Key, s => s.Value);
        return TestCli.Small with { Setting = k => all.GetValueOrDefault(k) };
    }

    private static CliEnvironment Smtp(int port) => With(("Smtp:Host", "127.0.0.1"), ("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Smtp:Security", "none"), ("Smtp:From", "localcare@demo.invalid"));

    [Fact]
    public async Task Preview_PrintsTheUsersDigest_AndSendRefusesWithoutSmtp()
    {
        using var cli = new TestCli(With());
        await cli.RunAsync("init", "--demo");

        var preview = await cli.RunAsync("reminders", "preview", "--user", "manager", "--date", "2025-01-15");

        Assert.Equal(0, preview.ExitCode);
        Assert.Equal("To: manager@demo.invalid", preview.OutLines[0]);
        Assert.StartsWith("Subject: LocalCare: ", preview.OutLines[1], StringComparison.Ordinal);
        Assert.Contains("- Board action: HPB-A-003 Set out the plan to validate every waiting list with MFT's rules (was due 30 November 2024)", preview.OutLines);
        Assert.Contains("  /boards/HPB/actions", preview.Out.Split('\n').Select(l => l.TrimEnd()));

        var nobody = await cli.RunAsync("reminders", "preview", "--user", "nobody", "--date", "2025-01-15");
        Assert.Equal((1, "--user: there is no user 'nobody'."), (nobody.ExitCode, nobody.ErrorLines[0]));

        var quiet = await cli.RunAsync("reminders", "preview", "--user", "viewer", "--date", "2025-01-15");
        Assert.Equal("Nothing is due or overdue for viewer on 15 January 2025: no email would be sent.", quiet.OutLines.Single());

        var send = await cli.RunAsync("reminders", "send", "--date", "2025-01-15");
        Assert.Equal(1, send.ExitCode);
        Assert.StartsWith("SMTP is not configured: set Smtp__Host and Smtp__From", send.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", send.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_EmailsEachUserOnce_AndSaysWhoGotHowMany()
    {
        await using var smtp = new SmtpListener();
        using var cli = new TestCli(Smtp(smtp.Port));
        await cli.RunAsync("init", "--demo");

        var first = await cli.RunAsync("reminders", "send", "--date", "2025-01-15");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["executive@demo.invalid", "manager@demo.invalid"], smtp.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        var managerRow = first.OutLines.Single(l => l.TrimStart().StartsWith("manager ", StringComparison.Ordinal));
        Assert.Contains("manager@demo.invalid", managerRow, StringComparison.Ordinal);
        Assert.EndsWith("sent", managerRow, StringComparison.Ordinal);
        Assert.Contains("2 digest(s) sent for 15 January 2025", first.Out, StringComparison.Ordinal);

        var second = await cli.RunAsync("reminders", "send", "--date", "2025-01-15");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains(second.OutLines, l => l.TrimStart().StartsWith("manager ", StringComparison.Ordinal) && l.EndsWith("already sent today", StringComparison.Ordinal));
        Assert.Contains("0 digest(s) sent for 15 January 2025", second.Out, StringComparison.Ordinal);
        Assert.Equal(2, smtp.Messages.Count);
    }

    [Fact]
    public async Task Send_WhenTheServerIsUnreachableOrASettingIsWrong_SaysSoWithoutAStackTrace()
    {
        using var cli = new TestCli(Smtp(SmtpListener.ClosedPort()));
        await cli.RunAsync("init", "--demo");

        var unreachable = await cli.RunAsync("reminders", "send", "--date", "2025-01-15");

        Assert.Equal(1, unreachable.ExitCode);
        Assert.StartsWith("Could not send reminders through the SMTP server 127.0.0.1:", unreachable.ErrorLines[0], StringComparison.Ordinal);
        Assert.EndsWith("Nothing was sent.", unreachable.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unreachable.Error, StringComparison.Ordinal);

        using var badPort = new TestCli(With(("Smtp:Host", "127.0.0.1"), ("Smtp:Port", "smtp"), ("Smtp:From", "a@example.org")));
        await badPort.RunAsync("init");
        var wrong = await badPort.RunAsync("reminders", "send");
        Assert.Equal((1, "Smtp:Port is 'smtp': it must be a whole number from 1 to 65535. (environment variable Smtp__Port)"), (wrong.ExitCode, wrong.ErrorLines[0]));

        var badDate = await badPort.RunAsync("reminders", "send", "--date", "15/01/2025");
        Assert.Equal((1, "--date: '15/01/2025' is not a date (YYYY-MM-DD)."), (badDate.ExitCode, badDate.ErrorLines[0]));
    }
}
