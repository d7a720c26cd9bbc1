using LocalCare.Core.Boards;
using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;
using LocalCare.Data.Users;

namespace LocalCare.Data.Demo;

/// <summary>
/// The demo's service plans: every service and neighbourhood team has an approved plan for 2023/24, and for 2024/25 plans
/// are in every state (approved, submitted, returned with comments, draft, not started). The demo manager's units (North and
/// Podiatry) include a draft, returned and submitted plans, so the manager and the executive each have work to do.
/// </summary>
public static partial class DemoServicePlans
{
    public const string Executive = "executive";

    /// <summary>The state of each 2024/25 plan that is not approved; <c>null</c>: not started.</summary>
    private static readonly Dictionary<string, ServicePlanStatus?> States = new(StringComparer.Ordinal)
    {
        // The demo manager's units.
        ["INT-CC"] = ServicePlanStatus.Draft,
        ["INT-HCHB"] = ServicePlanStatus.Returned,
        ["INT-MNHMP"] = ServicePlanStatus.Submitted,
        ["INT-CITY"] = null,
        ["DIABETES-N"] = ServicePlanStatus.Submitted,
        ["HOME-PATH-N"] = ServicePlanStatus.Draft,
        ["MCR-ICT-N"] = ServicePlanStatus.Submitted,
        ["PODIATRY"] = ServicePlanStatus.Returned,

        // Everyone else's.
        ["INT-AL"] = ServicePlanStatus.Submitted,
        ["INT-GL"] = ServicePlanStatus.Draft,
        ["INT-CWRF"] = ServicePlanStatus.Returned,
        ["INT-OMW"] = null,
        ["INT-WYTH"] = ServicePlanStatus.Submitted,
        ["CYP-CCNT"] = ServicePlanStatus.Submitted,
        ["CYP-PAEDS"] = ServicePlanStatus.Draft,
        ["CYP-AUDIO"] = null,
        ["MSK"] = ServicePlanStatus.Submitted,
        ["NUTRITION"] = ServicePlanStatus.Draft,
        ["EPP"] = null,
        ["ASC-REABLEMENT"] = ServicePlanStatus.Submitted,
        ["ASC-BROKERAGE"] = ServicePlanStatus.Returned,
        ["ASC-CATEC"] = ServicePlanStatus.Draft,
        ["HAH-C"] = ServicePlanStatus.Submitted,
        ["CRISIS-S"] = ServicePlanStatus.Draft,
    };

    /// <summary>The 2024/25 state of a unit's plan: approved unless listed; null when it has not been started.</summary>
    public static ServicePlanStatus? StateOf(string unitCode) => States.TryGetValue(unitCode, out var state) ? state : ServicePlanStatus.Approved;

