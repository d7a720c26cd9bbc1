using System.Globalization;

namespace LocalCare.Bench.Web;

/// <summary>The options of the <c>web</c> benchmark (see <see cref="BenchProgram.Usage"/>).</summary>
public sealed record WebArguments(int Years, int Seconds, int Connections, string? Work, bool Keep, int WaitIdle, string? Results, bool Record, IReadOnlyList<string> Raw)
{
    public static WebArguments Parse(IReadOnlyList<string> args)
    {
        int years = 10, seconds = 30, connections = 50, waitIdle = 0;
        string? work = null, results = null;
        bool keep = false, record = true;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--years":
                    years = Whole(Value(), "--years", 1, 30);
                    break;
                case "--duration":
                    seconds = Whole(Value(), "--duration", 1, 600);
                    break;
                case "--connections":
                    connections = Whole(Value(), "--connections", 1, 1000);
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

        return new WebArguments(years, seconds, connections, work, keep, waitIdle, results, record, [.. args]);
    }

    /// <summary>The command line as recorded in RESULTS.md.</summary>
    public string RecordedCommand() =>
        "dotnet run -c Release --project bench/LocalCare.Bench -- web" + string.Concat(Raw.Select(a => " " + a));

    private static int Whole(string text, string option, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max} (not '{text}').");
}
