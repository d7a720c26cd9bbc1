using System.Net;
using LocalCare.Core.Access;
using LocalCare.Data;
using LocalCare.Web.Tests.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.Commissioning;

/// <summary>A Value for Patients scheme's page: its fields and QIA status, delivery by month against plan, and its history.</summary>
public sealed class VfpSchemePageTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Get_ForEveryRole_ShowsTheSchemeAndItsDeliveryByMonthAgainstPlan(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        using var response = await client.GetResponseAsync("/commissioning/budget/vfp/V01");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("V01 Value for Patients scheme 2024/25 – Digital visit scheduling", page.QuerySelector("h1")!.Text());
        Assert.Equal("/commissioning/budget?service=CYP-HV&year=2024%2F25", page.QuerySelector("[data-testid=service] a")!.GetAttribute("href"));
        Assert.Equal("£24,000.00", page.QuerySelector("[data-testid=target]")!.Text());
        Assert.Equal("Approved", page.QuerySelector("[data-testid=qia]")!.Text());
        // Reported to December (the last complete month): 2,000 + 2,000 + 3,000 against 24,000 × 9 ÷ 12; January's 1,000 is after it.
        Assert.Equal("£7,000.00 against a plan of £18,000.00 (38.9%), April to the end of Dec 2024", page.QuerySelector("[data-testid=delivered]")!.Text());

        var months = page.QuerySelectorAll("[data-testid=delivery] tbody tr").ToList();
        Assert.Equal(12, months.Count);
        string[] Column(string id) => [.. months.Take(10).Select(r => r.QuerySelector($"[data-testid={id}]")!.Text())];
        Assert.Equal(["£2,000.00", "£2,000.00", "–", "–", "–", "–", "–", "–", "£3,000.00", "£1,000.00"], Column("saving"));
        Assert.Equal(["£2,000.00", "£4,000.00", "£4,000.00", "£4,000.00", "£4,000.00", "£4,000.00", "£4,000.00", "£4,000.00", "£7,000.00", "£8,000.00"], Column("cumulative"));
        Assert.Equal(["£2,000.00", "£4,000.00", "£6,000.00", "£8,000.00"], Column("plan").Take(4));
        Assert.Equal(["100.0%", "100.0%", "66.7%"], Column("percent").Take(3));
        Assert.Equal("Mar 2025", months[^1].QuerySelector("th")!.Text());
    }

    [Fact]
    public async Task Get_ASchemeWhoseQiaIsNotApproved_SaysItsSavingsAreNotCounted()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/budget/vfp/V02");

        Assert.Equal("In review", page.QuerySelector("[data-testid=qia] strong")!.Text());
        Assert.Equal("Savings not counted: its quality impact assessment is not approved", page.QuerySelector("[data-testid=not-counted]")!.Text());
    }

    [Fact]
    public async Task Get_ForAnUnknownScheme_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/budget/vfp/NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheBudgetPage_LinksEachSchemeToItsPage()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/budget");

        Assert.Equal(
            ["/commissioning/budget/vfp/V01", "/commissioning/budget/vfp/V02", "/commissioning/budget/vfp/V03"],
            page.QuerySelectorAll("[data-testid=schemes] tbody tr th a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task AChangeToTheSchemeOrItsDelivery_IsInItsHistory_BeforeAndAfter()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var ct = TestContext.Current.CancellationToken;
            (await db.VfpSchemes.SingleAsync(s => s.Code == "V04", ct)).QiaStatus = Core.Commissioning.QiaStatus.Rejected;
            (await db.VfpDelivery.SingleAsync(d => d.SchemeCode == "V04", ct)).Saving = 1000m;
            await db.SaveChangesAsync(ct);
        }

        using var client = await factory.CreateSignedInClientAsync();
        var rows = HistoryRows.Of(await client.GetHtmlAsync("/commissioning/budget/vfp/V04"));

        Assert.Contains(rows, r => r.Contains("VfpScheme V04 changed", StringComparison.Ordinal) && r.Contains("QiaStatus: Approved → Rejected", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("VfpDelivery delivery 2024-04 changed", StringComparison.Ordinal) && HistoryRows.Changed(r, "Saving", "999", "1000"));
        Assert.DoesNotContain(rows, r => r.Contains("V01", StringComparison.Ordinal));
    }
}
