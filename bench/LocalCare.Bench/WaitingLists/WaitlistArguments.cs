using System.Globalization;

namespace LocalCare.Bench.WaitingLists;

/// <summary>The options of the <c>waitlist</c> benchmark (see <see cref="BenchProgram.Usage"/>).</summary>
public sealed record WaitlistArguments(int Years, int Repeat, string? Work, bool Keep, int WaitIdle, string? Results, bool Record, IReadOnlyList<string> Raw)
{
    public static WaitlistArguments Parse(IReadOnlyList<string> args)
    {
        var years = 10;
        var repeat = 3;
        string? work = null;
        string? results = null;
        bool keep = false, record = true;
        var waitIdle = 0;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--years":
                    years = Whole(Value(), "--years", 1, 30);
                    break;
                case "--repeat":
                    repeat = Whole(Value(), "--repeat", 1, 100);
                    break;
                case "--work":
                    work = Value();
                    break;
                case "--results":
                    results = Value();
                    break;
                case "--wait-idle":
                    waitIdle = Whole(Value(), "--wait-idle", 0, 3600);
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--no-record":
                    record = false;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return new WaitlistArguments(years, repeat, work, keep, waitIdle, results, record, [.. args]);
    }

    /// <summary>The command line as RESULTS.md records it.</summary>
    /// <summary>The command line as recorded in RESULTS.md; <paramref name="command"/> is the benchmark (this record also serves <c>pack</c>).</summary>
    public string RecordedCommand(string command = "waitlist") =>
        "dotnet run -c Release --project bench/LocalCare.Bench -- " + command + string.Concat(Raw.Select(a => " " + (a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a)));

    private static int Whole(string text, string option, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max} (not '{text}').");
}
