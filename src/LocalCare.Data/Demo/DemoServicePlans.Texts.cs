using LocalCare.Core.Organisation;

namespace LocalCare.Data.Demo;

public static partial class DemoServicePlans
{
    /// <summary>The kind of team a demo plan is written for, which decides its wording.</summary>
    private enum Team
    {
        Neighbourhood,
        Children,
        Community,
        AdultSocialCare,
        VirtualWard,
    }

    private static Team TeamOf(OrganisationUnit unit) => unit.Kind == UnitKind.Neighbourhood ? Team.Neighbourhood : unit.ServiceGroup switch
    {
        ServiceGroup.Children => Team.Children,
        ServiceGroup.AdultSocialCare => Team.AdultSocialCare,
        ServiceGroup.VirtualWard => Team.VirtualWard,
        _ => Team.Community,
    };

    /// <summary>Priorities the operating plan's highlights (section 4.2) name for particular teams, in our own words.</summary>
    private static readonly Dictionary<string, string> Highlights = new(StringComparer.Ordinal)
    {
        ["INT-BCPD"] = "Lead a child and family wellbeing offer for Burnage, Chorlton Park and Didsbury with the family hub and local schools.",
        ["INT-MNHMP"] = "Make care safe and effective in Miles Platting, Newton Heath and Moston through compliant processes, caseload analysis and a better induction and probation process for new starters.",
        ["INT-MSHR"] = "Work with housing providers in Moss Side, Hulme and Rusholme on the cost of living, fuel poverty and loneliness.",
        ["INT-CC"] = "Build links with the GP practices in Cheetham and Crumpsall so that population health data shows who is missing out on care, starting with hypertension.",
        ["DENTAL"] = "Find and fit out accessible surgeries in North and Central Manchester for special care dentistry, each able to offer inhalation sedation.",
        ["SICKLE-CELL"] = "Open satellite clinics for partner screening at Salford and North Manchester General hospitals.",
        ["AAA"] = "Design a health optimisation pathway from 5.0cm so that people are fitter when they reach surgery.",
        ["HAH-N"] = "Increase referrals to Hospital at Home in North Manchester by working with the acute and community teams that see people first.",
        ["ASC-DSAS"] = "Bring in a new transport offer for people who attend day services and short breaks.",
        ["ASC-SAFEGUARDING"] = "Answer every safeguarding concern quickly, safely and in proportion, with the person at the centre and their family, carers and advocate kept informed.",
        ["ASC-MEAP"] = "Extend technology-enabled care to more of the LCO's supported accommodation for people with a learning disability, and test it at external sites.",
        ["ASC-ILD"] = "Use CPD funding for external learning disability training, so the service can meet the needs of the wider community.",
        ["CYP-PAEDS"] = "Bring in the IT system that supports the autism and ADHD pathways, and keep simplifying the SEND process in line with the SEND review.",
        ["CRISIS-N"] = "Work with the acute trust's Hospital at Home pathways group to avoid admissions, and keep training care home staff to spot deterioration early.",
        ["PODIATRY"] = "Bring the longest waits for routine podiatry down by moving nail surgery into two community hubs and offering evening clinics.",
    };

    private static string LastYear(Team team, string name) => team switch
    {
        Team.Neighbourhood => $"The {name} team moved onto the refreshed neighbourhood operating model, started a weekly huddle with the Primary Care Network and social care, and brought every district nursing caseload review up to date. Grouped visits cut travel time.",
        Team.Children => $"{name} worked through most of the backlog left by the pandemic, moved more appointments into schools and family hubs, and agreed a shared children's plan with Trafford LCO.",
        Team.AdultSocialCare => $"{name} finished its strengths-based practice training, cut the backlog of reviews and worked with providers to keep people safe at home through a hard winter.",
        Team.VirtualWard => $"{name} opened all its planned beds, took referrals from the emergency department and from GPs, and most people stayed out of hospital for their whole episode.",
        _ => $"{name} met its core performance standards for most of the year, tested a digital referral form and began reviewing pathways with the acute trust to move care closer to home.",
    };

    private static string Priorities(Team team, string code, string name)
    {
        var general = team switch
        {
            Team.Neighbourhood => $"Use population health data with local GP practices to find people in {name} with undiagnosed high blood pressure or diabetes, and reach them through community events and the VCSE sector.",
            Team.Children => "Reduce waits for a first appointment, and plan care with families around the child rather than around the service.",
            Team.AdultSocialCare => "Assess people promptly with a strengths-based approach and help them stay independent at home for longer.",
            Team.VirtualWard => "Grow referrals from primary care and care homes, and measure the admissions avoided.",
            _ => "Meet every core performance standard, with nobody waiting over 52 weeks, and agree improved pathways with the acute trust.",
        };
        return Highlights.TryGetValue(code, out var highlight) ? $"{highlight}\n{general}" : general;
    }

    private static string LastYearBefore(string name) =>
        $"{name} kept essential care going while the system recovered from the pandemic, and brought back its face-to-face appointments.";

    private static string PrioritiesBefore(Team team) => team switch
    {
        Team.Neighbourhood => "Move onto the refreshed neighbourhood operating model and work more closely with the Primary Care Network.",
        Team.Children => "Clear the backlog of children waiting for a first appointment.",
        Team.AdultSocialCare => "Train every practitioner in strengths-based practice.",
        Team.VirtualWard => "Open every planned bed and take referrals from the emergency department.",
        _ => "Recover activity to its plan after the pandemic and test digital referrals.",
    };

