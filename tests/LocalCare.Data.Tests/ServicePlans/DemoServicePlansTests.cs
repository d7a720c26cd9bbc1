using LocalCare.Core.ServicePlans;
using LocalCare.Data.Audit;
using LocalCare.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.ServicePlans;

public sealed class DemoServicePlansTests
{
    [Fact]
    public async Task TheDemo_HasPlansInEveryState_AndTheManagerAndExecutiveHaveWork()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<Data.ServicePlans.ServicePlanEditor>();
        var year = Demo.DemoPlan.Year;
        var template = await editor.TemplateAsync(year, cancellationToken);
        var plans = await db.ServicePlans.AsNoTracking().Include(p => p.Sections).Where(p => p.PlanYear == year).ToListAsync(cancellationToken);
        var writers = await db.OrganisationUnits.CountAsync(u => u.Kind == Core.Organisation.UnitKind.Neighbourhood || u.Kind == Core.Organisation.UnitKind.Service, cancellationToken);
        var managed = await scope.ServiceProvider.GetRequiredService<UserUnits>().ManagedByAsync("manager", cancellationToken);

        Assert.Equal(7, template.Sections.Count(s => s.Group == TemplateGroup.Kloes));
        Assert.Equal(ServicePlanStatuses.All.Order(), plans.Select(p => p.Status).Distinct().Order());
        Assert.InRange(plans.Count, writers - 6, writers - 1); // a few not started
        var neighbourhoods = await db.OrganisationUnits.Where(u => u.Kind == Core.Organisation.UnitKind.Neighbourhood).Select(u => u.Code).ToListAsync(cancellationToken);
        Assert.Equal(13, neighbourhoods.Count);
        Assert.Equal(ServicePlanStatuses.All.Order(), plans.Where(p => neighbourhoods.Contains(p.UnitCode)).Select(p => p.Status).Distinct().Order());
        var mine = plans.Where(p => managed.Contains(p.UnitCode)).Select(p => p.Status).ToList();
        Assert.Contains(ServicePlanStatus.Draft, mine);
        Assert.Contains(ServicePlanStatus.Returned, mine);
        Assert.Contains(ServicePlanStatus.Submitted, mine);
        Assert.All(plans.Where(p => p.Status != ServicePlanStatus.Draft), p => Assert.Empty(template.Missing(p.TextOf)));
        Assert.All(plans.Where(p => p.Status == ServicePlanStatus.Draft), p => Assert.NotEmpty(template.Missing(p.TextOf)));
        Assert.All(plans.Where(p => p.Status == ServicePlanStatus.Returned), p => Assert.False(string.IsNullOrWhiteSpace(p.ReturnComment)));
        Assert.False(plans.Exists(p => p.UnitCode == "INT-CITY"));
        Assert.True(await db.ServicePlans.AnyAsync(p => p.PlanYear == year.Previous && p.UnitCode == "INT-CC" && p.Status == ServicePlanStatus.Approved, cancellationToken));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Subject == Subjects.ServicePlan(year, "INT-CC"), cancellationToken));
    }
}
