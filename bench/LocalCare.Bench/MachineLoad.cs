using System.Globalization;

namespace LocalCare.Bench;

/// <summary>
/// How busy the machine is with other work, from <c>/proc/stat</c>: the share of all processors' time that was not idle over a
/// short window (measured while the benchmark itself waits, so it is everyone else). A shared machine inflates wall-clock times.
/// </summary>
public static class MachineLoad
{
    public const double IdleEnough = 0.15;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>The busy share (0 to 1) over the next second; NaN where /proc/stat is missing.</summary>
    public static double BusyShare()
    {
        var before = Sample();
        Thread.Sleep(Window);
        var after = Sample();
        if (before is null || after is null)
        {
            return double.NaN;
        }

        var total = after.Value.Total - before.Value.Total;
        return total <= 0 ? 0 : 1 - ((after.Value.Idle - before.Value.Idle) / (double)total);
    }

    /// <summary>Waits up to <paramref name="maxWait"/> for the machine to be idle enough; returns the last busy share measured.</summary>
    public static double WaitForIdle(TimeSpan maxWait)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var busy = BusyShare();
        var told = false;
        while (busy > IdleEnough && waited.Elapsed < maxWait)
        {
            if (!told)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    (the machine is {busy:P0} busy with other work; waiting up to {maxWait.TotalSeconds:0} s for it to settle)"));
                told = true;
            }

            busy = BusyShare();
        }

        return busy;
    }

    /// <summary>
    /// The share of the machine other processes used between <paramref name="before"/> and now, given that the benchmark's own
    /// child used <paramref name="ownCpuSeconds"/> of CPU in <paramref name="seconds"/> of wall-clock time; NaN where unknown.
    /// </summary>
    public static double OthersShare((long Idle, long Total)? before, double seconds, double ownCpuSeconds)
    {
        var after = Sample();
        if (before is null || after is null || seconds <= 0)
        {
            return double.NaN;
        }

        var total = after.Value.Total - before.Value.Total;
        var busy = total <= 0 ? 0 : 1 - ((after.Value.Idle - before.Value.Idle) / (double)total);
        return Math.Max(0, busy - (ownCpuSeconds / (seconds * Environment.ProcessorCount)));
    }

    /// <summary>Idle and total jiffies of all processors so far, from the first line of /proc/stat.</summary>
    public static (long Idle, long Total)? Sample()
    {
        const string stat = "/proc/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        // cpu  user nice system idle iowait irq softirq steal guest guest_nice
        var fields = File.ReadLines(stat).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        return (fields[3] + fields[4], total);
    }
}
