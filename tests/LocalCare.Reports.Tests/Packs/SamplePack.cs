using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Reports.Tests.Packs;

/// <summary>
/// A small hand-made pack for the Health Performance Board's November 2024 meeting (figures to October 2024): a concern with a
/// narrative (holding a script tag), a consistent fail whose narrative is to follow, a flagged metric with no narrative yet, a
/// stale count, a metric with no values; an overdue action, a decision, plan progress and waiting lists.
/// </summary>
public static class SamplePack
{
    public const string Concern = "crisis-response-2h";
    public const string Failing = "appraisal-compliance";
    public const string Flagged = "patient-experience";
    public const string Stale = "waiting-list-size";
    public const string Empty = "carer-assessments";

    public const string ScriptNarrative = "Falls in <script>alert('x')</script> & \"quotes\"";
    public const string ToFollowReason = "Data owner on leave until 25 November";

    public static readonly YearMonth Month = new(2024, 10);

    public static BoardPack Build() => BoardPackBuilder.Build(Input());

    public static PackInput Input() => new(
        new PackMeeting("HPB", "Health Performance Board", new DateOnly(2024, 11, 20), Month, 1),
        new CoverSheet(
            "HPB 24/113", "Integrated performance report", "Performance Team", "Director of Operations",
            PaperPurpose.Assurance, AssuranceLevel.Reasonable, ["Safe", "Responsive"], ["Care closer to home"], ["R12 Workforce <gaps>"],
            "Crisis response fell sharply in October.\nAppraisals remain below target."),
        [
            new PackMetricInput(
                Definition(Concern, "2-hour crisis response", MetricKind.Ratio, Direction.HigherIsBetter, "Urgent referrals seen within 2 hours / urgent referrals"),
                "Quality", Series(Concern, 24, i => i == 23 ? 0.60 : Alternate(i, 0.80, 0.81), ratio: true, target: 0.70), [], 0.70,
                [
                    new UnitValue("locality:N", "North", 0.72, 0.70),
                    new UnitValue("locality:S", "South", 0.48, 0.70),
                    new UnitValue("service:UCR", "Urgent community response", 0.60, 0.70),
                ],
                new DataQualityMark(Rag.Green, Rag.Amber, Rag.Green, Rag.Green), Flagged: false,
                new ExceptionNarrative(
                    ScriptNarrative, "Two vacancies in the South team.",
                    [new NarrativeAction("Recruit two band 6 nurses", "Head of Nursing", new DateOnly(2025, 1, 31))],
                    "Bank staff cover the weekend rota.", new YearMonth(2025, 2), "Jo Bloggs"),
                "urgent_referrals", "jo.bloggs"),
            new PackMetricInput(
                Definition(Failing, "Appraisal compliance", MetricKind.Ratio, Direction.HigherIsBetter, "Staff with an appraisal in 12 months / staff in post"),
                "Workforce", Series(Failing, 24, i => Alternate(i, 0.80, 0.81), ratio: true, target: 0.95), [], 0.95, [],
                new DataQualityMark(Rag.Green, Rag.Green, Rag.Red, Rag.Green), Flagged: false,
                new ExceptionNarrative("", "", [], "", null, "Sam Smith", ToFollowReason),
                "esr_appraisals", "sam.smith"),
            new PackMetricInput(
                Definition(Flagged, "Patient experience score", MetricKind.Mean, Direction.HigherIsBetter, "Sum of scores / responses"),
                "Quality", Series(Flagged, 18, i => Alternate(i, 4.1, 4.3), ratio: false, target: 4.2), [], 4.2, [],
                new DataQualityMark(Rag.Amber, Rag.Green, Rag.Green, Rag.Red), Flagged: true, Narrative: null,
                "entered by hand", null),
            new PackMetricInput(
                Definition(Stale, "Waiting list size", MetricKind.Count, Direction.LowerIsBetter, "People waiting at month end"),
                null, Series(Stale, 20, i => Alternate(i, 1000, 1010), ratio: false, target: null, lastMonth: Month.AddMonths(-2)), [], null, [],
                new DataQualityMark(Rag.Red, Rag.Green, Rag.Red, Rag.Green), Flagged: false, Narrative: null,
                "waiting_list", "pat.jones"),
            new PackMetricInput(
                Definition(Empty, "Carer assessments", MetricKind.Count, Direction.HigherIsBetter, "Carer assessments completed"),
                null, [], [], null, [], new DataQualityMark(Rag.Red, Rag.Red, Rag.Red, Rag.Red), Flagged: false, Narrative: null),
        ],
        new PlanProgressInput(new PlanQuarter(new PlanYear(2024), 3),
            [new Priority { Code = "P1", PlanYear = new PlanYear(2024), Order = 1, Name = "Care closer to home", Summary = "" }],
            [
                Deliverable("D1", DeliverableStatus.OnTrack, "Going well", ""),
                Deliverable("D2", DeliverableStatus.AtRisk, "Estates delay", "Escalated to the estates board"),
            ]),
        new WaitingListInput(Month,
            [
                new UnitSnapshot("lco", "LCO", WaitingSnapshot.Of([3, 40, 400, 500, 600])),
                new UnitSnapshot("locality:N", "North", WaitingSnapshot.Of([3, 40])),
                new UnitSnapshot("service:POD", "Podiatry", WaitingSnapshot.Of([400, 500, 600])),
            ],
            [new WaitingCensusMonth(Month.AddMonths(-1), [new UnitSnapshot("lco", "LCO", WaitingSnapshot.Of([3, 400]))])]),
        [
            new PackAction("A-2", new DateOnly(2024, 9, 18), "Report on weekend cover", "Director of Operations", new DateOnly(2025, 1, 15), BoardActionStatus.InProgress, "Draft shared"),
            new PackAction("A-1", new DateOnly(2024, 7, 17), "Review <b>crisis</b> rota", "Head of Nursing", new DateOnly(2024, 10, 1), BoardActionStatus.Open, null),
            new PackAction("A-0", new DateOnly(2024, 6, 19), "Close the audit", "Head of Quality", new DateOnly(2024, 9, 1), BoardActionStatus.Complete, "Done"),
        ],
        [new PackDecision("D-7", new DateOnly(2024, 10, 16), "Approved the winter plan")]);

    private static double Alternate(int i, double even, double odd) => i % 2 == 0 ? even : odd;

    private static MetricDefinition Definition(string id, string name, MetricKind kind, Direction direction, string definition) =>
        new() { Id = id, Name = name, Kind = kind, Direction = direction, Definition = definition, BoardCode = "HPB" };

    /// <summary><paramref name="count"/> monthly lco readings ending at <paramref name="lastMonth"/> (default: the reporting month).</summary>
    private static List<MetricReading> Series(string id, int count, Func<int, double> value, bool ratio, double? target, YearMonth? lastMonth = null)
    {
        var last = lastMonth ?? Month;
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var v = value(i);
            return new MetricReading(id, last.AddMonths(i - count + 1), "lco", ratio ? v * 200 : v, ratio ? 200 : null, v, target, target is { } t ? v >= t : null);
        })];
    }

    private static Deliverable Deliverable(string code, DeliverableStatus status, string commentary, string action) => new()
    {
        Code = code,
        PlanYear = new PlanYear(2024),
        PriorityCode = "P1",
        WorkplanCode = "W1",
        Title = "Deliverable " + code,
        Owner = "Director of Strategy",
        DueQuarter = 4,
        Updates = [new DeliverableUpdate { DeliverableCode = code, Quarter = 3, Status = status, Commentary = commentary, Action = action }],
    };
}
