using System.CommandLine;
using LocalCare.Core.Boards.Packs;
using LocalCare.Data.Boards;
using LocalCare.Reports.Packs;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary>
/// <c>localcare pack --board CODE --month YYYY-MM [--format pdf|html|xlsx|json] [--out FILE] [--draft]</c>: the pack of the board's
/// meeting that reports the month. A published pack is written as it was frozen; otherwise (or with --draft) the draft is made
/// from today's figures.
/// </summary>
public static class PackCommand
{
    public static Command Create(CliContext cli)
    {
        var board = new Option<string>("--board") { Description = "The board's code, e.g. HPB (see 'localcare boards')", HelpName = "CODE", Required = true };
        var month = MonthOption.Create("--month", "The month the meeting's pack reports");
        month.Required = true;
        var format = new Option<string>("--format") { Description = "pdf, html, xlsx or json (board-packs.md's shape)", HelpName = "FORMAT", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong([.. PackFormats.All.Select(f => f.ToCode())]);
        var output = new Option<FileInfo?>("--out") { Description = "Where to write the pack; html and json print to the terminal without it", HelpName = "FILE" };
        var draft = new Option<bool>("--draft") { Description = "Make the draft from today's figures even when the pack has been published" };

        var command = new Command("pack", "Write a board's pack for a month: the published version as frozen, or the draft from today's figures.")
        {
            board,
            month,
            format,
            output,
            draft,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var packFormat = PackFormats.Parse(parseResult.GetValue(format))!.Value;
            var file = parseResult.GetValue(output);
            if (file is null && !packFormat.IsText())
            {
                throw new UserErrorException($"--out: name the file to write the {packFormat.ToCode()} to, e.g. --out pack.{packFormat.ToCode()}.");
            }

            await using var session = cli.Open(parseResult, createDataDirectory: false);
            await session.RequireInitialisedAsync(cancellationToken);
            var meetingId = await MeetingAsync(session, parseResult.GetValue(board)!, parseResult.GetValue(month)!.Value, cancellationToken);
            var published = parseResult.GetValue(draft) ? null : await session.Db.PackVersions.AsNoTracking()
                .Where(v => v.MeetingId == meetingId).OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);

            byte[] bytes;
            string what;
            if (published is not null)
            {
                bytes = published.BytesOf(packFormat);
                what = $"published version {published.Version} (SHA-256 of its {packFormat.ToCode()}: {published.Sha256Of(packFormat)})";
            }
            else
            {
                async Task<byte[]> DraftAsync(Action<string> say)
                {
                    await using var printer = new PackPdfPrinter();
                    // Chromium starts while the figures are gathered; its failure is reported when the PDF is printed.
                    var started = packFormat == PackFormat.Pdf ? printer.StartAsync(cancellationToken) : Task.CompletedTask;
                    try
                    {
                        var next = await session.Db.PackVersions.Where(v => v.MeetingId == meetingId).Select(v => (int?)v.Version).MaxAsync(cancellationToken) ?? 0;
                        var input = await session.Get<PackInputs>().ForMeetingAsync(meetingId, next + 1, cancellationToken: cancellationToken);
                        var pack = BoardPackBuilder.Build(input!);
                        say(packFormat == PackFormat.Pdf ? "Printing the PDF..." : "Writing the pack...");
                        await started;
                        return await PackDocuments.RenderAsync(pack, packFormat, printer, cancellationToken);
                    }
                    catch (PackPdfException e)
                    {
                        throw new UserErrorException(e.Message);
                    }
                }

                // Printed to the terminal, the pack is the whole output: no progress around it.
                bytes = file is null
                    ? await DraftAsync(_ => { })
                    : await cli.Console.Status().Spinner(Spinner.Known.Dots).StartAsync("Gathering the pack's figures...", status => DraftAsync(text => status.Status(text)));
                what = "draft from today's figures";
            }

            if (file is null)
            {
                cli.Console.Profile.Out.Writer.Write(System.Text.Encoding.UTF8.GetString(bytes));
                return ExitCodes.Success;
            }

            await File.WriteAllBytesAsync(file.FullName, bytes, cancellationToken);
            cli.Say($"Wrote the {packFormat.ToCode()} of the {what} to {file.FullName} ({bytes.Length:N0} bytes).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<int> MeetingAsync(CliSession session, string boardCode, Core.Generation.YearMonth month, CancellationToken cancellationToken)
    {
        var boards = await session.Db.Boards.AsNoTracking().OrderBy(b => b.Order).Select(b => b.Code).ToListAsync(cancellationToken);
        if (!boards.Contains(boardCode))
        {
            throw new UserErrorException($"--board: '{boardCode}' is not a board. Boards: {string.Join(", ", boards)}.");
        }

        var meetings = await session.Db.Meetings.AsNoTracking().Where(m => m.BoardCode == boardCode).ToListAsync(cancellationToken);
        var meeting = meetings.Where(m => m.ReportingMonth == month).OrderByDescending(m => m.Date).FirstOrDefault();
        if (meeting is null)
        {
            var months = meetings.Select(m => m.ReportingMonth).Distinct().Order().Select(m => m.ToString()).ToList();
            throw new UserErrorException(months.Count == 0
                ? $"--month: {boardCode} has no meetings; plan one on its page first."
                : $"--month: no meeting of {boardCode} reports {month}. Its meetings report: {string.Join(", ", months)}.");
        }

        return meeting.Id;
    }
}
