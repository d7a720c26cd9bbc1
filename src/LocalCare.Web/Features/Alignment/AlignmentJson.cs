using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Alignment;

/// <summary>The alignment matrix of one plan year: the partner priorities (columns) with how many deliverables each has, the deliverables by workplan with the priorities each supports, and those aligned to none.</summary>
/// <remarks><c>PlanYear</c>: "2024/25". <c>Links</c>: deliverable-to-priority links in the matrix. <c>Unaligned</c>: codes of the deliverables aligned to no partner priority.</remarks>
public sealed record AlignmentMatrixJson(
    string PlanYear,
    IReadOnlyList<AlignmentPartnerPriorityJson> PartnerPriorities,
    IReadOnlyList<AlignmentWorkplanJson> Workplans,
    int Links,
    IReadOnlyList<string> Unaligned)
{
    public static AlignmentMatrixJson From(AlignmentView view) => new(
        view.Year.Label,
        [.. view.Matrix.Columns.Select(c => new AlignmentPartnerPriorityJson(c.Code, c.Partner.ToCode(), c.Partner.ToLabel(), c.Label, c.Title, c.Total))],
        [.. view.Matrix.Groups.Select(g => new AlignmentWorkplanJson(g.WorkplanCode, g.WorkplanName, [.. g.Rows.Select(r => new AlignmentDeliverableJson(
            r.Code, r.Title, r.PriorityCode, r.PriorityName, [.. view.Matrix.Columns.Where((_, i) => r.Ticks[i]).Select(c => c.Code)]))]))],
        view.Matrix.Links,
        [.. view.Matrix.Unaligned.Select(r => r.Code)]);
}

/// <summary>A partner priority, a column of the matrix; <c>Partner</c> is <c>acute_trust</c> or <c>council</c>, <c>Number</c> "P2", <c>Deliverables</c> how many are aligned to it.</summary>
public sealed record AlignmentPartnerPriorityJson(string Code, string Partner, string PartnerName, string Number, string Title, int Deliverables);

/// <summary>A workplan's deliverables in code order.</summary>
public sealed record AlignmentWorkplanJson(string Code, string Name, IReadOnlyList<AlignmentDeliverableJson> Deliverables);

/// <summary>A deliverable's row: its priority and the codes of the partner priorities it is aligned to, in column order.</summary>
public sealed record AlignmentDeliverableJson(string Code, string Title, string PriorityCode, string PriorityName, IReadOnlyList<string> PartnerPriorities);
