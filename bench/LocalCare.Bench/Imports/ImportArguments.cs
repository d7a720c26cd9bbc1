using System.Globalization;

namespace LocalCare.Bench.Imports;

/// <summary>The options of the <c>import</c> benchmark (see <see cref="BenchProgram.Usage"/>).</summary>
public sealed record ImportArguments(
    IReadOnlyList<int> Years, int? Repeat, string? Work, bool Keep, bool Profile, bool Experiments, string? Results, bool Record, int WaitIdle, IReadOnlyList<string> Raw)
{
    /// <summary>Repeats for a size when --repeat is not given: 3 for small sizes, 2 for 5 years and more (each 10-year repeat takes minutes).</summary>
    public int RepeatsFor(int years) => Repeat ?? (years < 5 ? 3 : 2);

    public static ImportArguments Parse(IReadOnlyList<string> args)
    {
        IReadOnlyList<int> years = [1, 10];
        int? repeat = null;
        string? work = null;
        string? results = null;
        bool keep = false, profile = false, experiments = false, record = true;
        var waitIdle = 0;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--years":
                    years = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(y => Whole(y, "--years", 1, 30))];
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
                case "--profile":
                    profile = true;
                    break;
                case "--experiments":
                    experiments = true;
                    break;
                case "--no-record":
                    record = false;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        if (years.Count == 0)
        {
            throw new ArgumentException("--years needs at least one size.");
        }

        return new ImportArguments(years, repeat, work, keep, profile, experiments, results, record, waitIdle, [.. args]);
    }

    private static int Whole(string text, string option, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{option} must be a whole number from {min} to {max} (not '{text}').");
}
