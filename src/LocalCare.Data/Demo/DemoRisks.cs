using LocalCare.Core.Boards;
using LocalCare.Core.Risks;

namespace LocalCare.Data.Demo;

/// <summary>
/// The demo LCO's risk register for 2024/25 (illustrative: the seeds name the risks an LCO carries, not their scores): thirteen
/// risks across workforce, waiting lists, finance and Value for Patients, the care market, data quality, safeguarding and more,
/// linked to the demo plan's priorities, deliverables, metrics and boards, with scores recorded through the year. At the demo's
/// date (15 January 2025) are overdue for review; R-010 sits exactly at the Health Performance Board's appetite.
/// </summary>
public static class DemoRisks
{
    private const string Hpb = StandardBoards.HealthPerformance;
    private const string Ascpb = StandardBoards.AdultSocialCarePerformance;
    private const string Fpcg = StandardBoards.FinancePerformanceContracting;
    private const string Ab = StandardBoards.Accountability;
    private const string Tpb = StandardBoards.TransformationPortfolio;
    private const string Jcb = StandardBoards.JointCommissioning;

    /// <summary>Fresh instances; links to things that are not in the database are the caller's to drop.</summary>
    public static IReadOnlyList<Risk> Create() =>
    [
        Make("R-001", "Community nursing and therapy vacancies", RiskCategory.Workforce, "Director of HR and OD", "executive",
            "Vacancies in district nursing and community therapies stay above 10%, so caseloads rise, visits are missed and agency spend grows.",
            (4, 4), (2, 4), "2025-04-14",
            "Recruitment drive with MFT careers team; international recruitment for district nursing; retention conversations at 12 months.",
            "Monthly vacancy and turnover figures to the Health Performance Board; HR business partner reports.",
            "No workforce model for neighbourhood teams yet; agency controls are not consistent across localities.",
            [("2024-04-15", 4, 4, "Opening score for the year"), ("2024-07-15", 4, 4, "Summer vacancies unchanged"), ("2024-10-14", 3, 4, "September starters reduce vacancies"), ("2025-01-13", 3, 4, "Held")],
            Links(priorities: ["P2425-RES"], deliverables: ["D2425-CH-33", "D2425-CH-34"], metrics: ["vacancy-rate", "turnover-r12m"], boards: [Hpb]),
            [("Launch the rolling district nursing recruitment campaign", "Director of HR and OD", "2025-02-28", RiskActionStatus.InProgress)]),
        Make("R-002", "People waiting over 52 weeks for community services", RiskCategory.Performance, "Director of Operations", "manager",
            "Waiting lists in several community services keep growing, with people waiting more than 52 weeks and harm from delayed care.",
            (4, 4), (2, 3), "2025-02-03",
            "Weekly waiting list meetings per service; recovery trajectories for the two services behind the 18-week standard.",
            "Waiting list census and SPC charts at every Health Performance Board; validation programme progress report.",
            "Waiting lists are not validated against MFT's rules in every service; demand and capacity baseline incomplete.",
            [("2024-04-15", 4, 4, "Opening score for the year"), ("2024-08-12", 5, 4, "Summer vacancies lengthen waits"), ("2024-11-11", 4, 4, "Recovery trajectories agreed"), ("2025-01-06", 4, 4, "Held while validation runs")],
            Links(priorities: ["P2425-SAFE"], deliverables: ["D2425-CH-20", "D2425-CH-08", "D2425-CH-18"], metrics: ["waiting-over-52-weeks", "waiting-within-18-weeks"], boards: [Hpb, Ab]),
            [("Validate every community waiting list with MFT's rules", "Director of Operations", "2024-11-30", RiskActionStatus.InProgress), ("Agree recovery trajectories for the two services behind the standard", "Director of Operations", "2024-08-31", RiskActionStatus.Complete)]),
        Make("R-003", "Control total and Value for Patients savings not delivered", RiskCategory.Finance, "Director of Finance", null,
            "The LCO misses its control total because Value for Patients schemes deliver less than planned and demand for care packages grows.",
            (4, 4), (2, 4), "2025-01-31",
            "Monthly VfP scheme reviews; vacancy controls; packages of care panel.",
            "Finance, Performance and Contracting Group reports; internal audit of budgetary control.",
            "Two VfP schemes have no delivery plan for the second half of the year.",
            [("2024-04-15", 3, 4, "Opening score for the year"), ("2024-09-16", 4, 4, "Month 5 forecast shows a gap"), ("2024-12-16", 4, 4, "Gap unchanged at month 8")],
            Links(priorities: ["P2425-RES"], deliverables: ["D2425-CH-31"], metrics: ["vfp-delivery", "budget-variance"], boards: [Fpcg, Ab]),
            [("Bring delivery plans for the two unplanned VfP schemes", "Director of Finance", "2025-01-31", RiskActionStatus.Open)]),
        Make("R-004", "Care home and homecare provider market failure", RiskCategory.ProviderMarket, "Head of Commissioning", null,
            "A care home or homecare provider fails or hands back contracts, leaving people without care at short notice.",
            (3, 5), (2, 4), "2025-01-10",
            "Provider risk rating and audit schedule; market sustainability plan; provider engagement through Innovation Labs.",
            "Joint Commissioning Board provider risk report; CQC ratings.",
            "No contingency contract for homecare in the North locality.",
            [("2024-04-15", 3, 5, "Opening score for the year"), ("2024-10-14", 3, 4, "Homecare retender secured capacity")],
            Links(priorities: ["P2425-RES"], deliverables: ["D2425-ASC-14", "D2425-ASC-15", "D2425-ASC-08"], metrics: ["provider-reviews-on-time"], boards: [Jcb, Ascpb]),
            [("Agree a contingency homecare arrangement for the North", "Head of Commissioning", "2025-03-31", RiskActionStatus.Open)]),
        Make("R-005", "Poor data quality undermines performance reporting", RiskCategory.DataAndDigital, "Director of Strategy", null,
            "Contacts without a referral and late recording make the figures the boards see incomplete, so decisions rest on weak data.",
            (3, 3), (2, 3), "2024-12-20",
            "Monthly data-quality report per service; recording standards in every team.",
            "Data-quality marks in the board packs; import rejection figures.",
            "No clinical system lead for data quality in two services.",
            [("2024-04-15", 3, 3, "Opening score for the year"), ("2024-06-17", 4, 3, "Contacts not linked to a referral rise after the system change"), ("2024-11-18", 3, 3, "Linkage improved")],
            Links(priorities: ["P2425-RES"], deliverables: ["D2425-CH-39", "D2425-CH-26"], metrics: ["contacts-linked-to-referral"], boards: [Hpb]),
            []),
        Make("R-006", "Delayed response to adult safeguarding concerns", RiskCategory.Safeguarding, "Director of Adult Social Services", null,
            "Safeguarding concerns are not triaged and acted on in time, so adults at risk are left unprotected.",
            (3, 5), (2, 5), "2025-03-14",
            "Safeguarding transformation: a single front door and daily triage; supervision for every practitioner.",
            "Safeguarding Adults Board reports; case audits.",
            "Triage times are not yet reported monthly.",
            [("2024-04-15", 3, 5, "Opening score for the year"), ("2024-10-14", 2, 5, "Front door in place")],
            Links(priorities: ["P2425-SAFE"], deliverables: ["D2425-ASC-13", "D2425-CH-12"], boards: [Ascpb]),
            [("Report triage times monthly to the Adult Social Care Performance Board", "Director of Adult Social Services", "2025-02-28", RiskActionStatus.Open)]),
        Make("R-007", "Children's mandatory training and supervision below target", RiskCategory.Workforce, "Chief Nurse", null,
            "Mandatory training and safeguarding supervision in children's services fall below the Trust target.",
            (3, 3), (2, 3), "2025-02-28",
            "Protected training time; team leaders book training; compliance dashboards.",
            "Monthly compliance figures; Health Performance Board action HPB-A-002.",
            "Supervision records are kept on paper in two teams.",
            [("2024-04-15", 3, 3, "Opening score for the year"), ("2024-10-14", 4, 3, "Compliance dipped below target"), ("2025-01-13", 3, 3, "Protected time restoring compliance")],
            Links(priorities: ["P2425-SAFE"], deliverables: ["D2425-CH-13"], metrics: ["appraisal-compliance"], boards: [Hpb]),
            []),
        Make("R-008", "Hospital at Home capacity short of winter demand", RiskCategory.Performance, "Director of Operations", "manager",
            "Hospital at Home and urgent community response cannot take all the referrals in winter, so people stay in or go to hospital.",
            (3, 4), (2, 4), "2025-02-10",
            "Winter plan with surge beds on the virtual ward; daily system calls.",
            "Hospital at Home utilisation and crisis response figures.",
            "Medical cover at weekends depends on MFT rotas.",
            [("2024-04-15", 3, 4, "Opening score for the year"), ("2024-11-11", 4, 4, "Early winter demand"), ("2025-01-06", 3, 4, "Surge capacity opened")],
            Links(priorities: ["P2425-FUT"], deliverables: ["D2425-CH-25", "D2425-JOINT-08"], metrics: ["hah-utilisation", "crisis-response-2h"], boards: [Hpb]),
            []),
        Make("R-009", "Single Point of Access telephony delayed by the supplier", RiskCategory.DataAndDigital, "Director of Operations", null,
            "The move of the Single Point of Access to new telephony is delayed, so calls are routed by hand and some are lost.",
            (2, 3), (1, 3), "2025-02-14",
            "Interim call routing; go-live re-planned for February.",
            "Call abandonment figures from the interim system.",
            "No contractual remedy for the supplier's delay.",
            [("2024-04-15", 2, 3, "Opening score for the year"), ("2024-12-16", 3, 3, "Supplier delay confirmed")],
            Links(priorities: ["P2425-SAFE"], deliverables: ["D2425-CH-09"], boards: [Hpb]),
            []),
        Make("R-010", "Harm from pressure ulcers and falls in community caseloads", RiskCategory.QualityAndSafety, "Chief Nurse", null,
            "People on community caseloads come to harm from category 3–4 pressure ulcers and serious falls.",
            (3, 4), (2, 3), "2025-03-03",
            "PSIRP improvement work on pressure ulcers and falls; SSKIN bundle in every team.",
            "Incident figures and SPC charts; PSIRF learning reviews.",
            "",
            [("2024-04-15", 3, 4, "Opening score for the year"), ("2024-07-15", 2, 4, "PSIRP improvements embedded"), ("2024-12-16", 2, 4, "Held")],
            Links(priorities: ["P2425-SAFE"], deliverables: ["D2425-CH-11"], metrics: ["pressure-ulcers-cat3-4", "serious-falls"], boards: [Hpb]),
            []),
        Make("R-011", "Section 75 agreement not refreshed in time", RiskCategory.Partnerships, "Chief Executive", null,
            "The Section 75 agreement between MFT and the council is not refreshed before it expires, leaving the LCO's integrated arrangements unclear.",
            (2, 4), (1, 4), "2025-03-31",
            "Joint programme board for the refresh; legal advice commissioned.",
            "Accountability Board updates.",
            "",
            [("2024-04-15", 2, 4, "Opening score for the year")],
            Links(priorities: ["P2425-FUT"], deliverables: ["D2425-CH-28"], boards: [Ab]),
            []),
        Make("R-012", "Community Health Transformation Programme benefits not realised", RiskCategory.Partnerships, "Director of Strategy", null,
            "The transformation programme's projects finish without the benefits they promised being measured or delivered.",
            (3, 3), (2, 2), "2025-02-20",
            "Benefits register per project; portfolio board reviews.",
            "Transformation Portfolio Board highlight reports.",
            "Baseline figures missing for two projects.",
            [("2024-04-15", 3, 3, "Opening score for the year"), ("2024-11-18", 2, 3, "Benefits register in place")],
            Links(deliverables: ["D2425-CH-22"], boards: [Tpb]),
            []),
        Make("R-013", "Care Act assessments and reviews overdue", RiskCategory.Compliance, "Director of Adult Social Services", null,
            "Assessments and annual reviews are not completed on time, so the council does not meet its Care Act duties.",
            (4, 3), (2, 3), "2025-02-01",
            "Review team; weekly tracking of overdue reviews.",
            "Adult Social Care Performance Board reports.",
            "Backlog in learning disability reviews.",
            [("2024-04-15", 4, 3, "Opening score for the year"), ("2024-12-16", 3, 3, "Backlog reduced by a third")],
            Links(priorities: ["P2425-FUT"], deliverables: ["D2425-ASC-19", "D2425-ASC-23"], boards: [Ascpb]),
            []),
    ];

