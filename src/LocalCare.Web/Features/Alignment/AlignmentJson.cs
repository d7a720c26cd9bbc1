using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Alignment;

/// <summary>The alignment matrix of one plan year: the partner priorities (columns) with how many deliverables each has, the deliverables by workplan with the priorities each supports, and those aligned to none.</summary>
/// <remarks>
/// <c>PlanYear</c>: "2024/25". <c>GroupedBy</c>: <c>workplan</c> or <c>priority</c> (<c>?group=</c>). <c>Groups</c>: the deliverables in
/// that grouping, each group with its code and name. <c>Workplans</c>: the deliverables by workplan whatever the grouping (as before
/// <c>group</c> existed). <c>Links</c>: deliverable-to-priority links in the matrix. <c>Unaligned</c>: codes of the deliverables aligned
/// to no partner priority.
/// </remarks>
public sealed record AlignmentMatrixJson(
    string PlanYear,
    IReadOnlyList<AlignmentPartnerPriorityJson> PartnerPriorities,
    IReadOnlyList<AlignmentWorkplanJson> Workplans,
    int Links,
    IReadOnlyList<string> Unaligned,
    string GroupedBy,
    IReadOnlyList<AlignmentGroupJson> Groups)
{
    /// <summary><paramref name="byWorkplan"/> is the same year's matrix by workplan: the view itself when it is grouped so.</summary>
    public static AlignmentMatrixJson From(AlignmentView view, AlignmentView byWorkplan) => new(
        view.Year.Label,
        [.. view.Matrix.Columns.Select(c => new AlignmentPartnerPriorityJson(c.Code, c.Partner.ToCode(), c.Partner.ToLabel(), c.Label, c.Title, c.Total))],
        [.. byWorkplan.Matrix.Groups.Select(g => new AlignmentWorkplanJson(g.Code, g.Name, Rows(byWorkplan, g)))],
        view.Matrix.Links,
        [.. view.Matrix.Unaligned.Select(r => r.Code)],
        view.Matrix.Grouping.ToCode(),
        [.. view.Matrix.Groups.Select(g => new AlignmentGroupJson(g.Code, g.Name, Rows(view, g)))]);

    private static List<AlignmentDeliverableJson> Rows(AlignmentView view, Core.Alignment.AlignmentGroup group) =>
        [.. group.Rows.Select(r => new AlignmentDeliverableJson(
            r.Code, r.Title, r.PriorityCode, r.PriorityName, [.. view.Matrix.Columns.Where((_, i) => r.Ticks[i]).Select(c => c.Code)], r.WorkplanCode))];
}

/// <summary>A group of the matrix's rows: a workplan (<c>CH</c>) or a corporate priority (<c>P2425-SAFE</c>), its name and deliverables.</summary>
public sealed record AlignmentGroupJson(string Code, string Name, IReadOnlyList<AlignmentDeliverableJson> Deliverables);

/// <summary>A partner priority, a column of the matrix; <c>Partner</c> is <c>acute_trust</c> or <c>council</c>, <c>Number</c> "P2", <c>Deliverables</c> how many are aligned to it.</summary>
public sealed record AlignmentPartnerPriorityJson(string Code, string Partner, string PartnerName, string Number, string Title, int Deliverables);

/// <summary>A workplan's deliverables in code order.</summary>
public sealed record AlignmentWorkplanJson(string Code, string Name, IReadOnlyList<AlignmentDeliverableJson> Deliverables);

/// <summary>A deliverable's row: its priority, its workplan and the codes of the partner priorities it is aligned to, in column order.</summary>
public sealed record AlignmentDeliverableJson(string Code, string Title, string PriorityCode, string PriorityName, IReadOnlyList<string> PartnerPriorities, string WorkplanCode);
