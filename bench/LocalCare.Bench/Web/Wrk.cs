using System.Diagnostics;
using System.Globalization;

namespace LocalCare.Bench.Web;

/// <summary>One <c>wrk</c> run (Debian's wrk) against one address, with its latency percentiles from a Lua <c>done</c> hook (wrk's own report has no p95).</summary>
public static class Wrk
{
    /// <summary>wrk's results: latencies in milliseconds, throughput in requests a second; errors are connect, read, write, timeout and status ≥ 400.</summary>
    public sealed record Result(double P50, double P95, double P99, double Max, double RequestsPerSecond, long Requests, long Errors, long Non2xx, double Seconds);

    private const string Script = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format("LC %f %f %f %f %d %d %d %d\n",
            latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
            summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status))
        end
        """;

    public static bool Installed() => File.Exists("/usr/bin/wrk");

    public static Result Run(Uri url, string cookie, int connections, int seconds)
    {
        var script = Path.Combine(Path.GetTempPath(), $"localcare-wrk-{Environment.ProcessId}.lua");
        File.WriteAllText(script, Script);
        try
        {
            var start = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "-s", script, "-H", "Cookie: " + cookie, url.ToString()])
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("LC ", StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"wrk wrote no result: {output} {process.StandardError.ReadToEnd()}");
            var f = line.Split(' ');
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            long L(int i) => long.Parse(f[i], CultureInfo.InvariantCulture);
            var duration = L(6) / 1e6;
            return new Result(D(1), D(2), D(3), D(4), L(5) / duration, L(5), L(7), L(8), duration);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
