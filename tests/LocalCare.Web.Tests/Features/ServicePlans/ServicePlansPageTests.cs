using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Organisation;
using LocalCare.Core.ServicePlans;
using Microsoft.EntityFrameworkCore;
using static LocalCare.Web.Tests.Features.ServicePlans.ServicePlansExpected;

namespace LocalCare.Web.Tests.Features.ServicePlans;

/// <summary>The service plans list and the planning cycle page; these tests only read.</summary>
public sealed class ServicePlansPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_ListsEveryServiceAndNeighbourhoodTeam_WithItsStatusAndLateness()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var writers = await factory.QueryAsync(db => db.OrganisationUnits.Where(u => u.Kind == UnitKind.Neighbourhood || u.Kind == UnitKind.Service).Select(u => u.Code).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/service-plans?year=2024");

        var rows = page.QuerySelectorAll("[data-testid=service-plans] tbody tr").ToList();
        Assert.Equal("2024/25 – Service plans", page.QuerySelector("h1")!.Text());
        Assert.Equal(writers.Order(StringComparer.Ordinal), rows.Select(r => r.GetAttribute("data-unit")!).Order(StringComparer.Ordinal));
        Assert.Equal("INT-ABC", rows[0].GetAttribute("data-unit")); // neighbourhood teams first, by name
        Assert.All(rows, r => Assert.Equal(ServicePlanStatuses.CodeOf(DemoState(r.GetAttribute("data-unit")!)), r.QuerySelector("[data-status]")!.GetAttribute("data-status")));
        var city = rows.Single(r => r.GetAttribute("data-unit") == "INT-CITY");
        Assert.Equal("City Centre INT-CITY Integrated neighbourhood team Not started – Late Not submitted by 15 March 2024", city.Text());
        var submitted = rows.First(r => r.GetAttribute("data-unit") == "INT-MNHMP");
        Assert.Equal("Late Not approved by 31 March 2024", submitted.QuerySelectorAll("td")[4].Text());
        var approved = rows.First(r => r.GetAttribute("data-unit") == "INT-ABC");
        Assert.Equal("Not late", approved.QuerySelectorAll("td")[4].Text());
        Assert.Equal("/service-plans/2024/INT-ABC", approved.QuerySelector("a")!.GetAttribute("href"));
        var counts = page.QuerySelectorAll("[data-testid=status-counts] li").ToDictionary(l => l.GetAttribute("data-count")!, l => l.Text());
        Assert.Equal($"Not started {writers.Count(w => DemoState(w) is null)}", counts["not_started"]);
        Assert.Null(page.QuerySelector("#mine"));
    }

    [Fact]
    public async Task Get_FilteredByStatusAndMyUnits_AsManager_ShowsOnlyThoseUnits()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        var page = await client.GetHtmlAsync("/service-plans?year=2024&status=submitted&mine=true");

        Assert.Equal(["DIABETES-N", "INT-MNHMP", "MCR-ICT-N"], page.QuerySelectorAll("[data-testid=service-plans] tbody tr").Select(r => r.GetAttribute("data-unit")!).Order(StringComparer.Ordinal));
        Assert.Equal("3 units, 3 late", page.QuerySelector("[data-testid=plan-count]")!.Text());
        Assert.True(page.QuerySelector("#mine")!.HasAttribute("checked"));
        Assert.Equal("submitted", page.QuerySelector("#status option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_WithAnUnknownStatusOrYear_ShowsTheProblemsWith400()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/service-plans?year=next&status=lost");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [("#status", "Status must be one of not_started, draft, submitted, approved, returned"), ("#year", "Enter a plan year such as 2024 or 2024/25")],
            ErrorSummary(page));
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=service-plans] tbody tr"));
    }

    [Fact]
    public async Task Get_TheNavigation_HasServicePlans()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/service-plans");

        var current = page.QuerySelector(".nhsuk-header__navigation-item--current a")!;
        Assert.Equal(("Plan", "/plan"), (current.Text(), current.GetAttribute("href"))); // service plans are part of the plan
        Assert.Equal("2024/25 – Service plans", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task PlanningCycle_ShowsTheStagesByQuarter_WithDeadlinesAndProducts_AndTheLatePlans()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);
        var writers = await factory.QueryAsync(db => db.OrganisationUnits.Where(u => u.Kind == UnitKind.Neighbourhood || u.Kind == UnitKind.Service).Select(u => u.Code).ToListAsync(TestContext.Current.CancellationToken));
        var late = writers.Where(w => DemoState(w) != ServicePlanStatus.Approved).Order(StringComparer.Ordinal).ToList();

        var page = await client.GetHtmlAsync("/planning-cycle?year=2024");

        var stages = page.QuerySelectorAll("[data-stage]").ToList();
        Assert.Equal(["outline", "service-plans", "publish", "progress"], stages.Select(s => s.GetAttribute("data-stage")));
        Assert.Equal("2023/24 Q4: January to March 2024 – Service plans written, submitted and approved", stages[1].QuerySelector("h2")!.Text());
        Assert.Equal(
            ["15 March 2024: Service plans submitted (passed)", "31 March 2024: Service plans approved (passed)"],
            stages[1].QuerySelectorAll("[data-list=deadlines] li").Select(l => l.Text()));
        Assert.Contains("Neighbourhood plans on a page", stages[2].QuerySelectorAll("[data-list=products] li").Select(l => l.Text()));
        Assert.Equal("progress", page.QuerySelector("[data-testid=current-stage]")!.Closest("[data-stage]")!.GetAttribute("data-stage"));
        Assert.Equal(late, page.QuerySelectorAll("[data-testid=late-plans] tbody tr").Select(r => r.GetAttribute("data-unit")!).Order(StringComparer.Ordinal));
        Assert.Equal($"{late.Count} plans are late.", page.QuerySelector("[data-testid=late-count]")!.Text());
        Assert.Equal("Not submitted by 15 March 2024", page.QuerySelector("[data-testid=late-plans] tr[data-unit=INT-CITY] td:last-child")!.Text());
    }

    [Fact]
    public async Task PlanningCycle_ForAYearWhoseDeadlinesAreAhead_HasNoLatePlans()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/planning-cycle?year=2025");

        Assert.Equal("No service plan for 2025/26 is late.", page.QuerySelector("[data-testid=no-late-plans]")!.Text());
        Assert.Equal("service-plans", page.QuerySelector("[data-testid=current-stage]")!.Closest("[data-stage]")!.GetAttribute("data-stage"));
    }
}
