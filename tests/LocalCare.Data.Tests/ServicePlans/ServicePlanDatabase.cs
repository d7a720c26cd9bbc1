using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;
using LocalCare.Data.Organisation;
using LocalCare.Data.ServicePlans;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.ServicePlans;

/// <summary>A small organisation for service plan tests: an LCO, a locality with one neighbourhood team, a service, and one 2024/25 KLOE.</summary>
public static class ServicePlanDatabase
{
    public const string Organisation = """
        code,name,kind,parent_code,service_group
        LCO,Test LCO,lco,,
        NORTH,North,locality,LCO,
        INT-A,Team A,neighbourhood,NORTH,
        POD,Podiatry,service,LCO,citywide
        """;

    public static PlanYear Year { get; } = new(2024);

    public static ServicePlanUser Manager { get; } = new("manager", [Roles.Manager], new HashSet<string> { "NORTH", "INT-A" });

    public static ServicePlanUser OtherManager { get; } = new("south.manager", [Roles.Manager], new HashSet<string> { "POD" });

    public static ServicePlanUser Executive { get; } = new("executive", [Roles.Executive], new HashSet<string>());

    public static async Task<TestDatabase> CreateAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<OrganisationImport>().FromReaderAsync(new StringReader(Organisation), "organisation.csv", TestContext.Current.CancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        db.Kloes.Add(new Kloe
        {
            Code = "K-Q",
            PlanYear = Year,
            Order = 1,
            Theme = "Quality",
            Description = "Hear from more patients.",
            Measures = "What Matters to Me",
            BoardCode = StandardBoards.HealthPerformance,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>Every section of the test template written, except those named.</summary>
    public static Dictionary<string, string?> Complete(ServicePlanTemplate template, params string[] except) =>
        template.Sections.Where(s => !except.Contains(s.Key)).ToDictionary(s => s.Key, s => (string?)$"About {s.Title}");

    public static ServicePlanEditor Editor(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<ServicePlanEditor>();
}
