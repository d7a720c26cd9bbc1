using LocalCare.Core.Plans;

namespace LocalCare.Core.Alignment;

/// <summary>
/// The operating plan's alignment matrix: every deliverable (rows, grouped by workplan in plan order, or by corporate priority
/// in priority order as the 2024/25 appendix groups them) against every partner priority (columns: the acute trust's P1–P5,
/// then the council's P1–P7), a tick where a deliverable is linked to a priority, how many deliverables each priority has, and
/// the deliverables linked to none.
/// </summary>
public sealed record AlignmentMatrix(
    IReadOnlyList<AlignmentColumn> Columns,
    IReadOnlyList<AlignmentGroup> Groups,
    IReadOnlyList<AlignmentRow> Unaligned,
    AlignmentGrouping Grouping = AlignmentGrouping.Workplan)
{
    /// <summary>Every row, group after group.</summary>
    public IEnumerable<AlignmentRow> Rows => Groups.SelectMany(g => g.Rows);

    /// <summary>Ticks in the whole matrix.</summary>
    public int Links => Columns.Sum(c => c.Total);

    /// <summary>
    /// Builds the matrix from the deliverables' links. Workplans and priorities give the order and names; a deliverable of a
    /// workplan not listed comes last under its code, and a link to a partner priority not listed is left out.
    /// </summary>
    /// <remarks>
    /// By priority, groups follow the priorities' order (a deliverable of a priority not listed comes last under its code) and
    /// rows within a group go by workplan, then code.
    /// </remarks>
    public static AlignmentMatrix Build(
        IEnumerable<Deliverable> deliverables, IEnumerable<PartnerPriority> partnerPriorities, IEnumerable<Workplan> workplans, IEnumerable<Priority> priorities,
        AlignmentGrouping grouping = AlignmentGrouping.Workplan)
    {
        var columns = partnerPriorities.OrderBy(p => p.Partner).ThenBy(p => p.Number).ToList();
        var index = columns.Select((p, i) => (p.Code, i)).ToDictionary(c => c.Code, c => c.i, StringComparer.Ordinal);
        var workplanList = workplans.OrderBy(w => w.Order).ToList();
        var workplanOrder = workplanList.Select((w, i) => (w.Code, i)).ToDictionary(w => w.Code, w => w.i, StringComparer.Ordinal);
        var workplanNames = workplanList.ToDictionary(w => w.Code, w => w.Name, StringComparer.Ordinal);
        var priorityList = priorities.OrderBy(p => p.Order).ToList();
        var priorityOrder = priorityList.Select((p, i) => (p.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var priorityNames = priorityList.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);

        var ordered = grouping == AlignmentGrouping.Priority
            ? deliverables.OrderBy(d => priorityOrder.GetValueOrDefault(d.PriorityCode, int.MaxValue)).ThenBy(d => d.PriorityCode, StringComparer.Ordinal)
                .ThenBy(d => workplanOrder.GetValueOrDefault(d.WorkplanCode, int.MaxValue))
            : deliverables.OrderBy(d => workplanOrder.GetValueOrDefault(d.WorkplanCode, int.MaxValue));
        var rows = ordered
            .ThenBy(d => d.WorkplanCode, StringComparer.Ordinal)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .Select(d =>
            {
                var ticks = new bool[columns.Count];
                foreach (var link in d.Alignments)
                {
                    if (index.TryGetValue(link.PartnerPriorityCode, out var column))
                    {
                        ticks[column] = true;
                    }
                }

                return new AlignmentRow(
                    d.Code, d.Title, d.WorkplanCode, d.PriorityCode, priorityNames.GetValueOrDefault(d.PriorityCode, d.PriorityCode), ticks,
                    workplanNames.GetValueOrDefault(d.WorkplanCode, d.WorkplanCode));
            })
            .ToList();

        var groups = grouping == AlignmentGrouping.Priority
            ? rows.GroupBy(r => r.PriorityCode).Select(g => new AlignmentGroup(g.Key, g.First().PriorityName, g.ToList())).ToList()
            : rows.GroupBy(r => r.WorkplanCode).Select(g => new AlignmentGroup(g.Key, g.First().WorkplanName, g.ToList())).ToList();
        var matrixColumns = columns.Select((p, i) => new AlignmentColumn(p.Code, p.Partner, p.Number, p.Title, rows.Count(r => r.Ticks[i]))).ToList();
        return new AlignmentMatrix(matrixColumns, groups, rows.Where(r => r.AlignedCount == 0).ToList(), grouping);
    }
}

/// <summary>A partner priority's column: which partner, its number (P1 is 1), its title, and how many deliverables are aligned to it.</summary>
public sealed record AlignmentColumn(string Code, Partner Partner, int Number, string Title, int Total)
{
    /// <summary>"P2".</summary>
    public string Label => $"P{Number}";

    /// <summary>"Acute trust P2".</summary>
    public string Name => $"{Partner.ToLabel()} {Label}";
}

/// <summary>The deliverables of one workplan (in code order) or one corporate priority (by workplan, then code): its code and name.</summary>
public sealed record AlignmentGroup(string Code, string Name, IReadOnlyList<AlignmentRow> Rows);

/// <summary>How the matrix's rows are grouped: by workplan (the plan's workplan tables) or by corporate priority (the 2024/25 appendix).</summary>
public enum AlignmentGrouping
{
    Workplan,
    Priority,
}

/// <summary>One deliverable's row; <see cref="Ticks"/> has one entry per column of the matrix, true where it is aligned.</summary>
public sealed record AlignmentRow(string Code, string Title, string WorkplanCode, string PriorityCode, string PriorityName, IReadOnlyList<bool> Ticks, string WorkplanName = "")
{
    public int AlignedCount => Ticks.Count(t => t);
}