    private static List<(RiskLinkKind, string)> Links(string[]? priorities = null, string[]? deliverables = null, string[]? metrics = null, string[]? boards = null) =>
    [
        .. (priorities ?? []).Select(p => (RiskLinkKind.Priority, p)),
        .. (deliverables ?? []).Select(d => (RiskLinkKind.Deliverable, d)),
        .. (metrics ?? []).Select(m => (RiskLinkKind.Metric, m)),
        .. (boards ?? []).Select(b => (RiskLinkKind.Board, b)),
    ];

    private static Risk Make(
        string code, string title, RiskCategory category, string owner, string? ownerUserName, string description,
        (int L, int C) initial, (int L, int C) target, string reviewDate, string controls, string assurances, string gaps,
        (string On, int L, int C, string Note)[] history, List<(RiskLinkKind Kind, string Target)> links,
        (string Description, string Owner, string Due, RiskActionStatus Status)[] actions)
    {
        var current = history[^1];
        return new Risk
        {
            Code = code,
            Title = title,
            Description = description,
            Owner = owner,
            OwnerUserName = ownerUserName,
            Category = category,
            InitialLikelihood = initial.L,
            InitialConsequence = initial.C,
            CurrentLikelihood = current.L,
            CurrentConsequence = current.C,
            TargetLikelihood = target.L,
            TargetConsequence = target.C,
            Controls = controls,
            Assurances = assurances,
            Gaps = gaps,
            ReviewDate = DateOnly.Parse(reviewDate, System.Globalization.CultureInfo.InvariantCulture),
            LastReviewedOn = DateOnly.Parse(current.On, System.Globalization.CultureInfo.InvariantCulture),
            RaisedOn = DateOnly.Parse(history[0].On, System.Globalization.CultureInfo.InvariantCulture),
            Links = [.. links.Select(l => new RiskLink { RiskCode = code, Kind = l.Kind, Target = l.Target })],
            History = [.. history.Select((p, i) => new RiskScorePoint
            {
                RiskCode = code,
                Number = i + 1,
                On = DateOnly.Parse(p.On, System.Globalization.CultureInfo.InvariantCulture),
                Likelihood = p.L,
                Consequence = p.C,
                Note = p.Note,
                RecordedBy = "system:demo",
            })],
            Actions = [.. actions.Select((a, i) => new RiskAction
            {
                RiskCode = code,
                Number = i + 1,
                Description = a.Description,
                Owner = a.Owner,
                Due = DateOnly.Parse(a.Due, System.Globalization.CultureInfo.InvariantCulture),
                Status = a.Status,
            })],
        };
    }
}