    /// <summary>Plans for every unit of <paramref name="units"/> that writes one, for the demo year and the year before. Fresh instances.</summary>
    public static IReadOnlyList<ServicePlan> Plans(IReadOnlyList<OrganisationUnit> units, IReadOnlyList<Kloe> kloes)
    {
        var year = DemoPlan.Year;
        var thisYear = ServicePlanTemplate.For(year, kloes);
        var lastYear = ServicePlanTemplate.For(year.Previous, kloes);
        var managed = new OrganisationTree(units).ManagedBy(DemoUsers.ManagerUnits);
        var plans = new List<ServicePlan>();
        var writers = units.Where(u => ServicePlan.IsWrittenBy(u.Kind)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        for (var i = 0; i < writers.Count; i++)
        {
            var unit = writers[i];
            var author = managed.Contains(unit.Code) ? "manager" : AuthorOf(unit);
            plans.Add(LastYearsPlan(lastYear, unit, author, i));
            if (StateOf(unit.Code) is { } state)
            {
                plans.Add(ThisYearsPlan(thisYear, unit, state, author, i));
            }
        }

        return plans;
    }

    private static ServicePlan LastYearsPlan(ServicePlanTemplate template, OrganisationUnit unit, string author, int i)
    {
        var team = TeamOf(unit);
        var plan = NewPlan(template, unit, author, At(2023, 2, 20 + (i % 8)), section => section.Key switch
        {
            ServicePlanTemplate.LastYear => LastYearBefore(unit.Name),
            ServicePlanTemplate.Priorities => PrioritiesBefore(team),
            ServicePlanTemplate.Support => Support(team),
            ServicePlanTemplate.CaseStudies => null,
            var key => WorkforceTexts.GetValueOrDefault(key),
        });
        plan.Submit(author, At(2023, 3, 1 + (i % 14)));
        plan.Approve(Executive, At(2023, 3, 17 + (i % 12)));
        return plan;
    }

    private static ServicePlan ThisYearsPlan(ServicePlanTemplate template, OrganisationUnit unit, ServicePlanStatus state, string author, int i)
    {
        var team = TeamOf(unit);
        var kloes = template.Sections.Where(s => s.Group == TemplateGroup.Kloes).Select(s => s.Key).ToList();
        var draftKloes = kloes.Take(2).ToHashSet(StringComparer.Ordinal);
        var plan = NewPlan(template, unit, author, At(2024, 2, 19 + (i % 9)), section => section.Key switch
        {
            ServicePlanTemplate.LastYear => LastYear(team, unit.Name),
            ServicePlanTemplate.Priorities => Priorities(team, unit.Code, unit.Name),
            ServicePlanTemplate.Support => Support(team),
            ServicePlanTemplate.CaseStudies => state == ServicePlanStatus.Draft || i % 3 == 0 ? null : CaseStudy(team),
            var key when key.StartsWith(ServicePlanTemplate.KloePrefix, StringComparison.Ordinal) =>
                state == ServicePlanStatus.Draft && !draftKloes.Contains(key) ? null : KloeResponse(key[ServicePlanTemplate.KloePrefix.Length..], team, unit.Code, unit.Name),
            var key => state == ServicePlanStatus.Draft ? null : WorkforceTexts.GetValueOrDefault(key),
        });
        switch (state)
        {
            case ServicePlanStatus.Submitted:
                plan.Submit(author, At(2024, 3, 4 + (i % 11)));
                break;
            case ServicePlanStatus.Returned:
                plan.Submit(author, At(2024, 3, 4 + (i % 5)));
                plan.Return(ReturnComments.GetValueOrDefault(unit.Code, DefaultReturnComment), Executive, At(2024, 3, 12 + (i % 3)));
                break;
            case ServicePlanStatus.Approved:
                plan.Submit(author, At(2024, 3, 1 + (i % 14)));
                plan.Approve(Executive, At(2024, 3, 18 + (i % 12)));
                break;
        }

        return plan;
    }

    private static ServicePlan NewPlan(ServicePlanTemplate template, OrganisationUnit unit, string author, DateTime at, Func<TemplateSection, string?> text)
    {
        var plan = new ServicePlan { PlanYear = template.Year, UnitCode = unit.Code, UpdatedBy = author, UpdatedAt = at };
        plan.Write(template, template.Sections.ToDictionary(s => s.Key, text), author, at);
        return plan;
    }

    /// <summary>A service manager's user name for the units the demo manager does not look after (no such user signs in).</summary>
    private static string AuthorOf(OrganisationUnit unit) => unit.ParentCode switch
    {
        "CENTRAL" => "central.manager",
        "SOUTH" => "south.manager",
        "NORTH" => "north.manager",
        _ => unit.ServiceGroup switch
        {
            ServiceGroup.Children => "children.manager",
            ServiceGroup.AdultSocialCare => "asc.manager",
            _ => "citywide.manager",
        },
    };

    private static DateTime At(int year, int month, int day) => new(year, month, day, 10, 0, 0, DateTimeKind.Utc);
}
