using System.Net;
using LocalCare.Core.Access;
using LocalCare.Data;
using LocalCare.Web.Tests.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.Commissioning;

/// <summary>A contract's page: its fields and provider, spend against its annual value, social value, and its history.</summary>
public sealed class ContractPageTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    public static TheoryData<string> EveryRole => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task Get_ForEveryRole_ShowsTheContractItsProviderSpendAndSocialValue(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        using var response = await client.GetResponseAsync("/commissioning/contracts/K01");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("K01 – Nursing beds block", page.QuerySelector("h1")!.Text());
        var provider = page.QuerySelector("[data-testid=provider] a")!;
        Assert.Equal(("Alder House", "/commissioning/providers/P01"), (provider.Text(), provider.GetAttribute("href")));
        Assert.Equal("1 Apr 2023 to 15 Jul 2025 Ends within 6 months", page.QuerySelector("[data-testid=term]")!.Text());
        Assert.Equal("£480,000.00", page.QuerySelector("[data-testid=annual-value]")!.Text());
        // April to January of 2024/25: 40,000 + 42,000 − 1,500 (March 2024 is 2023/24), as the contracts list.
        Assert.Equal("£80,500.00 (16.8% of the annual value; April to Jan 2025)", page.QuerySelector("[data-testid=spend-to-date]")!.Text());
        Assert.Equal("A Manager", page.QuerySelector("[data-testid=manager]")!.Text());

        var spend = page.QuerySelectorAll("[data-testid=spend] tbody tr").ToList();
        Assert.Equal(["2024-03", "2024-04", "2024-05", "2024-06"], spend.Select(r => r.GetAttribute("data-month")));
        Assert.Equal(["£38,000.00", "£40,000.00", "£82,000.00", "£80,500.00"], spend.Select(r => r.QuerySelector("[data-testid=cumulative]")!.Text()));
        Assert.All(spend, r => Assert.Equal("£40,000.00", r.QuerySelector("[data-testid=plan]")!.Text()));
        Assert.Equal(
            [("Apprenticeships", "4", "3", "75.0%"), ("Electric vehicles", "2", "0", "0.0%")],
            page.QuerySelectorAll("[data-testid=social-value] tbody tr").Select(r => (
                r.QuerySelectorAll("td")[1].Text(), r.QuerySelector("[data-testid=committed]")!.Text(), r.QuerySelector("[data-testid=delivered]")!.Text(), r.QuerySelector("[data-testid=percent]")!.Text())));
        Assert.NotNull(page.QuerySelector("[data-testid=history]"));
    }

    [Fact]
    public async Task Get_ForAnUnknownContract_IsNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/contracts/NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheContractsListAndTheProvidersPage_LinkToTheContract()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var list = await client.GetHtmlAsync("/commissioning/contracts");
        var provider = await client.GetHtmlAsync("/commissioning/providers/P03");

        Assert.Equal("/commissioning/contracts/K01", list.QuerySelector("[data-contract=K01] th a")!.GetAttribute("href"));
        Assert.Equal(["/commissioning/contracts/K03", "/commissioning/contracts/K05"], provider.QuerySelectorAll("section[data-contract] h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task AChangeToTheContractItsSpendOrSocialValue_IsInItsHistory_BeforeAndAfter_ButNotAnotherContractsOfTheProvider()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var ct = TestContext.Current.CancellationToken;
            (await db.Contracts.SingleAsync(c => c.Code == "K03", ct)).AnnualValue = 250000m;
            (await db.Contracts.SingleAsync(c => c.Code == "K05", ct)).Manager = "Someone else"; // the same provider's other contract
            (await db.Spend.SingleAsync(s => s.ContractCode == "K03", ct)).Amount = 21000m;
            db.SocialValue.Add(new Core.Commissioning.SocialValueCommitment
            {
                ContractCode = "K03",
                Theme = Core.Commissioning.SocialValueTheme.CleanAir,
                Measure = "Idling-free zone",
                Unit = "sites",
                Committed = 1,
                Delivered = 0,
            });
            await db.SaveChangesAsync(ct);
        }

        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var rows = HistoryRows.Of(await client.GetHtmlAsync("/commissioning/contracts/K03"));

        Assert.Contains(rows, r => r.Contains("ProviderContract contract K03 changed", StringComparison.Ordinal) && HistoryRows.Changed(r, "AnnualValue", "240000", "250000"));
        Assert.Contains(rows, r => r.Contains("ContractSpend spend 2024-07 changed", StringComparison.Ordinal) && HistoryRows.Changed(r, "Amount", "20000", "21000"));
        Assert.Contains(rows, r => r.Contains("SocialValueCommitment", StringComparison.Ordinal) && r.Contains("created", StringComparison.Ordinal) && r.Contains("Measure: – → Idling-free zone", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("K05", StringComparison.Ordinal));
    }
}
