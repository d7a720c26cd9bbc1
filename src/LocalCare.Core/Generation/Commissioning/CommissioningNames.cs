namespace LocalCare.Core.Generation.Commissioning;

/// <summary>The words generated names and texts are made of. Provider names are invented (a word and a kind of place), never real organisations.</summary>
internal static class CommissioningNames
{
    public static readonly string[] Words =
    [
        "Alder", "Ash", "Aspen", "Beech", "Birch", "Bramble", "Brook", "Cedar", "Clover", "Elm", "Fern", "Hawthorn", "Hazel", "Heather", "Heron",
        "Holly", "Juniper", "Kingfisher", "Larch", "Lark", "Laurel", "Linnet", "Maple", "Meadow", "Oak", "Orchard", "Rowan", "Sycamore", "Thorn",
        "Willow", "Wren", "Yew", "Bluebell", "Primrose", "Foxglove", "Chestnut", "Poplar", "Sorrel", "Swift", "Kestrel",
    ];

    /// <summary>Places when the organisation's neighbourhood names give none.</summary>
    public static readonly string[] FallbackPlaces = ["Northside", "Southbank", "Eastfield", "Westmoor", "Hillcrest", "Riverside", "Parkside", "Millbrook"];

    public static readonly string[] CareHomePlaces = ["House", "Court", "Lodge", "Grange", "Manor", "Hall", "View", "Park", "Mews", "Gardens"];

    public static readonly string[] Streets = ["Road", "Street", "Lane", "Avenue", "Drive", "Grove", "Close", "Way"];

    public static readonly string[] FirstNames =
    [
        "Aisha", "Amir", "Anna", "Ben", "Chloe", "Daniel", "Fatima", "Grace", "Hannah", "Imran", "James", "Joanne", "Kwame", "Laura", "Mark",
        "Nadia", "Owen", "Priya", "Rachel", "Sam", "Sarah", "Tariq", "Tom", "Yasmin", "Zoe", "Michael", "Helen", "Ravi", "Claire", "Dominic",
    ];

    public static readonly string[] LastNames =
    [
        "Ahmed", "Bennett", "Brown", "Clarke", "Davies", "Evans", "Green", "Hall", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Mensah", "Murphy",
        "Nowak", "O'Brien", "Patel", "Roberts", "Shah", "Taylor", "Walsh", "Williams", "Wright", "Young", "Okafor", "Begum", "Kelly",
    ];

    public static readonly string[] ActionOwners =
    [
        "Registered manager", "Deputy manager", "Nominated individual", "Training lead", "Clinical lead", "Care coordinator", "Operations director",
    ];

    /// <summary>What an action asks for, per key question.</summary>
    public static readonly Dictionary<string, string[]> Actions = new(StringComparer.Ordinal)
    {
        [KeyQuestions.Safe] =
        [
            "Review medicines administration records and complete staff competency checks",
            "Update falls risk assessments for every resident",
            "Complete safeguarding refresher training for all staff",
            "Audit pressure area care and repositioning charts",
            "Review staffing levels at night against dependency",
        ],
        [KeyQuestions.Effective] =
        [
            "Complete mental capacity assessments and best-interest records",
            "Bring mandatory training compliance to 95%",
            "Review nutrition and hydration monitoring",
            "Introduce care plan reviews at least monthly",
        ],
        [KeyQuestions.Caring] =
        [
            "Record people's preferences and life histories in care plans",
            "Hold residents' and relatives' meetings and act on feedback",
            "Review dignity and privacy practice during personal care",
        ],
        [KeyQuestions.Responsive] =
        [
            "Respond to complaints within 20 working days and log outcomes",
            "Offer a programme of activities, including for people cared for in bed",
            "Record end-of-life wishes in care plans",
        ],
        [KeyQuestions.WellLed] =
        [
            "Put in place a quality assurance audit schedule with clear owners",
            "Submit statutory notifications to CQC without delay",
            "Hold regular supervision for every member of staff",
            "Appoint a registered manager and notify CQC",
        ],
    };

