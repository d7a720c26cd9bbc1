using System.Text.Json;

namespace LocalCare.Bench.Imports;

/// <summary>
/// What a child process measured: the timed seconds, the CPU seconds (user + system, every thread) spent in them, its peak memory,
/// counts to check, and (profile) the time of each step.
/// </summary>
public sealed record PhaseResult(string Phase, double Seconds, double CpuSeconds, long PeakBytes, Dictionary<string, long> Counts, Dictionary<string, string> Notes, List<StepTiming> Steps)
{
    /// <summary>The child writes its result as one line that starts with this; everything else it writes is passed through.</summary>
    public const string Marker = "BENCH-RESULT ";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string ToLine() => Marker + JsonSerializer.Serialize(this, Json);

    public static PhaseResult? FromLine(string line) =>
        line.StartsWith(Marker, StringComparison.Ordinal) ? JsonSerializer.Deserialize<PhaseResult>(line[Marker.Length..], Json) : null;

    public long Count(string name) => Counts.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"The {Phase} phase did not report '{name}'.");
}

/// <summary>One step of a profiled import: what it did, how long it took, the CPU seconds it used, the rows it wrote (-1: not a write).</summary>
public sealed record StepTiming(string Step, double Seconds, double CpuSeconds, long Rows);

/// <summary>Wall-clock and CPU time of this process from when it was started.</summary>
public sealed class PhaseClock
{
    private readonly System.Diagnostics.Stopwatch _wall = System.Diagnostics.Stopwatch.StartNew();
    private readonly TimeSpan _cpu = Cpu();

    public double Seconds => _wall.Elapsed.TotalSeconds;

    public double CpuSeconds => (Cpu() - _cpu).TotalSeconds;

    private static TimeSpan Cpu()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
