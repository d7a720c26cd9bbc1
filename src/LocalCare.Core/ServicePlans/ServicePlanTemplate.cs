using System.Globalization;
using LocalCare.Core.Boards;
using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;

namespace LocalCare.Core.ServicePlans;

/// <summary>
/// The sections every service and neighbourhood team writes for a plan year, in order: an overview of last year, the
/// priorities for this year, a response to each of the year's KLOEs, the support needed, the workforce plan in its seven
/// areas, and case studies (the only optional section).
/// </summary>
public sealed class ServicePlanTemplate
{
    /// <summary>The longest text a section may hold.</summary>
    public const int MaxText = 10_000;

    public const string LastYear = "last-year";
    public const string Priorities = "priorities";
    public const string Support = "support";
    public const string CaseStudies = "case-studies";
    public const string KloePrefix = "kloe:";

    private ServicePlanTemplate(PlanYear year, IReadOnlyList<TemplateSection> sections)
    {
        Year = year;
        Sections = sections;
    }

    public PlanYear Year { get; }

    public IReadOnlyList<TemplateSection> Sections { get; }

    /// <summary>The template of <paramref name="year"/>, with one response per KLOE of that year (others are ignored), in KLOE order.</summary>
    public static ServicePlanTemplate For(PlanYear year, IEnumerable<Kloe> kloes)
    {
        var responses = kloes.Where(k => k.PlanYear == year).OrderBy(k => k.Order).ThenBy(k => k.Code, StringComparer.Ordinal)
            .Select((k, i) => new TemplateSection(
                KloeKey(k.Code),
                TemplateGroup.Kloes,
                $"KLOE {i + 1}: {k.Theme}",
                $"{k.Description} Measured by: {k.Measures}.",
                Required: true,
                $"Enter the response to KLOE {i + 1}: {k.Theme}"));
        TemplateSection[] sections =
        [
            new(LastYear, TemplateGroup.None, "Overview of last year",
                $"What the service achieved in {year.Previous.Label}, what did not go as planned and what it learned.", true, "Enter the overview of last year"),
            new(Priorities, TemplateGroup.None, "Priorities for this year",
                $"What the service will focus on in {year.Label}, and how that supports the LCO's priorities.", true, "Enter the priorities for this year"),
            .. responses,
            new(Support, TemplateGroup.None, "Support needed",
                "What the service needs from the LCO, its partners or other teams to deliver this plan.", true, "Enter the support the service needs"),
            .. WorkforceAreas,
            new(CaseStudies, TemplateGroup.None, "Case studies",
                "Short accounts of the difference the team made for someone, without details that could identify them.", false, "Enter the case studies"),
        ];
        return new ServicePlanTemplate(year, sections);
    }

    /// <summary>The key of the response to a KLOE: <c>kloe:{code}</c>.</summary>
    public static string KloeKey(string kloeCode) => KloePrefix + kloeCode;

    /// <summary>The heading a group of sections is shown under; null for sections on their own.</summary>
    public static string? GroupTitle(TemplateGroup group) => group switch
    {
        TemplateGroup.Kloes => "Response to the key lines of enquiry",
        TemplateGroup.Workforce => "Workforce plan",
        _ => null,
    };

    public TemplateSection? Find(string key) => Sections.FirstOrDefault(s => s.Key == key);

    /// <summary>Problems with texts about to be written: sections the template does not have, and texts that are too long.</summary>
    public IReadOnlyList<FieldProblem> Check(IReadOnlyDictionary<string, string?> texts)
    {
        var problems = new List<FieldProblem>();
        foreach (var key in texts.Keys.Where(k => Find(k) is null).Order(StringComparer.Ordinal))
        {
            problems.Add(new FieldProblem(key, $"'{key}' is not a section of the {Year.Label} service plan"));
        }

        foreach (var section in Sections)
        {
            if (texts.GetValueOrDefault(section.Key)?.Trim().Length > MaxText)
            {
                problems.Add(new FieldProblem(section.Key, $"{section.Title} must be {MaxText.ToString("#,0", CultureInfo.InvariantCulture)} characters or fewer"));
            }
        }

        return problems;
    }

    /// <summary>The required sections with no text, each with its message, in template order.</summary>
    public IReadOnlyList<FieldProblem> Missing(Func<string, string?> textOf) =>
        [.. Sections.Where(s => s.Required && string.IsNullOrWhiteSpace(textOf(s.Key))).Select(s => new FieldProblem(s.Key, s.MissingMessage))];

    private static readonly TemplateSection[] WorkforceAreas =
    [
        Workforce("engagement", "Engagement", "How staff will be kept informed and involved, and how their views will shape the service.", "engagement"),
        Workforce("resourcing", "Resourcing", "Vacancies, recruitment, retention, and the use of bank and agency staff.", "resourcing"),
        Workforce("transformation", "Workforce transformation and redesign", "New roles, skill mix and ways of working the service will bring in.", "transformation and redesign"),
        Workforce("wellbeing", "Health and wellbeing, and absence management", "How the service will look after its staff and manage sickness absence.", "health and wellbeing, and absence management"),
        Workforce("edi", "Equality, diversity and inclusion", "How the service will become more inclusive and better reflect the people it serves.", "equality, diversity and inclusion"),
        Workforce("leadership", "Leadership and management", "How leaders and managers will be developed and supported.", "leadership and management"),
        Workforce("development", "Workforce development", "Training, apprenticeships, continuing professional development and appraisals.", "workforce development"),
    ];

    private static TemplateSection Workforce(string area, string title, string hint, string words) =>
        new($"workforce-{area}", TemplateGroup.Workforce, title, hint, true, $"Enter the workforce plan for {words}");
}
