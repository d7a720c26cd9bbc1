using LocalCare.Core.Boards;
using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;

namespace LocalCare.Core.Tests.ServicePlans;

/// <summary>Templates for the tests: 2024/25 with two KLOEs (and one of another year that must be left out).</summary>
public static class ServicePlanTemplates
{
    public static PlanYear Year { get; } = new(2024);

    public static IReadOnlyList<Kloe> Kloes() =>
    [
        AKloe("K-WF", Year, 2, "Workforce", "Cut avoidable turnover.", "Increasing workforce stability"),
        AKloe("K-Q", Year, 1, "Quality", "Hear from more patients.", "What Matters to Me scores"),
        AKloe("K-OLD", Year.Previous, 1, "Finance", "Last year's.", "Activity plan"),
    ];

    public static ServicePlanTemplate For2024() => ServicePlanTemplate.For(Year, Kloes());

    public static Kloe AKloe(string code, PlanYear year, int order, string theme, string description, string measures) => new()
    {
        Code = code,
        PlanYear = year,
        Order = order,
        Theme = theme,
        Description = description,
        Measures = measures,
        BoardCode = "HPB",
    };
}
