using LocalCare.Core.Boards;

namespace LocalCare.Data.Demo;

public static partial class DemoPlan
{
    /// <summary>The key lines of enquiry of section 3.2 "KLOEs 2024/25", with their boards and evidencing metrics. Fresh instances.</summary>
    public static IReadOnlyList<Kloe> Kloes() =>
    [
        NewKloe(
            "K2425-QUALITY", 1, "Quality", StandardBoards.HealthPerformance,
            "Hear from a bigger share of patients and families so their experience shapes how services improve.",
            "What Matters to Me scores; Quality Care Round scores",
            "wmtm-score", "qcr-score", "fft-positive"),
        NewKloe(
            "K2425-WF-RECRUIT", 2, "Workforce", StandardBoards.HealthPerformance,
            "Promote the LCO as a good employer, use apprenticeship levy funding to widen access and career routes, and move vacancies through the recruitment pipeline quickly.",
            "Recruitment into vacancies",
            "vacancy-rate"),
        NewKloe(
            "K2425-WF-STABILITY", 3, "Workforce", StandardBoards.HealthPerformance,
            "Use workforce data to understand why staff leave, then act and promote support offers to cut avoidable turnover.",
            "Increasing workforce stability",
            "turnover-r12m", "retention-r12m"),
        NewKloe(
            "K2425-WF-ABSENCE", 4, "Workforce", StandardBoards.HealthPerformance,
            "Improve health and wellbeing, grow the Health and Wellbeing Champions role and help line managers manage sickness absence proactively and supportively.",
            "Reducing unplanned absenteeism",
            "sickness-absence-r12m"),
        NewKloe(
            "K2425-FIN-CONTROL", 5, "Finance", StandardBoards.FinancePerformanceContracting,
            "Run the LCO's operational plan within its control total, with strong financial controls and integrated financial reporting.",
            "Achieve activity plan",
            "activity-vs-plan"),
        NewKloe(
            "K2425-FIN-VFP", 6, "Finance", StandardBoards.FinancePerformanceContracting,
            "Put in place robust, QIA-checked schemes agreed through system governance that meet the Value for Patients target recurrently.",
            "Deliver Value for Patients plan"),
        NewKloe(
            "K2425-ACCESS", 7, "Activity / Performance", StandardBoards.HealthPerformance,
            "Meet residents' needs in a timely and effective way.",
            "Nobody waiting over 52 weeks; crisis response 2 hour standard",
            "waiting-over-52-weeks", "waiting-over-65-weeks", "crisis-response-2h"),
    ];

    private static Kloe NewKloe(string code, int order, string theme, string board, string description, string measures, params string[] metricIds) =>
        new()
        {
            Code = code,
            PlanYear = Year,
            Order = order,
            Theme = theme,
            Description = description,
            Measures = measures,
            BoardCode = board,
            Metrics = [.. metricIds.Select(id => new KloeMetric { KloeCode = code, MetricId = id })],
        };
}
