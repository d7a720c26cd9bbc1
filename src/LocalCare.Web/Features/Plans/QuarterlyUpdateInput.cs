using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Plans;

/// <summary>A quarterly update as posted (form or API): the status code, the commentary and the action.</summary>
public sealed class QuarterlyUpdateInput
{
    public string? Status { get; set; }

    public string? Commentary { get; set; }

    public string? Action { get; set; }

    public static QuarterlyUpdateInput From(DeliverableUpdate? update) =>
        new() { Status = update?.Status.ToCode(), Commentary = update?.Commentary, Action = update?.Action };

    /// <summary>The update it describes, or the problems by field (<c>status</c>, <c>commentary</c>, <c>action</c>).</summary>
    public (DeliverableUpdate? Update, IReadOnlyList<FieldProblem> Problems) ToUpdate(string deliverableCode, int quarter)
    {
        if (!DeliverableStatuses.TryParse(Status, out var status))
        {
            return (null, [new("status", "Select the deliverable's status")]);
        }

        var update = new DeliverableUpdate
        {
            DeliverableCode = deliverableCode,
            Quarter = quarter,
            Status = status,
            Commentary = Commentary?.Trim() ?? "",
            Action = Action?.Trim() ?? "",
        };
        return update.Problems() is { Count: > 0 } problems ? (null, problems) : (update, []);
    }
}
