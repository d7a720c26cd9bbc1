using System.Globalization;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The CPU time of a PostgreSQL server on this machine, from <c>/proc</c>: the postmaster's own and its reaped children's, plus
/// every live child's (backends, parallel workers, background processes). A parallel worker lives for one query and is reaped by
/// the postmaster, so its time moves from the live sum to the reaped one: the difference of two readings counts it once. Other
/// processes' work is not in it, so the benchmark can tell the server's work from other work on the machine.
/// </summary>
public sealed class PostgresServerCpu
{
    /// <summary>Clock ticks per second in /proc's figures: Linux's USER_HZ, which its ABI fixes at 100.</summary>
    private const double TicksPerSecond = 100;

    private readonly int _postmaster;

    private PostgresServerCpu(int postmaster)
    {
        _postmaster = postmaster;
    }

    /// <summary>The server of the session whose backend is <paramref name="backendPid"/>; null when it is not visible here (another machine, no /proc).</summary>
    public static PostgresServerCpu? Of(int backendPid) =>
        Stat(backendPid) is { } backend && Stat(backend.Parent) is not null ? new PostgresServerCpu(backend.Parent) : null;

    /// <summary>The server's CPU seconds so far (user + system), every process of it included.</summary>
    public double Seconds()
    {
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Stat(pid) is { } stat)
            {
                if (pid == _postmaster)
                {
                    ticks += stat.Own + stat.Reaped;
                }
                else if (stat.Parent == _postmaster)
                {
                    ticks += stat.Own;
                }
            }
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The parent, own CPU ticks (user + system) and reaped children's ticks of a process; null when it has gone or is not readable.</summary>
    private static (int Parent, long Own, long Reaped)? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ...; comm may hold spaces.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
        return ((int)Field(1), Field(11) + Field(12), Field(13) + Field(14));
    }
}
