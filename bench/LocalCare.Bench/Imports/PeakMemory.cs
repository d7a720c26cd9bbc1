using System.Diagnostics;
using System.Globalization;

namespace LocalCare.Bench.Imports;

/// <summary>
/// The process's peak resident memory: on Linux <c>VmHWM</c> of <c>/proc/self/status</c> (the high-water mark of the resident set,
/// native DuckDB memory included), elsewhere <see cref="Process.PeakWorkingSet64"/>.
/// </summary>
public static class PeakMemory
{
    public static long Bytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