    /// <summary>The response to each demo KLOE, by KLOE code.</summary>
    private static string KloeResponse(string kloeCode, Team team, string code, string name) => kloeCode switch
    {
        "K2425-QUALITY" => $"{name} will offer What Matters to Me to everyone it sees more than once, discuss the Quality Care Round results at every team meeting and act on what the Friends and Family Test tells it.",
        "K2425-WF-RECRUIT" => "Every vacancy agreed goes out within two weeks through the LCO's recruitment pipeline, and the team will take on two apprentices through the levy.",
        "K2425-WF-STABILITY" => "Managers will hold a stay conversation with everyone in their first year and read the exit interview themes each quarter, so that avoidable leavers are understood and acted on.",
        "K2425-WF-ABSENCE" => "The team has a Health and Wellbeing Champion; managers hold return-to-work conversations within three days and refer early to occupational health.",
        "K2425-FIN-CONTROL" => $"{name} will deliver its activity plan within budget, reviewing activity against plan and bank and agency spend every month.",
        "K2425-FIN-VFP" => $"The Value for Patients scheme is {Scheme(team)}; it passes a quality impact assessment before it starts.",
        "K2425-ACCESS" => code.StartsWith("CRISIS", StringComparison.Ordinal)
            ? "Referrals are triaged as they arrive so that urgent crisis responses are made within two hours, with a daily check of any that were not."
            : "The waiting list is validated every month, the longest waiters are booked first and nobody will wait over 52 weeks; any breach goes to the Health Performance Board.",
        _ => $"{name} will report its progress on this line of enquiry every quarter.",
    };

    private static string Scheme(Team team) => team switch
    {
        Team.Neighbourhood => "fewer wasted journeys through planned grouped visits",
        Team.Children => "moving clinic appointments into schools",
        Team.AdultSocialCare => "reviewing long-standing packages of care with a strengths-based approach",
        Team.VirtualWard => "shorter episodes where it is safe to discharge sooner",
        _ => "digital appointment letters and text reminders to cut missed appointments",
    };

    private static string Support(Team team) => team switch
    {
        Team.Neighbourhood => "A shared base with the Primary Care Network (estates), and business intelligence help to build the neighbourhood's population health dashboard.",
        Team.Children => "A shared record system with Trafford LCO, and commissioners' support to redesign the SEND pathway.",
        Team.AdultSocialCare => "Faster brokerage of packages of care, and council IT support to finish moving case records to the new system.",
        Team.VirtualWard => "Agreed medical cover from the acute trust, and transport for equipment at weekends.",
        _ => "Clinic space in the community, and analyst time to validate the waiting list each month.",
    };

    private static readonly Dictionary<string, string> WorkforceTexts = new(StringComparer.Ordinal)
    {
        ["workforce-engagement"] = "Monthly team briefings, an action plan from the staff survey agreed with the team, and staff representatives at the service's quality meeting.",
        ["workforce-resourcing"] = "Fill the remaining vacancies through local adverts and open days, and keep agency use below 2% of pay.",
        ["workforce-transformation"] = "Bring in a band 4 assistant practitioner role so that routine tasks are done at the right level of skill.",
        ["workforce-wellbeing"] = "Keep sickness absence under the LCO's target through early referral to occupational health and regular wellbeing check-ins.",
        ["workforce-edi"] = "Use the LCO's equality data to widen who applies for posts, and make every interview panel diverse.",
        ["workforce-leadership"] = "Every team lead completes the LCO's leadership programme, and managers hold monthly one-to-ones.",
        ["workforce-development"] = "Everyone has an appraisal and a development plan; two staff are supported through apprenticeships.",
    };

    private static string CaseStudy(Team team) => team switch
    {
        Team.Neighbourhood => "A man in his eighties was referred after a fall at home. The team visited the same day, arranged equipment with social care and a short spell of reablement, and he stayed at home.",
        Team.Children => "A family waiting for speech and language support were offered a group at their children's school, and the child started a small-group session within a month instead of six.",
        Team.AdultSocialCare => "A woman with a learning disability wanted to travel to her day service on her own. Travel training and a personal alarm let her do it within eight weeks.",
        Team.VirtualWard => "A care home resident with a chest infection was treated on the virtual ward, avoided an emergency admission and recovered in her own room.",
        _ => "A patient who had missed three appointments was offered an evening clinic near work; he attended and finished his treatment.",
    };

    /// <summary>Why an executive returned a demo plan, by unit code; other returned plans get <see cref="DefaultReturnComment"/>.</summary>
    private static readonly Dictionary<string, string> ReturnComments = new(StringComparer.Ordinal)
    {
        ["INT-HCHB"] = "Please say how the team will reach the 52-week waiting standard, and rewrite the resourcing plan: it repeats last year's.",
        ["PODIATRY"] = "The access response needs numbers: how many people wait over 52 weeks today, and by when that reaches zero.",
        ["INT-CWRF"] = "Say what support you need from estates: the plan mentions a new base but not who will provide it.",
        ["ASC-BROKERAGE"] = "The Value for Patients scheme needs its quality impact assessment before the plan can be approved.",
    };

    private const string DefaultReturnComment = "Please add measurable milestones to the priorities for this year.";
}
