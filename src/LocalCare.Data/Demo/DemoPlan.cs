using LocalCare.Core.Plans;

namespace LocalCare.Data.Demo;

/// <summary>The demo LCO's 2024/25 operating plan (Manchester LCO), taken from the MLCO Operating Plan 2024/25.</summary>
public static partial class DemoPlan
{
    private const string Phm = "P2425-PHM";
    private const string Safe = "P2425-SAFE";
    private const string Pcv = "P2425-PCV";
    private const string Nbh = "P2425-NBH";
    private const string Res = "P2425-RES";
    private const string Fut = "P2425-FUT";

    public static PlanYear Year { get; } = new(2024);

    /// <summary>The five lines under "Working together we can help the people of Manchester". Fresh instances.</summary>
    public static IReadOnlyList<VisionStatement> Vision() =>
    [
        new() { PlanYear = Year, Order = 1, Text = "Have equal access to health and social care services" },
        new() { PlanYear = Year, Order = 2, Text = "Live healthy, independent, fulfilling lives" },
        new() { PlanYear = Year, Order = 3, Text = "Be part of dynamic, thriving and supportive communities" },
        new() { PlanYear = Year, Order = 4, Text = "Have the same opportunities and life chances, no matter where they live" },
        new() { PlanYear = Year, Order = 5, Text = "Receive safe, effective and compassionate care, closer to their homes" },
    ];

    /// <summary>The three workplans of sections 3.3 to 3.5. Fresh instances.</summary>
    public static IReadOnlyList<Workplan> Workplans() =>
    [
        new() { Code = "CH", Name = "Community health", Order = 1 },
        new() { Code = "ASC", Name = "Adult social care", Order = 2 },
        new() { Code = "JOINT", Name = "Joint", Order = 3 },
    ];

    /// <summary>The six corporate priorities of 2024/25, in the plan's order. Fresh instances.</summary>
    public static IReadOnlyList<Priority> Priorities() =>
    [
        new()
        {
            Code = Phm, PlanYear = Year, Order = 1, Name = "A population health approach",
            Summary = "Tackle ill health early and narrow inequalities with partners, concentrating on hypertension, diabetes, bowel screening uptake and childhood asthma.",
        },
        new()
        {
            Code = Safe, PlanYear = Year, Order = 2, Name = "Safe, effective and efficient services",
            Summary = "Make every service meet its core performance standards and keep improving care pathways together with partners.",
        },
        new()
        {
            Code = Pcv, PlanYear = Year, Order = 3, Name = "Working with primary care and the voluntary sector",
            Summary = "Put GP leadership at the centre of the LCO and agree shared priorities with Primary Care Networks and the VCSE sector to reduce inequalities.",
        },
        new()
        {
            Code = Nbh, PlanYear = Year, Order = 4, Name = "Developing our neighbourhoods",
            Summary = "Provide core community health and care through Integrated Neighbourhood Teams that plan and work together proactively.",
        },
        new()
        {
            Code = Res, PlanYear = Year, Order = 5, Name = "Resilience",
            Summary = "Keep people well at home, ease pressure on the rest of the system and grow a community urgent care model that avoids hospital stays.",
        },
        new()
        {
            Code = Fut, PlanYear = Year, Order = 6, Name = "Building the future for the LCOs",
            Summary = "Widen the LCO's scope through a Think Family approach and take a leading part in Manchester's wider system changes.",
        },
    ];

    /// <summary>The partner priorities deliverables align to (appendices 6.1, 6.2 and 6.4). Fresh instances.</summary>
    public static IReadOnlyList<PartnerPriority> PartnerPriorities() =>
    [
        // The seed names the MFT Annual Plan 2024/25 (appendix 6.1) and its P1–P5 columns in the
        // alignment matrix (6.4) but does not list their wording: these five titles are illustrative.
        new() { Code = "ACUTE-P1", Partner = Partner.AcuteTrust, Number = 1, Title = "Improve access and reduce waiting times" },
        new() { Code = "ACUTE-P2", Partner = Partner.AcuteTrust, Number = 2, Title = "Urgent and emergency care flow" },
        new() { Code = "ACUTE-P3", Partner = Partner.AcuteTrust, Number = 3, Title = "Quality and patient safety" },
        new() { Code = "ACUTE-P4", Partner = Partner.AcuteTrust, Number = 4, Title = "Recruit, retain and develop our workforce" },
        new() { Code = "ACUTE-P5", Partner = Partner.AcuteTrust, Number = 5, Title = "Financial sustainability and productivity" },

        // Manchester City Council Corporate Plan 2024/25: its seven thematic areas, in short form.
        new() { Code = "COUNCIL-P1", Partner = Partner.Council, Number = 1, Title = "Inclusive economy" },
        new() { Code = "COUNCIL-P2", Partner = Partner.Council, Number = 2, Title = "Tackling climate change: a healthy, green, socially just city" },
        new() { Code = "COUNCIL-P3", Partner = Partner.Council, Number = 3, Title = "Advancing equality, diversity and inclusion" },
        new() { Code = "COUNCIL-P4", Partner = Partner.Council, Number = 4, Title = "Children and young people: a happy, healthy, successful future" },
        new() { Code = "COUNCIL-P5", Partner = Partner.Council, Number = 5, Title = "Improving health and wellbeing for all" },
        new() { Code = "COUNCIL-P6", Partner = Partner.Council, Number = 6, Title = "Inclusive communities, thriving neighbourhoods" },
        new() { Code = "COUNCIL-P7", Partner = Partner.Council, Number = 7, Title = "A well-managed council" },
    ];
}
