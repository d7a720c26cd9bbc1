using System.Globalization;
using System.Text;
using LocalCare.Bench.Imports;

namespace LocalCare.Bench.Compute;

/// <summary>
/// The compute benchmark's figures as tables — one column per size — each printable as an aligned console table or as markdown
/// for RESULTS.md: the results, where the recompute's time goes, each statement on both engines, and SPC.
/// </summary>
public static class ComputeReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The extracts other than referrals and contacts, whose rows share one line of the table.</summary>
    private static readonly string[] OtherTables = ["activity_plan", "workforce", "incidents", "experience", "virtual_ward"];

    public sealed record Table(string[] Header, List<(string Label, string[] Cells)> Rows);

    public static Table Results(IReadOnlyList<ComputeSizeResult> sizes)
    {
        string[] Each(Func<ComputeSizeResult, string> cell) => [.. sizes.Select(cell)];
        string Rows(ComputeSizeResult s, string table) => Count(s.Setup.Count("rows_" + table));
        return new(["", .. sizes.Select(s => ResultsReport.Size(s.Years))],
        [
            ("months computed", Each(s => $"{s.Setup.Notes["from"]} to {s.Setup.Notes["to"]} ({s.Setup.Notes["months"]})")),
            ("referrals / contacts (rows)", Each(s => $"{Rows(s, "referrals")} / {Rows(s, "contacts")}")),
            ("activity_plan / workforce / incidents / experience / virtual_ward (rows)", Each(s =>
                string.Join(" / ", OtherTables.Select(t => Rows(s, t))))),
            ("CSV MB (all files)", Each(s => Mb(s.Generate.Count("all_bytes")))),
            ("generate s / localcare import s (set-up, not timed)", Each(s => $"{Seconds(s.Generate.Seconds)} / {Seconds(Note(s.Setup, "import_seconds"))}")),
            ("first compute s (into an empty table; not timed)", Each(s => Seconds(Note(s.Setup, "first_compute_seconds")))),
            ("PostgreSQL load s (CREATE, COPY, VACUUM ANALYZE; not timed)", Each(s => Seconds(s.PostgresLoad.Seconds))),
            ("metric values stored per recompute", Each(s => Count(s.Recompute[0].Count("values")))),
            ("repeats", Each(s => s.Recompute.Count.ToString(Invariant))),
            ($"LocalCare full recompute s (median; target <= {ComputeSizeResult.MaxSeconds:0} s at {ComputeSizeResult.TargetYears} LCO-years)",
                Each(s => Seconds(s.RecomputeSeconds) + (!s.Judged || s.Years > ComputeSizeResult.TargetYears ? "" : s.TimeMet ? " ok" : " OVER"))),
            ("  its CPU s (median; user + system, all threads)", Each(s => Seconds(s.RecomputeCpuSeconds))),
            ("DuckDB SQL alone s (median; sandbox, derived relations + base rows)", Each(s => Seconds(s.DuckDbSeconds))),
            ("  its CPU s (median)", Each(s => Seconds(s.DuckDbCpuSeconds))),
            ("PostgreSQL SQL s (median; the same statements)", Each(s => Seconds(s.PostgresSeconds))),
            ("  its CPU s (median; the server's processes, parallel workers included, and the client)", Each(s => Seconds(s.PostgresCpuSeconds))),
            ($"ratio PostgreSQL SQL / LocalCare full recompute (target >= {ComputeSizeResult.MinRatio:0} at {ComputeSizeResult.TargetYears} LCO-years)",
                Each(s => Ratio(s.Ratio) + (!s.Judged ? "" : s.RatioMet ? " ok" : " UNDER"))),
            ("ratio PostgreSQL SQL / DuckDB SQL", Each(s => Ratio(s.SqlRatio))),
            ("base rows read (all metrics)", Each(s => Count(s.DuckDb[0].Count("base_rows")))),
            ("same base rows on both engines (per metric: rows and sums)", Each(s => s.Differences.Count == 0 ? "yes" : $"NO ({s.Differences.Count} metrics)")),
            ("recompute: values stored per s", Each(s => Count((long)(s.Recompute[0].Count("values") / s.RecomputeSeconds)))),
            ("peak memory MB: recompute / DuckDB SQL / set-up", Each(s => $"{Mb(SizeResult.Peak(s.Recompute))} / {Mb(SizeResult.Peak(s.DuckDb))} / {Mb(s.Setup.PeakBytes)}")),
            ("warehouse MB / app database MB / PostgreSQL database MB", Each(s =>
                $"{Mb(s.Setup.Count("warehouse_bytes"))} / {Mb(s.Recompute[^1].Count("app_database_bytes"))} / {Mb(s.PostgresLoad.Count("database_bytes"))}")),
            ("machine used by other processes during a phase (max)", Each(s => Share(s.MaxOthers))),
            ("recompute s, each repeat [others' share]", Each(s => Repeats(s.Recompute))),
            ("DuckDB SQL s, each repeat [others' share]", Each(s => Repeats(s.DuckDb))),
            ("PostgreSQL SQL s, each repeat [others' share]", Each(s => Repeats(s.Postgres))),
        ]);
    }

    /// <summary>
    /// The recompute step by step (the profile run with the median total): first the phases summed — load, derived relations,
    /// queries, roll-ups, store — then every step, with wall and CPU seconds.
    /// </summary>
    public static Table Profile(IReadOnlyList<ComputeSizeResult> sizes)
    {
        var steps = sizes.SelectMany(s => s.Profile.Steps.Select(t => t.Step)).Distinct().ToList();
        string[] Sum(Func<StepTiming, bool> which) =>
            [.. sizes.Select(s => s.Profile.Steps.Where(which).ToList() is var matching ? $"{Seconds(matching.Sum(t => t.Seconds))} ({Seconds(matching.Sum(t => t.CpuSeconds))})" : "")];
        bool IsQuery(StepTiming t) => t.Step.StartsWith(MetricStatements.QueryStep(""), StringComparison.Ordinal);
        bool IsRelation(StepTiming t) => t.Step.StartsWith(MetricStatements.RelationStep(""), StringComparison.Ordinal);
        bool IsRollup(StepTiming t) => t.Step.StartsWith(MetricStatements.RollupStep(""), StringComparison.Ordinal);
        bool IsStore(StepTiming t) => t.Step.StartsWith("store", StringComparison.Ordinal);
        var rows = new List<(string, string[])>
        {
            ("all derived relations", Sum(IsRelation)),
            ("all metric queries (base rows read into .NET)", Sum(IsQuery)),
            ("all roll-ups (to every unit and month)", Sum(IsRollup)),
            ("store (delete, insert, commit)", Sum(IsStore)),
            ("everything else (load, open and close the sandbox, manual values)", Sum(t => !IsQuery(t) && !IsRelation(t) && !IsRollup(t) && !IsStore(t))),
            ("total (profiled; the run with the median total)", [.. sizes.Select(s => $"{Seconds(s.Profile.Seconds)} ({Seconds(s.Profile.CpuSeconds)})")]),
            ("the real recompute, median (beside it, to show the replica does not drift)", [.. sizes.Select(s => $"{Seconds(s.RecomputeSeconds)} ({Seconds(s.RecomputeCpuSeconds)})")]),
            ("profile totals, each run", [.. sizes.Select(s => string.Join(" ", s.Profiles.Select(p => Seconds(p.Seconds))))]),
        };
        foreach (var step in steps)
        {
            rows.Add((step, [.. sizes.Select(s => Cell(s.Profile, step))]));
        }

        return new(["step", .. sizes.Select(s => ResultsReport.Size(s.Years) + ": s (CPU s)")], rows);
    }

    /// <summary>Each statement on both engines (each engine's run with the median total), and how many times slower PostgreSQL was.</summary>
    public static Table Statements(IReadOnlyList<ComputeSizeResult> sizes)
    {
        var header = new List<string> { "statement" };
        foreach (var size in sizes)
        {
            var name = ResultsReport.Size(size.Years);
            header.AddRange([$"{name}: DuckDB s (CPU s)", "PostgreSQL s (CPU s)", "ratio", "rows"]);
        }

        var steps = sizes.SelectMany(s => ComputeSizeResult.MedianRun(s.DuckDb).Steps.Select(t => t.Step)).Distinct().ToList();
        var rows = new List<(string, string[])>();
        foreach (var step in steps)
        {
            rows.Add((step, [.. sizes.SelectMany(s =>
            {
                var duck = ComputeSizeResult.MedianRun(s.DuckDb).Steps.FirstOrDefault(t => t.Step == step);
                var pg = ComputeSizeResult.MedianRun(s.Postgres).Steps.FirstOrDefault(t => t.Step == step);
                return new[]
                {
                    duck is null ? "-" : $"{Seconds(duck.Seconds)} ({Seconds(duck.CpuSeconds)})",
                    pg is null ? "-" : $"{Seconds(pg.Seconds)} ({Seconds(pg.CpuSeconds)})",
                    duck is null || pg is null ? "-" : Ratio(pg.Seconds / Math.Max(duck.Seconds, 0.0005)),
                    duck is null || duck.Rows < 0 ? "" : Count(duck.Rows),
                };
            })]));
        }

        rows.Add(("total (each engine's run with the median total)", [.. sizes.SelectMany(s => new[]
        {
            $"{Seconds(ComputeSizeResult.MedianRun(s.DuckDb).Seconds)} ({Seconds(ComputeSizeResult.MedianRun(s.DuckDb).CpuSeconds)})",
            $"{Seconds(ComputeSizeResult.MedianRun(s.Postgres).Seconds)} ({Seconds(ComputeSizeResult.MedianRun(s.Postgres).CpuSeconds)})",
            Ratio(ComputeSizeResult.MedianRun(s.Postgres).Seconds / ComputeSizeResult.MedianRun(s.DuckDb).Seconds), "",
        })]));
        return new([.. header], rows);
    }

    public static Table Spc(PhaseResult spc)
    {
        var series = spc.Count("series");
        var points = spc.Count("points");
        return new(["", "SPC"],
        [
            ("series (24 to 144 months each)", [Count(series)]),
            ("points", [Count(points)]),
            ("timed passes (after one untimed pass)", [SpcPhase.Passes.ToString(Invariant)]),
            ("s per pass (median; one thread)", [Seconds(spc.Seconds)]),
            ("CPU s (median pass)", [Seconds(spc.CpuSeconds)]),
            ("series/s", [Count((long)(series / spc.Seconds))]),
            ("points/s", [Count((long)(points / spc.Seconds))]),
            ("µs per series", [(spc.Seconds / series * 1e6).ToString("0.0", Invariant)]),
            ("special-cause points found (each pass)", [Count(spc.Count("special_cause_points"))]),
            ("peak memory MB", [Mb(spc.PeakBytes)]),
            ("machine used by other processes meanwhile", [Share(SizeResult.Others(spc))]),
            ("s, each pass", [spc.Notes["passes"]]),
        ]);
    }

    public static string Console(Table table)
    {
        var labelWidth = Math.Max(table.Header[0].Length, table.Rows.Max(r => r.Label.Length));
        var widths = table.Header.Skip(1).Select((h, i) => Math.Max(h.Length, table.Rows.Max(r => r.Cells[i].Length))).ToArray();
        var text = new StringBuilder();
        text.AppendLine(Line(table.Header[0], [.. table.Header.Skip(1)]));
        text.AppendLine(new string('-', labelWidth + widths.Sum(w => w + 3)));
        foreach (var (label, cells) in table.Rows)
        {
            text.AppendLine(Line(label, cells));
        }

        return text.ToString();

        string Line(string label, string[] cells) =>
            label.PadRight(labelWidth) + string.Concat(cells.Select((c, i) => "   " + c.PadLeft(widths[i])));
    }

    public static string Markdown(Table table)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"| {string.Join(" | ", table.Header)} |");
        text.AppendLine(Invariant, $"|---|{string.Concat(table.Header.Skip(1).Select(_ => "---:|"))}");
        foreach (var (label, cells) in table.Rows)
        {
            text.AppendLine(Invariant, $"| {label} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }

    private static string Cell(PhaseResult profile, string step)
    {
        var matching = profile.Steps.Where(s => s.Step == step).ToList();
        return matching.Count == 0 ? "-" : $"{Seconds(matching.Sum(s => s.Seconds))} ({Seconds(matching.Sum(s => s.CpuSeconds))})";
    }

    private static double Note(PhaseResult phase, string name) => double.Parse(phase.Notes[name], Invariant);

    private static string Repeats(List<PhaseResult> phases) =>
        string.Join(" ", phases.Select(r => $"{Seconds(r.Seconds)} [{Share(SizeResult.Others(r))}]"));

    private static string Share(double share) => double.IsNaN(share) ? "n/a" : (share * 100).ToString("0", Invariant) + "%";

    private static string Count(long value) => value.ToString("#,0", Invariant);

    private static string Mb(long bytes) => (bytes / 1e6).ToString("#,0.0", Invariant);

    private static string Seconds(double seconds) => seconds.ToString(seconds < 10 ? "0.000" : "0.00", Invariant);

    private static string Ratio(double ratio) => ratio.ToString("0.00", Invariant);
}
