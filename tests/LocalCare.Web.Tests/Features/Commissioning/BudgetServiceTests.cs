using System.Net;
using LocalCare.Data;
using LocalCare.Web.Tests.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.Commissioning;

/// <summary>The budget page kept to one service (<c>?service=</c>): that service's budget, schemes and delivery, and its budget history.</summary>
public sealed class BudgetServiceTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    [Fact]
    public async Task Get_WithAService_ShowsOnlyThatServicesBudgetSchemesAndDelivery_WithoutTotals()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var name = await factory.QueryAsync(db => db.OrganisationUnits.Where(u => u.Code == "CYP-VBS").Select(u => u.Name).SingleAsync(TestContext.Current.CancellationToken));

        using var response = await client.GetResponseAsync("/commissioning/budget?service=CYP-VBS");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Commissioning 2024/25 – Budget and Value for Patients: {name}", page.QuerySelector("h1")!.Text());
        Assert.Equal(["CYP-VBS"], page.QuerySelectorAll("[data-testid=budget-summary] tbody tr").Select(r => r.GetAttribute("data-service")));
        Assert.Equal(["CYP-VBS"], page.QuerySelectorAll("[data-testid=budget-months] tbody tr").Select(r => r.GetAttribute("data-service")).Distinct());
        Assert.Equal(["V03"], page.QuerySelectorAll("[data-testid=schemes] tbody tr").Select(r => r.GetAttribute("data-scheme")));
        Assert.Equal(["CYP-VBS"], page.QuerySelectorAll("[data-testid=vfp-delivery] tbody tr").Select(r => r.GetAttribute("data-service")));
        Assert.Equal("CYP-VBS", page.QuerySelector("#service option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("[data-testid=history]"));
    }

    [Fact]
    public async Task Get_ForEveryService_LinksEachServiceToThePageKeptToIt_AndShowsNoHistory()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/budget");

        Assert.Equal(
            ["/commissioning/budget?service=CYP-HV&year=2024%2F25", "/commissioning/budget?service=CYP-VBS&year=2024%2F25"],
            page.QuerySelectorAll("[data-testid=budget-summary] tbody th a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector("#history"));
    }

    [Fact]
    public async Task Get_WithAUnitThatHasNoBudget_SaysSo_WithTheUnitChosen()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/budget?service=INT-CC");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("No budget has been loaded for 2024/25.", page.QuerySelector("[data-testid=no-budget]")!.Text());
        Assert.Equal("INT-CC", page.QuerySelector("#service option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_WithAnUnknownService_IsABadRequestSayingSo()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/budget?service=NOPE");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(["There is no service 'NOPE': choose a service from the list"], page.QuerySelectorAll("[data-testid=error-summary] li").Select(li => li.Text()));
    }

    [Fact]
    public async Task AChangeToAServicesBudget_IsInItsHistory_BeforeAndAfter_InEveryYear()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var ct = TestContext.Current.CancellationToken;
            (await db.Budget.SingleAsync(b => b.ServiceCode == "CYP-VBS" && b.Month == new Core.Generation.YearMonth(2024, 5), ct)).Actual = 4500m;
            await db.SaveChangesAsync(ct);
        }

        using var client = await factory.CreateSignedInClientAsync();
        var thisYear = await client.GetHtmlAsync("/commissioning/budget?service=CYP-VBS");
        var lastYear = await client.GetHtmlAsync("/commissioning/budget?service=CYP-VBS&year=2023/24");
        var otherService = await client.GetHtmlAsync("/commissioning/budget?service=CYP-HV");

        Assert.Contains(HistoryRows.Of(thisYear), r => r.Contains("BudgetLine 2024-05 changed", StringComparison.Ordinal) && HistoryRows.Changed(r, "Actual", "–", "4500"));
        Assert.Equal(HistoryRows.Of(thisYear), HistoryRows.Of(lastYear));
        Assert.DoesNotContain(HistoryRows.Of(otherService), r => HistoryRows.Changed(r, "Actual", "–", "4500"));
    }
}
