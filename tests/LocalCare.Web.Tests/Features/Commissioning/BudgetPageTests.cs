using System.Net;

namespace LocalCare.Web.Tests.Features.Commissioning;

public sealed class BudgetPageTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    private static (string Budget, string ToDate, string Actual, string Variance, string Remaining, string Forecast) Cells(AngleSharp.Dom.IElement row) => (
        row.QuerySelector("[data-testid=budget]")!.Text(), row.QuerySelector("[data-testid=budget-to-date]")!.Text(),
        row.QuerySelector("[data-testid=actual-to-date]")!.Text(), row.QuerySelector("[data-testid=variance]")!.Text(),
        row.QuerySelector("[data-testid=remaining]")!.Text(), row.QuerySelector("[data-testid=forecast]")!.Text());

    [Fact]
    public async Task Get_WhenSignedIn_ShowsTheCurrentYearsVarianceAndForecastOutturnByService()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/budget");
        var summary = page.QuerySelector("[data-testid=budget-summary]")!;

        Assert.Equal("Commissioning 2024/25 – Budget and Value for Patients", page.QuerySelector("h1")!.Text());
        Assert.Equal("Forecast outturn (year-to-date actual plus remaining budget)", summary.QuerySelectorAll("thead th")[^1].Text());
        // CYP-HV: actuals Apr–Dec 10,500 + 9,800 + 10,200 + 6 × 10,000 = 90,500 against 9 × 10,000; Jan–Mar 30,000 to come.
        Assert.Equal(("£120,000.00", "£90,000.00", "£90,500.00", "£500.00", "£30,000.00", "£120,500.00"), Cells(summary.QuerySelector("[data-service=CYP-HV]")!));
        // CYP-VBS: April 4,000 against 5,000; May's 5,000 to come.
        Assert.Equal(("£10,000.00", "£5,000.00", "£4,000.00", "−£1,000.00", "£5,000.00", "£9,000.00"), Cells(summary.QuerySelector("[data-service=CYP-VBS]")!));
        Assert.Equal(("£130,000.00", "£95,000.00", "£94,500.00", "−£500.00", "£35,000.00", "£129,500.00"), Cells(summary.QuerySelector("[data-service=total]")!));
        Assert.Equal("Health Visiting (9 of 12 months with an actual)", summary.QuerySelector("[data-service=CYP-HV] th")!.Text());

        var months = page.QuerySelectorAll("[data-testid=budget-months] tr[data-service=CYP-HV]").ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(("£10,500.00", "£500.00"), (months[0].QuerySelector("[data-testid=actual]")!.Text(), months[0].QuerySelector("[data-testid=variance]")!.Text()));
        Assert.Equal(("No actual yet", "–"), (months[9].QuerySelector("[data-testid=actual]")!.Text(), months[9].QuerySelector("[data-testid=variance]")!.Text()));
    }

    [Fact]
    public async Task Get_ForAnEarlierYear_ShowsThatYearsLinesOnly()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/budget?year=2023/24");
        var summary = page.QuerySelector("[data-testid=budget-summary]")!;

        Assert.Equal(["CYP-HV", "total"], summary.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-service")));
        Assert.Equal(("£9,000.00", "£9,000.00", "£9,500.00", "£500.00", "£0.00", "£9,500.00"), Cells(summary.QuerySelector("[data-service=CYP-HV]")!));
        Assert.Equal(["V04"], page.QuerySelectorAll("[data-testid=schemes] tbody tr").Select(r => r.GetAttribute("data-scheme")));
    }

    [Fact]
    public async Task Get_WhenSignedIn_ShowsVfpSchemesWithQiaAndDeliveryAgainstPlanOfApprovedSchemes()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/budget");
        var schemes = page.QuerySelectorAll("[data-testid=schemes] tbody tr").ToList();

        Assert.Equal(["V01", "V02", "V03"], schemes.Select(r => r.GetAttribute("data-scheme")));
        Assert.Equal(["Approved", "In review", "Approved"], schemes.Select(r => r.QuerySelector("[data-testid=qia] strong")!.Text()));
        Assert.Equal(["£24,000.00", "£12,000.00", "£6,000.00"], schemes.Select(r => r.QuerySelector("[data-testid=target]")!.Text()));
        Assert.Equal(["£7,000.00", "£800.00", "£500.00"], schemes.Select(r => r.QuerySelector("[data-testid=delivered]")!.Text()));
        // V02's saving was recorded while it was approved: shown, flagged, and left out of delivery against plan below.
        Assert.Equal([null, "Savings not counted: its quality impact assessment is not approved", null], schemes.Select(r => r.QuerySelector("[data-testid=not-counted]")?.Text()));
        Assert.Equal("£3,000.00", schemes[0].QuerySelector("[data-month='2024-12']")!.Text());
        Assert.Equal("£1,000.00", schemes[0].QuerySelector("[data-month='2025-01']")!.Text());

        Assert.StartsWith("Savings delivered from April to the end of Dec 2024 against the plan to date: the annual targets of the approved schemes × 9 months elapsed ÷ 12.",
            page.QuerySelector("[data-testid=vfp-basis]")!.Text(), StringComparison.Ordinal);
        var delivery = page.QuerySelector("[data-testid=vfp-delivery]")!;
        (string, string, string) Row(string service) => (
            delivery.QuerySelector($"[data-service={service}] [data-testid=delivered]")!.Text(),
            delivery.QuerySelector($"[data-service={service}] [data-testid=plan]")!.Text(),
            delivery.QuerySelector($"[data-service={service}] [data-testid=percent]")!.Text());
        Assert.Equal(("£7,000.00", "£18,000.00", "38.9%"), Row("CYP-HV"));   // 24,000 × 9 ÷ 12; V02 is in review
        Assert.Equal(("£500.00", "£4,500.00", "11.1%"), Row("CYP-VBS"));     // 6,000 × 9 ÷ 12
        Assert.Equal(("£7,500.00", "£22,500.00", "33.3%"), Row("total"));
    }

    [Fact]
    public async Task Get_WithAYearThatIsNotAPlanYear_Returns400()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/budget?year=last");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Year 'last' is not a plan year: write it like 2024/25", page.QuerySelector("[data-testid=error-summary] li")!.Text());
    }
}
