using System.Globalization;
using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Data.Boards;
using LocalCare.Reports.Packs;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Bench.Packs;

/// <summary>
/// The pack benchmark's measured step, run in a child process by <see cref="ChildProcess"/> as <c>phase pack-render --data DIR --to YYYY-MM</c>:
/// the Health Performance Board's pack for the month, gathered, built, rendered to HTML and printed to PDF (Chromium launched cold at the start, while the figures are gathered).
/// </summary>
public static class PackPhases
{
    public const string Board = StandardBoards.HealthPerformance;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool Handles(string phase) => phase == "pack-render";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"phase {args[0]} needs --{name}.");
        var result = await RenderAsync(Get("data"), YearMonth.Parse(Get("to")));
        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            result.Notes["process_cpu"] = process.TotalProcessorTime.TotalSeconds.ToString("0.000", Invariant);
        }

        Console.WriteLine(result.ToLine());
        return 0;
    }

    private static async Task<PhaseResult> RenderAsync(string data, YearMonth month)
    {
        await using var app = AppServices.Open(data);
        var meetingId = await MeetingAsync(app, month);
        var clock = new PhaseClock();
        var steps = new List<StepTiming>();
        var (lastSeconds, lastCpu) = (0.0, 0.0);
        void Step(string name)
        {
            steps.Add(new StepTiming(name, clock.Seconds - lastSeconds, clock.CpuSeconds - lastCpu, -1));
            (lastSeconds, lastCpu) = (clock.Seconds, clock.CpuSeconds);
        }

        // As `localcare pack` does: Chromium is launched (cold) first and starts while the figures are gathered.
        await using var printer = new PackPdfPrinter();
        var started = printer.StartAsync();
        var input = await app.Get<PackInputs>().ForMeetingAsync(meetingId, 1) ?? throw new InvalidOperationException("The meeting disappeared.");
        Step("gather (app database and warehouse; Chromium starting)");
        var pack = BoardPackBuilder.Build(input);
        Step("build (SPC of every series, exceptions, matrix)");
        var html = PackHtml.RenderDocument(pack);
        Step("render HTML");
        await started;
        Step("wait for Chromium to finish starting");
        var pdf = await printer.PrintAsync(html, pack.Title);
        Step("print PDF");
        var (seconds, cpu) = (clock.Seconds, clock.CpuSeconds);
        var warm = System.Diagnostics.Stopwatch.StartNew();
        await printer.PrintAsync(html, pack.Title);
        var warmSeconds = warm.Elapsed.TotalSeconds;

        return new PhaseResult("pack-render", seconds, cpu, PeakMemory.Bytes(),
            new()
            {
                ["metrics"] = pack.Metrics.Count,
                ["exceptions"] = pack.Exceptions.Count,
                ["points"] = pack.Metrics.Sum(m => m.Spc.Points.Count),
                ["html_bytes"] = System.Text.Encoding.UTF8.GetByteCount(html),
                ["pdf_bytes"] = pdf.Length,
                ["pdf_pages"] = PdfPages(pdf),
            },
            new() { ["warm_pdf_seconds"] = warmSeconds.ToString("0.000", Invariant), ["month"] = month.ToString() },
            steps);
    }

    /// <summary>The board's meeting that reports <paramref name="month"/>, added (not timed) when the demo calendar has none.</summary>
    private static async Task<int> MeetingAsync(AppServices app, YearMonth month)
    {
        var db = app.Db;
        var meetings = await db.Meetings.Where(m => m.BoardCode == Board).ToListAsync();
        if (meetings.FirstOrDefault(m => m.ReportingMonth == month) is { } existing)
        {
            return existing.Id;
        }

        var meeting = new Meeting { BoardCode = Board, Date = month.LastDay.AddDays(20), ReportingMonth = month, Title = "Integrated performance report" };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    /// <summary>Pages of the PDF: its page objects (Chromium writes one "/Type /Page" per page).</summary>
    private static long PdfPages(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        long count = 0;
        for (var at = text.IndexOf("/Type /Page", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Type /Page", at + 1, StringComparison.Ordinal))
        {
            if (at + 11 >= text.Length || text[at + 11] != 's')
            {
                count++;
            }
        }

        return count;
    }
}
