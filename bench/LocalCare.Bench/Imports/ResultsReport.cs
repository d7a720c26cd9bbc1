using System.Globalization;
using System.Text;

namespace LocalCare.Bench.Imports;

/// <summary>The figures as an aligned console table and as a markdown section for RESULTS.md: one column per size.</summary>
public static class ResultsReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Label and one cell per size.</summary>
    public static List<(string Label, string[] Cells)> Rows(IReadOnlyList<SizeResult> sizes)
    {
        string[] Each(Func<SizeResult, string> cell) => [.. sizes.Select(cell)];
        return
        [
            ("months", Each(s => s.Generate.Notes["months"])),
            ("contacts", Each(s => Count(s.Contacts))),
            ("referrals", Each(s => Count(s.Referrals))),
            ("rows (contacts + referrals)", Each(s => Count(s.Rows))),
            ("input MB (the two CSV files)", Each(s => Mb(s.InputBytes))),
            ("generate s (all 8 files; not in the ratio)", Each(s => Seconds(s.Generate.Seconds))),
            ("repeats", Each(s => s.Bare.Count.ToString(Invariant))),
            ("bare scan s (median)", Each(s => Seconds(s.BareSeconds))),
            ("import s (median)", Each(s => Seconds(s.ImportSeconds))),
            ($"ratio import / bare (target <= {SizeResult.Target})", Each(s => Ratio(s.Ratio) + (s.Ratio <= SizeResult.Target ? " ok" : " OVER"))),
            ("re-import s (median; upsert of the same files)", Each(s => Seconds(s.ReimportSeconds))),
            ("ratio re-import / bare", Each(s => Ratio(s.ReimportRatio))),
            ("bare CPU s (median; user + system, all threads)", Each(s => Seconds(s.BareCpuSeconds))),
            ("import CPU s (median)", Each(s => Seconds(s.ImportCpuSeconds))),
            ("re-import CPU s (median)", Each(s => Seconds(s.ReimportCpuSeconds))),
            ("CPU ratio import / bare", Each(s => Ratio(s.ImportCpuSeconds / s.BareCpuSeconds))),
            ("machine used by other processes during a phase (max)", Each(s => Share(s.MaxOthers))),
            ("bare rows/s", Each(s => Count((long)(s.Rows / s.BareSeconds)))),
            ("import rows/s", Each(s => Count((long)(s.Rows / s.ImportSeconds)))),
            ("re-import rows/s", Each(s => Count((long)(s.Rows / s.ReimportSeconds)))),
            ("bare MB/s", Each(s => Rate(s.InputBytes / 1e6 / s.BareSeconds))),
            ("import MB/s", Each(s => Rate(s.InputBytes / 1e6 / s.ImportSeconds))),
            ("re-import MB/s", Each(s => Rate(s.InputBytes / 1e6 / s.ReimportSeconds))),
            ("peak memory MB: generate", Each(s => Mb(s.Generate.PeakBytes))),
            ("peak memory MB: bare scan", Each(s => Mb(SizeResult.Peak(s.Bare)))),
            ("peak memory MB: import", Each(s => Mb(SizeResult.Peak(s.Import)))),
            ("peak memory MB: re-import", Each(s => Mb(SizeResult.Peak(s.Reimport)))),
            ("database file MB: bare / warehouse", Each(s => $"{Mb(s.Bare[^1].Count("database_bytes"))} / {Mb(s.Reimport[^1].Count("database_bytes"))}")),
            ("bare scan s, each repeat [others' share]", Each(s => Repeats(s.Bare))),
            ("import s, each repeat [others' share]", Each(s => Repeats(s.Import))),
            ("re-import s, each repeat [others' share]", Each(s => Repeats(s.Reimport))),
        ];
    }

    public static string Console(IReadOnlyList<SizeResult> sizes)
    {
        var rows = Rows(sizes);
        var header = sizes.Select(s => Size(s.Years)).ToArray();
        var labelWidth = rows.Max(r => r.Label.Length);
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r.Cells[i].Length))).ToArray();
        var text = new StringBuilder();
        text.AppendLine(Line("", header));
        text.AppendLine(new string('-', labelWidth + widths.Sum(w => w + 3)));
        foreach (var (label, cells) in rows)
        {
            text.AppendLine(Line(label, cells));
        }

        return text.ToString();

        string Line(string label, string[] cells) =>
            label.PadRight(labelWidth) + string.Concat(cells.Select((c, i) => "   " + c.PadLeft(widths[i])));
    }

    public static string Markdown(IReadOnlyList<SizeResult> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"| | {string.Join(" | ", sizes.Select(s => Size(s.Years)))} |");
        text.AppendLine(Invariant, $"|---|{string.Concat(sizes.Select(_ => "---:|"))}");
        foreach (var (label, cells) in Rows(sizes))
        {
            text.AppendLine(Invariant, $"| {label} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }

    /// <summary>Each profiled step with its seconds per variant (a column per variant), steps in the order they ran.</summary>
    public static string Profile(List<PhaseResult> profiles, List<PhaseResult> orderChecks, bool markdown)
    {
        var variants = profiles.Select(p => p.Notes["variant"]).ToArray();
        var steps = profiles.SelectMany(p => p.Steps.Select(s => s.Step)).Distinct().ToList();
        var rows = steps.Select(step => (step, profiles.Select(p => Cell(p, step)).ToArray())).ToList();
        rows.Add(("total (profiled; the run with the median total)", profiles.Select(p => $"{Seconds(p.Seconds)} ({Seconds(p.CpuSeconds)})").ToArray()));
        rows.Add(("total, each run", profiles.Select(p => p.Notes.GetValueOrDefault("runs") ?? Seconds(p.Seconds)).ToArray()));
        rows.Add(("peak memory MB", profiles.Select(p => Mb(p.PeakBytes)).ToArray()));
        rows.Add(("machine used by other processes meanwhile", profiles.Select(p => Share(SizeResult.Others(p))).ToArray()));
        if (orderChecks.Count > 0)
        {
            foreach (var table in new[] { "referrals", "contacts" })
            {
                rows.Add(($"{table}: rows numbered out of file order (must be 0)", profiles.Select(p =>
                    orderChecks.FirstOrDefault(o => o.Notes["variant"] == p.Notes["variant"]) is { } o ? Count(o.Count($"{table}_out_of_order")) : "-").ToArray()));
            }
        }
        var text = new StringBuilder();
        if (markdown)
        {
            text.AppendLine(Invariant, $"| step | {string.Join(" | ", variants.Select(v => v + ": s (CPU s)"))} |");
            text.AppendLine(Invariant, $"|---|{string.Concat(variants.Select(_ => "---:|"))}");
            foreach (var (step, cells) in rows)
            {
                text.AppendLine(Invariant, $"| {step} | {string.Join(" | ", cells)} |");
            }

            return text.ToString();
        }

        var labelWidth = rows.Max(r => r.Item1.Length);
        var widths = variants.Select((v, i) => Math.Max(v.Length, rows.Max(r => r.Item2[i].Length))).ToArray();
        text.AppendLine("step".PadRight(labelWidth) + string.Concat(variants.Select((v, i) => "   " + v.PadLeft(widths[i]))));
        foreach (var (step, cells) in rows)
        {
            text.AppendLine(step.PadRight(labelWidth) + string.Concat(cells.Select((c, i) => "   " + c.PadLeft(widths[i]))));
        }

        return text.ToString();
    }

    private static string Cell(PhaseResult profile, string step)
    {
        var matching = profile.Steps.Where(s => s.Step == step).ToList();
        return matching.Count == 0 ? "-" : $"{Seconds(matching.Sum(s => s.Seconds))} ({Seconds(matching.Sum(s => s.CpuSeconds))})";
    }

    private static string Repeats(List<PhaseResult> phases) =>
        string.Join(" ", phases.Select(r => $"{Seconds(r.Seconds)} [{Share(SizeResult.Others(r))}]"));

    private static string Share(double share) => double.IsNaN(share) ? "n/a" : (share * 100).ToString("0", Invariant) + "%";

    public static string Size(int years) => years == 1 ? "1 LCO-year" : $"{years} LCO-years";

    private static string Count(long value) => value.ToString("#,0", Invariant);

    private static string Mb(long bytes) => (bytes / 1e6).ToString("#,0.0", Invariant);

    private static string Seconds(double seconds) => seconds.ToString(seconds < 10 ? "0.000" : "0.00", Invariant);

    private static string Ratio(double ratio) => ratio.ToString("0.00", Invariant);

    private static string Rate(double rate) => rate.ToString("#,0.0", Invariant);
}
