using System.Globalization;
using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;
using LocalCare.Core.Boards;
using LocalCare.Core.Generation;
using LocalCare.Data.Metrics;
using LocalCare.Data.Setup;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Bench.Web;

/// <summary>
/// The web benchmark's set-up, in a child process: <c>localcare init --demo --demo-years N</c> (the demo organisation, its users,
/// N generated years imported and computed), and a Health Performance Board meeting reporting the last month of data.
/// </summary>
public static class WebPhases
{
    public static bool Handles(string phase) => phase == "web-setup";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        string Get(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"phase {args[0]} needs --{name}.");
        var clock = new PhaseClock();
        await using var app = AppServices.Open(Get("data"));
        var years = int.Parse(Get("years"), CultureInfo.InvariantCulture);
        await app.Get<Initialiser>().InitialiseAsync(demo: true, Get("data"), new DemoActivitySettings(years, GenerationSettings.DefaultContactsPerYear));
        var range = app.Get<MetricCompute>().DefaultRange() ?? throw new InvalidOperationException("The demo imported no activity.");

        var db = app.Db;
        var board = StandardBoards.HealthPerformance;
        var meeting = await db.Meetings.FirstOrDefaultAsync(m => m.BoardCode == board && m.ReportingMonth == range.To);
        if (meeting is null)
        {
            meeting = new Meeting { BoardCode = board, Date = range.To.LastDay.AddDays(20), ReportingMonth = range.To, Title = "Integrated performance report" };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
        }

        var metric = await db.Metrics.Where(m => m.BoardCode == board).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        var values = await db.MetricValues.CountAsync();
        var result = new PhaseResult("web-setup", clock.Seconds, clock.CpuSeconds, PeakMemory.Bytes(), new() { ["values"] = values },
            new()
            {
                ["from"] = range.From.ToString(),
                ["to"] = range.To.ToString(),
                ["months"] = range.Count.ToString(CultureInfo.InvariantCulture),
                ["meeting"] = meeting.Id.ToString(CultureInfo.InvariantCulture),
                ["metric"] = metric,
            },
            []);
        using (var process = System.Diagnostics.Process.GetCurrentProcess())
        {
            result.Notes["process_cpu"] = process.TotalProcessorTime.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
        }

        Console.WriteLine(result.ToLine());
        return 0;
    }
}
