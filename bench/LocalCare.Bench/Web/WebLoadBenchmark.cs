using System.Globalization;
using System.Net;
using System.Text;
using LocalCare.Bench.Compute;
using LocalCare.Bench.Imports;
using LocalCare.Bench.WaitingLists;

namespace LocalCare.Bench.Web;

/// <summary>
/// The web app under load: N LCO-years set up as <c>localcare init --demo --demo-years N</c> does, the Release web app started over
/// them, signed in as the demo analyst, then for each of the IPR summary, a metric page and a board pack page: one warm-up request
/// (the first computes what is cached per import) and <c>wrk</c> at C connections for D seconds. Target: p95 ≤ 50 ms, no errors.
/// </summary>
public static class WebLoadBenchmark
{
    public const double MaxP95Milliseconds = 50;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(WebArguments arguments)
    {
#if DEBUG
        Console.Error.WriteLine("warning: a Debug build; run with -c Release for figures worth recording (nothing is appended to RESULTS.md).");
        arguments = arguments with { Record = false };
#endif
        if (!Wrk.Installed())
        {
            throw new ArgumentException("wrk is not installed: apt-get install wrk.");
        }

        var work = BenchWork.Prepare(arguments.Work);
        var started = DateTime.UtcNow;
        var machine = Machine.Describe();
        Console.WriteLine($"Work directory {work}; machine: {machine.Processors} processors, {machine.Cpu}, {machine.Memory}, {machine.Os}, {machine.Runtime}.");
        var size = ResultsReport.Size(arguments.Years);
        PhaseResult setup;
        var rows = new List<(string Page, string Path, int Bytes, double FirstSeconds, Wrk.Result Result, double ServerCpu)>();
        try
        {
            var data = Path.Combine(work, "data");
            Console.WriteLine($"{size}: init --demo, import and compute ...");
            setup = ChildProcess.RunPhase("web-setup", "--data", data, "--years", arguments.Years.ToString(Invariant));
            Console.WriteLine($"{size}: set up in {setup.Seconds:0.0} s, months {setup.Notes["from"]} to {setup.Notes["to"]}, {setup.Count("values"):#,0} metric values");
            await using var server = await WebServer.StartAsync(data);
            var cookie = await server.SignInAsync("analyst", DemoPassword(data, "analyst"));
            (string Page, string Path)[] pages =
            [
                ("IPR summary", "/performance"),
                ("metric page", "/performance/" + Uri.EscapeDataString(setup.Notes["metric"])),
                ("board pack page", $"/meetings/{setup.Notes["meeting"]}/pack"),
            ];
            foreach (var (page, path) in pages)
            {
                var url = new Uri(server.Address, path);
                var (bytes, first) = await WarmUpAsync(url, cookie);
                if (arguments.WaitIdle > 0)
                {
                    MachineLoad.WaitForIdle(TimeSpan.FromSeconds(arguments.WaitIdle));
                }

                var cpuBefore = server.CpuTime;
                var result = Wrk.Run(url, cookie, arguments.Connections, arguments.Seconds);
                var serverCpu = (server.CpuTime - cpuBefore).TotalSeconds;
                rows.Add((page, path, bytes, first, result, serverCpu));
                Console.WriteLine($"{page} {path}: first {first:0.000} s; p50 {result.P50:0.0} ms, p95 {result.P95:0.0} ms, p99 {result.P99:0.0} ms, {result.RequestsPerSecond:#,0} req/s, {result.Errors + result.Non2xx} errors");
            }
        }
        finally
        {
            if (!arguments.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }

        var met = rows.All(r => r.Result.P95 <= MaxP95Milliseconds && r.Result.Errors + r.Result.Non2xx == 0);
        var verdict = (met ? "Target met. " : "Target NOT met. ") + string.Create(Invariant, $"p95 {string.Join(", ", rows.Select(r => $"{r.Page} {r.Result.P95:0.0} ms"))}; target ≤ {MaxP95Milliseconds:0} ms with no errors.");
        var table = Table(arguments, rows);
        Console.WriteLine();
        Console.WriteLine(ComputeReport.Console(table));
        if (arguments.Record)
        {
            var path = WaitlistBenchmark.ResultsPath(arguments.Results);
            var text = new StringBuilder();
            text.AppendLine();
            text.AppendLine(Invariant, $"## Web under load (wrk), {started:yyyy-MM-dd HH:mm} UTC");
            text.AppendLine();
            text.AppendLine(Invariant, $"- date: `{started:ddd MMM d HH:mm:ss} UTC {started:yyyy}` (UTC, start of the run)");
            text.AppendLine(Invariant, $"- command: `{arguments.RecordedCommand()}`");
            text.AppendLine(Invariant, $"- machine: {machine.Processors} processors (`nproc`), {machine.Cpu}, {machine.Memory} RAM, {machine.Os}; {machine.Runtime}; {WrkVersion()}; wrk and the app share the machine");
            text.AppendLine(Invariant, $"- data: `localcare init --demo --demo-years {arguments.Years}` (demo organisation, {setup.Notes["from"]} to {setup.Notes["to"]}, {setup.Count("values"):#,0} metric values, SQLite app database); the Release web app in Production, signed in as the demo analyst");
            text.AppendLine(Invariant, $"- measured: per page one warm-up request (it computes what is cached until the next import), then `wrk -t2 -c{arguments.Connections} -d{arguments.Seconds}s`; latencies from wrk's own histogram. **{verdict}**");
            text.AppendLine();
            text.Append(ComputeReport.Markdown(table));
            File.AppendAllText(path, text.ToString());
            Console.WriteLine($"Appended to {path}.");
        }

        Console.WriteLine(verdict);
        return met ? 0 : 1;
    }

    /// <summary>One request as a browser would make it (it must be the page itself, 200, not a redirect to sign in); its size and seconds.</summary>
    private static async Task<(int Bytes, double Seconds)> WarmUpAsync(Uri url, string cookie)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        var clock = Stopwatch();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode}, not 200.");
        }

        return (body.Length, seconds);
    }

    private static System.Diagnostics.Stopwatch Stopwatch() => System.Diagnostics.Stopwatch.StartNew();

    private static string DemoPassword(string dataDirectory, string user) =>
        File.ReadLines(Path.Combine(dataDirectory, "demo-users.txt"))
            .Select(l => l.Split('\t'))
            .FirstOrDefault(f => f.Length == 2 && f[0] == user)?[1]
        ?? throw new InvalidOperationException($"demo-users.txt has no {user}.");

    private static ComputeReport.Table Table(WebArguments arguments, List<(string Page, string Path, int Bytes, double FirstSeconds, Wrk.Result Result, double ServerCpu)> rows)
    {
        string Ms(double value) => value.ToString("0.0", Invariant);
        var lines = new List<(string, string[])>
        {
            ("address", [.. rows.Select(r => $"`{r.Path}`")]),
            ("page KB", [.. rows.Select(r => (r.Bytes / 1024.0).ToString("#,0", Invariant))]),
            ("first request s (computes and caches)", [.. rows.Select(r => r.FirstSeconds.ToString("0.000", Invariant))]),
            ($"p50 ms", [.. rows.Select(r => Ms(r.Result.P50))]),
            ($"p95 ms (target ≤ {MaxP95Milliseconds:0})", [.. rows.Select(r => Ms(r.Result.P95) + (r.Result.P95 <= MaxP95Milliseconds ? " ok" : " OVER"))]),
            ($"p99 ms", [.. rows.Select(r => Ms(r.Result.P99))]),
            ($"max ms", [.. rows.Select(r => Ms(r.Result.Max))]),
            ("requests / s", [.. rows.Select(r => r.Result.RequestsPerSecond.ToString("#,0", Invariant))]),
            ($"requests in {arguments.Seconds} s", [.. rows.Select(r => r.Result.Requests.ToString("#,0", Invariant))]),
            ("errors (socket / status ≥ 400)", [.. rows.Select(r => $"{r.Result.Errors} / {r.Result.Non2xx}")]),
            ("web app CPU s (of 2 cores × duration)", [.. rows.Select(r => r.ServerCpu.ToString("0.0", Invariant))]),
        };
        return new(["", .. rows.Select(r => r.Page)], lines);
    }

    private static string WrkVersion()
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("wrk", "-v") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            var text = (process!.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd()).Split('\n')[0].Trim();
            process.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "wrk not found";
        }
    }
}
