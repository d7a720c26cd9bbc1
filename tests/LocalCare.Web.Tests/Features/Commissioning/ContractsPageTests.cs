using System.Net;

namespace LocalCare.Web.Tests.Features.Commissioning;

public sealed class ContractsPageTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_ListsEveryContractByEndDateWithSpendThisYearToDate()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/contracts");
        var rows = page.QuerySelectorAll("[data-testid=contracts] tbody tr").ToList();

        Assert.Equal(["K04", "K01", "K05", "K02", "K03"], rows.Select(r => r.GetAttribute("data-contract")));
        Assert.Equal(
            ["14 Jan 2025 Ended", "15 Jul 2025 Ends within 6 months", "16 Jul 2025 Ends within 12 months", "15 Jan 2026 Ends within 12 months", "16 Jan 2026"],
            rows.Select(r => r.QuerySelector("[data-testid=end]")!.Text()));
        Assert.Equal(["£0.00", "£80,500.00", "£0.00", "£20,000.00", "£20,000.00"], rows.Select(r => r.QuerySelector("[data-testid=spend]")!.Text()));
        Assert.Equal(["0.0%", "16.8%", "0.0%", "16.7%", "8.3%"], rows.Select(r => r.QuerySelector("[data-testid=percent]")!.Text()));
        Assert.Equal("£480,000.00", rows[1].QuerySelector("[data-testid=annual-value]")!.Text());
        Assert.Equal("Spend 2024/25 to date", page.QuerySelectorAll("[data-testid=contracts] thead th")[5].Text());
        Assert.Equal(["5 contracts", "1 expiring within 6 months", "3 expiring within 12 months"], page.QuerySelectorAll("[data-testid=counts] li").Select(li => li.Text()));
    }

    [Theory]
    [InlineData("6", "K01")]          // ends 15 Jul 2025 = today + 6 months: in; 16 Jul 2025 is out
    [InlineData("12", "K01,K05,K02")] // ends 15 Jan 2026 = today + 12 months: in; 16 Jan 2026 is out; ended yesterday is out
    [InlineData("", "K04,K01,K05,K02,K03")]
    public async Task Get_WithExpiring_KeepsContractsEndingFromTodayToTheBoundaryInclusive(string expiring, string expected)
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/contracts?expiring=" + expiring);

        Assert.Equal(expected.Split(','), page.QuerySelectorAll("[data-testid=contracts] tbody tr").Select(r => r.GetAttribute("data-contract")!));
        if (expiring.Length > 0)
        {
            Assert.Equal(expiring, page.QuerySelector("#expiring option[selected]")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Get_WithUnknownExpiring_Returns400()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/contracts?expiring=3");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Expiring '3' is not understood: choose within 6 months or within 12 months", page.QuerySelector("[data-testid=error-summary] li")!.Text());
    }
}
