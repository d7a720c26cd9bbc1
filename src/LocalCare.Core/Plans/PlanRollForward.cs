using LocalCare.Core.Boards;
using LocalCare.Core.Portfolio;

namespace LocalCare.Core.Plans;

/// <summary>
/// Starts next year's operating plan from this one: the vision, the priorities and the KLOEs (with their metrics and boards)
/// are copied under next year's codes, and the transformation portfolio as <see cref="PortfolioRollForward.Next"/> says; no
/// deliverable is copied, but each of this year's gets a "delivered?" review, whose answer can carry it forward
/// (<see cref="CarryForward"/>).
/// </summary>
public static class PlanRollForward
{
    /// <summary>What to add for <paramref name="from"/>'s next year.</summary>
    public static RolledPlan Start(
        PlanYear from, IEnumerable<VisionStatement> vision, IEnumerable<Priority> priorities, IEnumerable<Kloe> kloes, IEnumerable<Deliverable> deliverables,
        IEnumerable<Programme>? programmes = null)
    {
        var to = from.Next;
        return new RolledPlan(
            to,
            [.. vision.Where(v => v.PlanYear == from).OrderBy(v => v.Order).Select(v => new VisionStatement { PlanYear = to, Order = v.Order, Text = v.Text })],
            [.. priorities.Where(p => p.PlanYear == from).OrderBy(p => p.Order).Select(p => new Priority
            {
                Code = PlanCodes.ForYear(p.Code, from, to), PlanYear = to, Order = p.Order, Name = p.Name, Summary = p.Summary,
            })],
            [.. kloes.Where(k => k.PlanYear == from).OrderBy(k => k.Order).Select(k =>
            {
                var code = PlanCodes.ForYear(k.Code, from, to);
                return new Kloe
                {
                    Code = code, PlanYear = to, Order = k.Order, Theme = k.Theme, Description = k.Description, Measures = k.Measures, BoardCode = k.BoardCode,
                    Metrics = [.. k.Metrics.Select(m => new KloeMetric { KloeCode = code, MetricId = m.MetricId })],
                };
            })],
            [.. deliverables.Where(d => d.PlanYear == from).OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => new DeliverableReview
            {
                DeliverableCode = d.Code,
                Outcome = DeliverableOutcome.Pending,
            })],
            PortfolioRollForward.Next(from, programmes ?? []));
    }

    /// <summary>
    /// Next year's copy of <paramref name="deliverable"/>: a new code in its workplan, the same text, owner, due quarter, partner
    /// priorities and metrics, under next year's version of its priority; no updates or milestones.
    /// </summary>
    public static Deliverable CarryForward(Deliverable deliverable, IEnumerable<string> nextYearCodes)
    {
        var from = deliverable.PlanYear;
        var to = from.Next;
        var code = PlanCodes.NextDeliverable(to, deliverable.WorkplanCode, nextYearCodes);
        return new Deliverable
        {
            Code = code,
            PlanYear = to,
            PriorityCode = PlanCodes.ForYear(deliverable.PriorityCode, from, to),
            WorkplanCode = deliverable.WorkplanCode,
            Title = deliverable.Title,
            Description = deliverable.Description,
            Owner = deliverable.Owner,
            OwnerUserName = deliverable.OwnerUserName,
            DueQuarter = deliverable.DueQuarter,
            Alignments = [.. deliverable.Alignments.Select(a => new DeliverableAlignment { DeliverableCode = code, PartnerPriorityCode = a.PartnerPriorityCode })],
            Metrics = [.. deliverable.Metrics.Select(m => new DeliverableMetric { DeliverableCode = code, MetricId = m.MetricId })],
        };
    }
}

/// <summary>Next year's plan as started: its vision, priorities, KLOEs and portfolio, and a pending review of each of last year's deliverables.</summary>
public sealed record RolledPlan(
    PlanYear Year, IReadOnlyList<VisionStatement> Vision, IReadOnlyList<Priority> Priorities, IReadOnlyList<Kloe> Kloes, IReadOnlyList<DeliverableReview> Reviews,
    IReadOnlyList<Programme> Programmes);
