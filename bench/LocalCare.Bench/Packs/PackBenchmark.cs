using System.Globalization;
using System.Text;
using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;
using LocalCare.Bench.WaitingLists;

namespace LocalCare.Bench.Packs;

/// <summary>
/// The board-pack benchmark: generate N LCO-years and set up a data directory (the compute benchmark's <c>generate</c> and
/// <c>compute-setup</c>), then per repeat, in a child process of its own, the Health Performance Board's pack for the last month:
/// gathered, built, rendered to HTML and printed to PDF. Prints the table, appends it to RESULTS.md; exits 0 when the target is met.
/// </summary>
public static class PackBenchmark
{
    /// <summary>The issue's target: the pack's HTML and PDF over 10 LCO-years.</summary>
    public const double MaxSeconds = 10;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Task<int> RunAsync(WaitlistArguments arguments)
    {
#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; run with -c Release for figures worth recording (nothing is appended to RESULTS.md).");
        arguments = arguments with { Record = false };
#endif
        var work = BenchWork.Prepare(arguments.Work);
        var started = DateTime.UtcNow;
        var machine = Machine.Describe();
        Console.WriteLine($"Work directory {work}; machine: {machine.Processors} processors, {machine.Cpu}, {machine.Memory}, {machine.Os}, {machine.Runtime}.");
        var size = ResultsReport.Size(arguments.Years);
        PhaseResult generate, setup;
        var runs = new List<PhaseResult>();
        try
        {
            var extracts = Path.Combine(work, "extracts");
            var data = Path.Combine(work, "data");
            Console.WriteLine($"{size}: generating ...");
            generate = ChildProcess.RunPhase("generate", "--dir", extracts, "--years", arguments.Years.ToString(Invariant));
            Console.WriteLine($"{size}: init, import and a first compute ...");
            setup = ChildProcess.RunPhase("compute-setup", "--dir", extracts, "--data", data);
            Console.WriteLine($"{size}: imported in {setup.Notes["import_seconds"]} s, months {setup.Notes["from"]} to {setup.Notes["to"]}");
            for (var repeat = 1; repeat <= arguments.Repeat; repeat++)
            {
                if (arguments.WaitIdle > 0)
                {
                    MachineLoad.WaitForIdle(TimeSpan.FromSeconds(arguments.WaitIdle));
                }

                var run = ChildProcess.RunPhase("pack-render", "--data", data, "--to", setup.Notes["to"]);
                runs.Add(run);
                Console.WriteLine($"repeat {repeat}: pack {run.Seconds:0.000} s ({string.Join(", ", run.Steps.Select(s => $"{s.Step} {s.Seconds:0.000}"))}); warm PDF {run.Notes["warm_pdf_seconds"]} s");
            }
        }
        finally
        {
            if (!arguments.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }

        var median = SizeResult.Median(runs);
        var met = median <= MaxSeconds;
        var verdict = (met ? "Target met. " : "Target NOT met. ") + string.Create(Invariant, $"Pack HTML and PDF {median:0.000} s; target < {MaxSeconds:0} s.");
        var table = Table(arguments.Years, setup, runs, met);
        Console.WriteLine();
        Console.WriteLine(ComputeReport.Console(table));
        if (arguments.Record)
        {
            var path = WaitlistBenchmark.ResultsPath(arguments.Results);
            var text = new StringBuilder();
            text.AppendLine();
            text.AppendLine(Invariant, $"## Board pack: HTML and PDF, {started:yyyy-MM-dd HH:mm} UTC");
            text.AppendLine();
            text.AppendLine(Invariant, $"- date: `{started:ddd MMM d HH:mm:ss} UTC {started:yyyy}` (UTC, start of the run)");
            text.AppendLine(Invariant, $"- command: `{arguments.RecordedCommand("pack")}`");
            text.AppendLine(Invariant, $"- machine: {machine.Processors} processors (`nproc`), {machine.Cpu}, {machine.Memory} RAM, {machine.Os}; {machine.Runtime}; Chromium {ChromiumVersion()}");
            text.AppendLine(Invariant, $"- data: `localcare generate` for the demo organisation, seed {BenchFiles.Seed}, default volume, ending {BenchFiles.LastMonth}; `localcare init` + `localcare import` + a first compute (the compute benchmark's set-up)");
            text.AppendLine(Invariant, $"- measured: in a fresh process, {PackPhases.Board}'s pack for {setup.Notes["to"]}: PackInputs (app database + warehouse), BoardPackBuilder, PackHtml, PackPdfPrinter (Chromium launched cold). **{verdict}**");
            text.AppendLine();
            text.Append(ComputeReport.Markdown(table));
            File.AppendAllText(path, text.ToString());
            Console.WriteLine($"Appended to {path}.");
        }

        Console.WriteLine(verdict);
        return Task.FromResult(met ? 0 : 1);
    }

    private static ComputeReport.Table Table(int years, PhaseResult setup, List<PhaseResult> runs, bool met)
    {
        string S(double seconds) => seconds.ToString("0.000", Invariant);
        var first = runs[0];
        var rows = new List<(string, string[])>
        {
            ("months of data", [$"{setup.Notes["from"]} to {setup.Notes["to"]} ({setup.Notes["months"]})"]),
            ("metrics / exceptions / SPC points charted", [$"{first.Count("metrics")} / {first.Count("exceptions")} / {first.Count("points"):#,0}"]),
            ("HTML KB / PDF KB / PDF pages", [$"{first.Count("html_bytes") / 1024.0:#,0} / {first.Count("pdf_bytes") / 1024.0:#,0} / {first.Count("pdf_pages")}"]),
            ("repeats", [runs.Count.ToString(Invariant)]),
            ($"pack HTML + PDF s (median, fresh process; target < {MaxSeconds:0} s)", [S(SizeResult.Median(runs)) + (met ? " ok" : " OVER")]),
        };
        for (var i = 0; i < first.Steps.Count; i++)
        {
            var index = i;
            rows.Add(("  " + first.Steps[i].Step + " s", [S(SizeResult.Median(runs, p => p.Steps[index].Seconds))]));
        }

        rows.Add(("  its CPU s", [S(SizeResult.Median(runs, p => p.CpuSeconds))]));
        rows.Add(("a second PDF with Chromium running s", [S(SizeResult.Median(runs, p => double.Parse(p.Notes["warm_pdf_seconds"], Invariant)))]));
        rows.Add(("peak memory MB (the bench process; Chromium's own not included)", [(SizeResult.Peak(runs) / 1e6).ToString("#,0.0", Invariant)]));
        rows.Add(("pack s, each repeat", [string.Join(" ", runs.Select(r => S(r.Seconds)))]));
        return new(["", ResultsReport.Size(years)], rows);
    }

    private static string ChromiumVersion()
    {
        try
        {
            var path = Environment.GetEnvironmentVariable("LOCALCARE_CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(path, "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            var version = process!.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
