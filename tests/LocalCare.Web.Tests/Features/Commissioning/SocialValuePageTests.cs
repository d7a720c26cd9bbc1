namespace LocalCare.Web.Tests.Features.Commissioning;

public sealed class SocialValuePageTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_SumsCommittedAndDeliveredByThemeAndUnitForAllSixThemes()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/social-value");
        var rows = page.QuerySelectorAll("[data-testid=themes] tbody tr").ToList();

        Assert.Equal(
            ["employment_skills", "good_employer", "clean_air", "local_community", "local_supply_chain", "greener"],
            rows.Select(r => r.GetAttribute("data-theme")));
        Assert.Equal(
            ["Create employment and skills opportunities people 2 6 5 83.3%", "Provide the best employment you can No commitments", "Clean air No commitments",
             "Be part of a strong local community No commitments", "Local supply chain GBP 1 5,000 2,500 50.0%", "Make your organisation greener vehicles 1 2 0 0.0%"],
            rows.Select(r => r.Text()));
    }

    [Fact]
    public async Task Get_WhenSignedIn_ListsEveryCommitmentPerContract()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/social-value");

        Assert.Equal(
            ["K01|employment_skills|Apprenticeships", "K01|greener|Electric vehicles", "K02|employment_skills|Apprenticeships", "K02|local_supply_chain|Local spend"],
            page.QuerySelectorAll("[data-testid=social-value] tbody tr").Select(r => r.GetAttribute("data-commitment")));
        Assert.Equal("100.0%", page.QuerySelector("[data-commitment='K02|employment_skills|Apprenticeships'] [data-testid=percent]")!.Text());
    }
}
