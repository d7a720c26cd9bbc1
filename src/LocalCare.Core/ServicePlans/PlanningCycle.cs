using System.Globalization;
using LocalCare.Core.Plans;

namespace LocalCare.Core.ServicePlans;

/// <summary>
/// The LCO's planning cycle for a plan year, as its operating plan lays it out: outline, guidance and templates in the third
/// quarter before the year; service plans written, submitted by 15 March and approved by 31 March in the fourth; the final
/// operating plan and neighbourhood plans on a page in the year's first quarter; quarterly progress reports to the
/// Accountability Board from the second. Also the lateness rule for each unit's plan.
/// </summary>
public sealed class PlanningCycle
{
    private PlanningCycle(PlanYear year, IReadOnlyList<PlanningStage> stages)
    {
        Year = year;
        Stages = stages;
        SubmissionDeadline = new DateOnly(year.StartYear, 3, 15);
        ApprovalDeadline = new DateOnly(year.StartYear, 3, 31);
    }

    public PlanYear Year { get; }

    public IReadOnlyList<PlanningStage> Stages { get; }

    /// <summary>Service plans are submitted by this day (15 March before the year starts).</summary>
    public DateOnly SubmissionDeadline { get; }

    /// <summary>Service plans are approved by this day (31 March, the day before the year starts).</summary>
    public DateOnly ApprovalDeadline { get; }

    public static PlanningCycle For(PlanYear year)
    {
        var before = year.Previous;
        PlanningStage[] stages =
        [
            new(
                "outline",
                "Outline, guidance and templates",
                before.Quarter(3),
                before.Quarter(3),
                [
                    "Set out the planning timescales and process",
                    "Take in the partners' annual planning guidance as it is released",
                    "Meet heads of service and assistant directors in each locality",
                    "Issue draft planning guidance and the service plan template",
                    "Take in the national NHS planning guidance (published in December)",
                    "Draft the parts of the operating plan",
                ],
                ["Draft framework of the operating plan", "Draft planning guidance", "Draft framework of the service plans"],
                [new("Draft planning guidance and service plan template issued", before.Quarter(3).End)]),
            new(
                "service-plans",
                "Service plans written, submitted and approved",
                before.Quarter(4),
                before.Quarter(4),
                [
                    "The executive approves the planning framework",
                    "Bring the NHS planning guidance into the operating plan",
                    "Confirm activity and finance targets",
                    "Issue updated planning guidance",
                    "Finalise the KPIs and dashboard and share them with service teams",
                    "Services and neighbourhood teams write their service plans and submit them",
                    "Leadership teams approve the service plans",
                    "Consult partners through the Accountability Board",
                    "Develop the framework that monitors the operating plan and service plans",
                ],
                ["Approved operating plan", "Service plans, complete and approved"],
                [
                    new("Service plans submitted", new DateOnly(year.StartYear, 3, 15)),
                    new("Service plans approved", new DateOnly(year.StartYear, 3, 31)),
                ]),
            new(
                "publish",
                "Final plan and plans on a page",
                year.Quarter(1),
                year.Quarter(1),
                [
                    "Write a summary of the operating plan",
                    "Turn the neighbourhood teams' service plans into neighbourhood plans on a page",
                    "Publish the final plans to staff, partners and the public through the communication and engagement plan",
                    "Start monitoring, aligned to the performance boards",
                ],
                ["Final operating plan", "Neighbourhood plans on a page"],
                [new("Final operating plan and plans on a page published", year.Quarter(1).End)]),
            new(
                "progress",
                "Quarterly progress reports",
                year.Quarter(2),
                year.Quarter(4),
                [
                    "Report progress to the Accountability Board every quarter",
                    "Clarify commissioning intentions for the next year",
                    "Clarify the adult social care budget strategy for the next year",
                    "Meet service leads in each locality twice a year",
                ],
                ["Quarterly progress reports to the Accountability Board"],
                [
                    new("Progress report on quarter 1", year.Quarter(2).End),
                    new("Progress report on quarter 2", year.Quarter(3).End),
                    new("Progress report on quarter 3", year.Quarter(4).End),
                ]),
        ];
        return new PlanningCycle(year, stages);
    }

    /// <summary>
    /// Whether a unit's plan is late on <paramref name="today"/>: after the submission deadline and neither submitted nor approved
    /// (a plan never started, <paramref name="status"/> null, counts; so does a returned one), or after the approval deadline and
    /// not approved. Null when it is not late; on a deadline day itself nothing is late yet.
    /// </summary>
    public PlanLateness? LatenessOf(ServicePlanStatus? status, DateOnly today)
    {
        if (today > SubmissionDeadline && status is not (ServicePlanStatus.Submitted or ServicePlanStatus.Approved))
        {
            return new PlanLateness(PlanLatenessKind.NotSubmitted, SubmissionDeadline);
        }

        return today > ApprovalDeadline && status != ServicePlanStatus.Approved ? new PlanLateness(PlanLatenessKind.NotApproved, ApprovalDeadline) : null;
    }

    /// <summary>The stage <paramref name="date"/> falls in; null before the cycle starts or after it ends.</summary>
    public PlanningStage? StageOn(DateOnly date) => Stages.FirstOrDefault(s => s.Contains(date));

    /// <summary>"15 March 2024".</summary>
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
