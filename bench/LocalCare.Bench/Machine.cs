using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace LocalCare.Bench;

/// <summary>The machine a result was measured on, as RESULTS.md records it.</summary>
public sealed record Machine(string Processors, string Cpu, string Memory, string Os, string Runtime)
{
    public static Machine Describe() => new(
        Run("nproc")?.Trim() ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
        CpuModel(),
        MemoryTotal(),
        OsName(),
        RuntimeInformation.FrameworkDescription);

    private static string CpuModel()
    {
        var fromLscpu = Run("lscpu")?.Split('\n').FirstOrDefault(l => l.StartsWith("Model name:", StringComparison.Ordinal));
        if (fromLscpu is not null)
        {
            return fromLscpu["Model name:".Length..].Trim();
        }

        var fromProc = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return fromProc?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string MemoryTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        if (line is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1e9:0.0} GB");
        }

        var kb = long.Parse(line["MemTotal:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:0.0} GiB");
    }

    private static string OsName()
    {
        var pretty = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            : null;
        var kernel = Run("uname", "-r")?.Trim();
        return pretty is null ? RuntimeInformation.OSDescription : $"{pretty}, kernel {kernel ?? RuntimeInformation.OSDescription}";
    }

    private static string? Run(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
