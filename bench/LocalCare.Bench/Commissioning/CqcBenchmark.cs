using System.Globalization;
using System.Text;
using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;
using LocalCare.Bench.WaitingLists;

namespace LocalCare.Bench.Commissioning;

/// <summary>
/// The CQC ratings benchmark (issue 9): write a CQC-shaped Latest ratings workbook of about 1 GB of XML, then, in a fresh
/// process, import it into a data directory whose register has 400 providers, recording the time and the process's peak memory.
/// Target: peak memory under 300 MB.
/// </summary>
public static class CqcBenchmark
{
    public const double MaxPeakMegabytes = 300;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static Task<int> RunAsync(CqcArguments arguments)
    {
#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; run with -c Release for figures worth recording (nothing is appended to RESULTS.md).");
        arguments = arguments with { Record = false };
#endif
        var work = BenchWork.Prepare(arguments.Work);
        var started = DateTime.UtcNow;
        var machine = Machine.Describe();
        Console.WriteLine($"Work directory {work}; machine: {machine.Processors} processors, {machine.Cpu}, {machine.Memory}, {machine.Os}, {machine.Runtime}.");
        PhaseResult write, import;
        try
        {
            var file = Path.Combine(work, "Latest_ratings.ods");
            Console.WriteLine($"writing a CQC-shaped workbook of about {arguments.Gigabytes:0.##} GB of XML ...");
            write = ChildProcess.RunPhase("cqc-write", "--file", file, "--gigabytes", arguments.Gigabytes.ToString(Invariant));
            Console.WriteLine($"written in {write.Seconds:0.0} s: {write.Counts["rows"]:N0} rows, content.xml {Mb(write.Counts["content_xml_bytes"]):N0} MB, file {Mb(write.Counts["file_bytes"]):N0} MB");
            if (arguments.WaitIdle > 0)
            {
                MachineLoad.WaitForIdle(TimeSpan.FromSeconds(arguments.WaitIdle));
            }

            import = ChildProcess.RunPhase("cqc-import", "--file", file, "--data", Path.Combine(work, "data"));
            Console.WriteLine($"imported in {import.Seconds:0.0} s; peak memory {Mb(import.PeakBytes):0.0} MB");
        }
        finally
        {
            if (!arguments.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }

        var peak = Mb(import.PeakBytes);
        var met = peak < MaxPeakMegabytes;
        var verdict = (met ? "Target met. " : "Target NOT met. ") + string.Create(Invariant, $"Peak memory {peak:0.0} MB; target < {MaxPeakMegabytes:0} MB.");
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine(Invariant, $"## CQC ratings import: a 1 GB workbook, {started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(Invariant, $"- date: `{started:ddd MMM d HH:mm:ss} UTC {started:yyyy}` (UTC, start of the run)");
        text.AppendLine(Invariant, $"- command: `dotnet run -c Release --project bench/LocalCare.Bench -- cqc --gigabytes {arguments.Gigabytes.ToString(Invariant)}{(arguments.WaitIdle > 0 ? $" --wait-idle {arguments.WaitIdle}" : "")}`");
        text.AppendLine(Invariant, $"- machine: {machine.Processors} processors (`nproc`), {machine.Cpu}, {machine.Memory} RAM, {machine.Os}; {machine.Runtime}");
        text.AppendLine(Invariant, $"- data: CqcOdsWriter's workbook (CQC's 26-column Locations layout, every column filled, a Locations sheet padded as LibreOffice does), {CqcPhases.Locations:N0} locations; a register of {CqcPhases.RegisterSize} providers with CQC locations");
        text.AppendLine(Invariant, $"- measured: in a fresh process, ImportRunner (as `localcare import FILE`) streaming the .ods; peak memory is the process's VmHWM (native included). **{verdict}**");
        text.AppendLine();
        text.AppendLine("|  | value |");
        text.AppendLine("|---|---:|");
        text.AppendLine(Invariant, $"| rows in the Locations sheet | {write.Counts["rows"]:N0} |");
        text.AppendLine(Invariant, $"| content.xml MB / .ods file MB | {Mb(write.Counts["content_xml_bytes"]):N0} / {Mb(write.Counts["file_bytes"]):N0} |");
        text.AppendLine(Invariant, $"| rows kept (register locations) / skipped / added to the history | {import.Counts["rows_kept"]:N0} / {import.Counts["rows_skipped"]:N0} / {import.Counts["added"]:N0} |");
        text.AppendLine(Invariant, $"| import s / its CPU s | {import.Seconds:0.000} / {import.CpuSeconds:0.000} |");
        text.AppendLine(Invariant, $"| XML read MB/s | {Mb(write.Counts["content_xml_bytes"]) / import.Seconds:0.0} |");
        text.AppendLine(Invariant, $"| peak memory MB: before the import (app start, register) / after it (target < {MaxPeakMegabytes:0}) | {Mb(import.Counts["peak_before_bytes"]):0.0} / {peak:0.0} {(met ? "ok" : "OVER")} |");
        Console.WriteLine(text);
        if (arguments.Record)
        {
            File.AppendAllText(WaitlistBenchmark.ResultsPath(arguments.Results), text.ToString());
        }

        return Task.FromResult(met ? 0 : 1);
    }

    private static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}

/// <summary>The CQC benchmark's options.</summary>
public sealed record CqcArguments(double Gigabytes, string? Work, bool Keep, int WaitIdle, string? Results, bool Record)
{
    public static CqcArguments Parse(IReadOnlyList<string> args)
    {
        var arguments = new CqcArguments(1, null, false, 0, null, true);
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            arguments = args[i] switch
            {
                "--gigabytes" => arguments with { Gigabytes = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--work" => arguments with { Work = Value() },
                "--keep" => arguments with { Keep = true },
                "--wait-idle" => arguments with { WaitIdle = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--results" => arguments with { Results = Value() },
                "--no-record" => arguments with { Record = false },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return arguments;
    }
}