    public static readonly Dictionary<string, string[]> Concerns = new(StringComparer.Ordinal)
    {
        [ConcernKinds.Safeguarding] =
        [
            "Unexplained bruising reported by family",
            "Medication error reported by district nurse",
            "Missed homecare calls over a weekend",
            "Allegation of neglect raised by a relative",
            "Fall not reported to family or GP",
        ],
        [ConcernKinds.Whistleblowing] =
        [
            "Staff member reports unsafe staffing levels at night",
            "Anonymous report of records completed after the event",
            "Concern about restrictive practice raised by agency worker",
        ],
        [ConcernKinds.ComplaintUpheld] =
        [
            "Late and shortened calls",
            "Lost personal belongings",
            "Poor communication with family about a change in care",
            "Meals not meeting dietary needs",
        ],
        [ConcernKinds.Other] =
        [
            "Provider reports financial difficulty",
            "Registered manager resigned",
            "Healthwatch enter-and-view visit raised issues",
            "Infection outbreak, home closed to admissions",
        ],
    };

    /// <summary>Contract titles per service type; flagship ones are the commissioning plan's re-commissioning and contract-management list.</summary>
    public static readonly Dictionary<string, (string Title, bool Flagship)[]> Titles = new(StringComparer.Ordinal)
    {
        [ProviderServiceTypes.CareHomeNursing] = [("Nursing care beds", false), ("Nursing dementia care beds", false), ("Discharge to assess nursing beds", true)],
        [ProviderServiceTypes.CareHomeResidential] = [("Residential care beds", false), ("Residential dementia care", false), ("Respite and short breaks beds", false)],
        [ProviderServiceTypes.Homecare] = [("Homecare", true), ("Homecare, reablement support", false)],
        [ProviderServiceTypes.SupportedLiving] =
            [("Support for people with a learning disability", true), ("Housing support for people with mental health issues", true), ("Supported accommodation, complex needs", false)],
        [ProviderServiceTypes.DayService] = [("Daytime support services", true), ("Day opportunities for older people", false), ("Day services and short breaks", false)],
        [ProviderServiceTypes.ExtraCare] = [("Extra care housing, care and support", false)],
        [ProviderServiceTypes.SharedLives] = [("Shared Lives placements", false), ("Shared Lives short breaks", false)],
        [ProviderServiceTypes.Other] = [("Advocacy services", true), ("Carers support", true), ("Community equipment maintenance", false), ("Befriending and social isolation", false)],
    };

    /// <summary>Measures per social value theme: name, unit, the commitment per £1m of annual value, and whether it is a whole count.</summary>
    public static readonly Dictionary<string, (string Measure, string Unit, double PerMillion, bool Whole)[]> SocialValue = new(StringComparer.Ordinal)
    {
        [SocialValueThemes.EmploymentSkills] = [("Local residents employed", "people", 6, true), ("Apprenticeships started", "apprenticeships", 1.5, true), ("Work placements", "weeks", 12, true)],
        [SocialValueThemes.GoodEmployer] = [("Staff paid at least the Manchester Living Wage", "staff", 25, true), ("Staff completing accredited training", "staff", 10, true)],
        [SocialValueThemes.CleanAir] = [("Low or zero emission vehicles in the fleet", "vehicles", 1.2, true), ("Staff journeys by active travel", "journeys", 400, true)],
        [SocialValueThemes.LocalCommunity] = [("Volunteering hours in the community", "hours", 150, true), ("Community events hosted", "events", 4, true)],
        [SocialValueThemes.LocalSupplyChain] = [("Spend with suppliers based in the area", "GBP", 80_000, false)],
        [SocialValueThemes.Greener] = [("Carbon emissions reduced", "tCO2e", 6, false), ("Waste diverted from landfill", "tonnes", 3, false)],
    };

    /// <summary>VfP scheme titles; <c>{0}</c> is the service's name. Adult social care ones go to adult social care services where there are any.</summary>
    public static readonly (string Title, bool AdultSocialCare)[] Schemes =
    [
        ("Reduce agency spend, {0}", false),
        ("Skill-mix review, {0}", false),
        ("Non-pay procurement savings, {0}", false),
        ("Vacancy factor, {0}", false),
        ("Digital letters and text reminders to cut missed appointments, {0}", false),
        ("Estates rationalisation, {0}", false),
        ("Mileage and travel through electronic rostering, {0}", false),
        ("Strengths-based reviews of care packages, {0}", true),
        ("Reablement first: fewer long-term homecare hours, {0}", true),
        ("Tech-enabled care in place of night calls, {0}", true),
        ("Review of high-cost placements, {0}", true),
    ];
}
