using System.CommandLine;
using System.Globalization;
using LocalCare.Core.Reminders;
using LocalCare.Data.Reminders;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare reminders send [--date YYYY-MM-DD]</c>: emails the day's digests (one per user per day, whoever sends first);
/// <c>localcare reminders preview --user NAME [--date YYYY-MM-DD]</c>: prints one user's digest without sending (reminders.md).
/// </summary>
public static class RemindersCommand
{
    public static Command Create(CliContext cli) => new("reminders", "Reminders: what is due or overdue for each user, emailed once a day (reminders.md).")
    {
        Send(cli),
        Preview(cli),
    };

    private static Command Send(CliContext cli)
    {
        var date = DateOption();
        var command = new Command("send", "Email today's digest (or --date's) to every user with something due or overdue.") { date };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            await session.RequireInitialisedAsync(cancellationToken);
            var mailer = Settings(() => session.Get<ReminderMailer>());
            if (!mailer.IsConfigured)
            {
                throw new UserErrorException("SMTP is not configured: set Smtp__Host and Smtp__From (and Smtp__Port, Smtp__Security, Smtp__Username, Smtp__Password as needed). Nothing was sent.");
            }

            var day = DateOf(parseResult, date, cli);
            IReadOnlyList<DigestSendRow> rows;
            try
            {
                rows = await cli.Console.Status().Spinner(Spinner.Known.Dots).StartAsync(
                    $"Gathering the reminders for {DigestEmail.Format(day)}...",
                    status => mailer.SendAsync(day, new Progress<string>(text => status.Status(Markup.Escape(text))), cancellationToken));
            }
            catch (ReminderSendException e)
            {
                throw new UserErrorException(e.Message + " Nothing was sent.", e);
            }

            var table = new Table().Border(TableBorder.Simple)
                .AddColumn("User").AddColumn("Email").AddColumn(new TableColumn("Items").RightAligned()).AddColumn("Result");
            foreach (var row in rows)
            {
                table.AddRow(Markup.Escape(row.UserName), Markup.Escape(row.Email ?? ""), row.Items.ToString(CultureInfo.InvariantCulture), Markup.Escape(Describe(row)));
            }

            cli.Console.Write(table);
            var sent = rows.Count(r => r.Outcome == DigestOutcome.Sent);
            cli.Say($"{sent} digest(s) sent for {DigestEmail.Format(day)}, {rows.Sum(r => r.Outcome == DigestOutcome.Sent ? r.Items : 0)} item(s) in all.");
            foreach (var row in rows.Where(r => r.Outcome is DigestOutcome.Failed or DigestOutcome.NoEmail))
            {
                cli.Warn($"{row.UserName}: not sent ({Describe(row)}).");
            }

            return rows.Any(r => r.Outcome == DigestOutcome.Failed) ? ExitCodes.UserError : ExitCodes.Success;
        });
        return command;
    }

    private static Command Preview(CliContext cli)
    {
        var date = DateOption();
        var user = new Option<string>("--user") { Description = "The user name whose digest to print", HelpName = "NAME", Required = true };
        var command = new Command("preview", "Print one user's digest, as it would be emailed, without sending it.") { user, date };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            await session.RequireInitialisedAsync(cancellationToken);
            var reminders = Settings(() => session.Get<ReminderCollection>());
            var settings = Settings(() => session.Get<ReminderSettings>());
            var day = DateOf(parseResult, date, cli);
            var overview = await reminders.ForAsync(day, cancellationToken);
            var name = parseResult.GetValue(user)!.Trim();
            var who = overview.Directory.Find(name) ?? throw new UserErrorException($"--user: there is no user '{name}'.");
            var digest = overview.For(who.UserName);
            if (digest.IsEmpty)
            {
                cli.Say($"Nothing is due or overdue for {who.UserName} on {DigestEmail.Format(day)}: no email would be sent.");
                return ExitCodes.Success;
            }

            var email = DigestEmail.For(digest, who.DisplayName, settings.SiteUrl);
            cli.Say($"To: {(string.IsNullOrWhiteSpace(who.Email) ? "(no email address: it would not be sent)" : who.Email)}");
            cli.Say($"Subject: {email.Subject}");
            cli.Say("");
            foreach (var line in email.Text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            {
                cli.Say(line);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> DateOption()
    {
        var date = new Option<string>("--date") { Description = "The day of the digest (YYYY-MM-DD) [default: today, UK time]", HelpName = "YYYY-MM-DD" };
        date.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                result.AddError($"--date: '{text}' is not a date (YYYY-MM-DD).");
            }
        });
        return date;
    }

    private static DateOnly DateOf(ParseResult parseResult, Option<string> date, CliContext cli) =>
        parseResult.GetValue(date) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : Core.Time.UkTime.Today(cli.Environment.Clock);

    /// <summary>A service whose settings are read on first use: a bad <c>Smtp__*</c> or <c>Reminders__*</c> variable is a user error.</summary>
    private static T Settings<T>(Func<T> get)
    {
        try
        {
            return get();
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Smtp:", StringComparison.Ordinal) || e.Message.StartsWith("Reminders:", StringComparison.Ordinal))
        {
            throw new UserErrorException($"{e.Message} (environment variable {e.Message.Split(' ')[0].Replace(":", "__", StringComparison.Ordinal)})", e);
        }
    }

    private static string Describe(DigestSendRow row) => row.Outcome switch
    {
        DigestOutcome.Sent => "sent",
        DigestOutcome.AlreadySent => "already sent today",
        DigestOutcome.NoEmail => "no email address",
        _ => "failed: " + row.Detail,
    };
}
