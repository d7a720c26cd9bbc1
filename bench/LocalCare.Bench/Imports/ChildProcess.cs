using System.Diagnostics;
using System.Reflection;

namespace LocalCare.Bench.Imports;

/// <summary>Runs one phase in a fresh process of this same program, so each phase's peak memory is its own.</summary>
public static class ChildProcess
{
    private static Process? _running;

    /// <summary>Stops the phase that is running, if any (when the benchmark is interrupted).</summary>
    public static void KillRunning()
    {
        try
        {
            _running?.Kill(entireProcessTree: true);
            _running?.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }

    public static PhaseResult RunPhase(params string[] phaseArgs)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = false, UseShellExecute = false };
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        start.FileName = host;
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // Started as 'dotnet LocalCare.Bench.dll': the child is started the same way.
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("phase");
        foreach (var arg in phaseArgs)
        {
            start.ArgumentList.Add(arg);
        }

        var load = MachineLoad.Sample();
        var wall = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        _running = process;
        PhaseResult? result = null;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (PhaseResult.FromLine(line) is { } parsed)
            {
                result = parsed;
            }
            else
            {
                Console.WriteLine("    " + line);
            }
        }

        process.WaitForExit();
        _running = null;
        if (process.ExitCode != 0 || result is null)
        {
            throw new InvalidOperationException($"The phase '{string.Join(' ', phaseArgs)}' failed (exit code {process.ExitCode}).");
        }

        var ownCpu = double.Parse(result.Notes["process_cpu"], System.Globalization.CultureInfo.InvariantCulture);
        result.Notes["others_during"] = MachineLoad.OthersShare(load, wall.Elapsed.TotalSeconds, ownCpu).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        return result;
    }
}
