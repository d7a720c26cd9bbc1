using System.Net;
using LocalCare.Core.Access;

namespace LocalCare.Web.Tests.Features.Commissioning;

public sealed class RegisterPageTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_ListsEveryProviderWithRatingRiskAndReview()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        var page = await client.GetHtmlAsync("/commissioning");
        var rows = page.QuerySelectorAll("[data-testid=providers] tbody tr").ToList();

        Assert.Equal(["P01", "P02", "P03", "P04"], rows.Select(r => r.GetAttribute("data-provider")));
        var p01 = rows[0];
        Assert.Equal("Alder House P01", p01.QuerySelector("th")!.Text());
        Assert.Equal("/commissioning/providers/P01", p01.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal("Care home nursing", p01.QuerySelector("[data-testid=type]")!.Text());
        Assert.Equal("Cheetham and Crumpsall", p01.QuerySelector("[data-testid=neighbourhood]")!.Text());
        Assert.Equal("40", p01.QuerySelector("[data-testid=beds]")!.Text());
        Assert.Equal("Requires improvement", p01.QuerySelector("[data-testid=cqc]")!.Text());
        Assert.Equal("16", p01.QuerySelector("[data-testid=score]")!.Text());
        Assert.Equal("High", p01.QuerySelector("[data-testid=band]")!.Text());
        Assert.Equal("1 Jan 2025 Overdue", p01.QuerySelector("[data-testid=next-review]")!.Text());

        Assert.Equal(
            [("Good", "3", "Medium", "10 Feb 2025"), ("Unrated", "5", "Medium", "15 Jan 2025")],
            rows.Skip(1).Take(2).Select(r => (r.QuerySelector("[data-testid=cqc]")!.Text(), r.QuerySelector("[data-testid=score]")!.Text(),
                r.QuerySelector("[data-testid=band]")!.Text(), r.QuerySelector("[data-testid=next-review]")!.Text())));
        Assert.Equal("–", rows[1].QuerySelector("[data-testid=beds]")!.Text());
        Assert.Equal("Outstanding", rows[3].QuerySelector("[data-testid=cqc]")!.Text());
        Assert.Equal("No active contract", rows[3].QuerySelector("[data-testid=not-rated]")!.Text());
        Assert.Equal("None", rows[3].QuerySelector("[data-testid=neighbourhood]")!.Text());
        Assert.Null(rows[3].QuerySelector("[data-testid=score]"));
    }

    [Fact]
    public async Task Get_WhenSignedIn_CountsTheWholeRegisterAtTheTop()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning?band=high");

        Assert.Equal(
            ["4 providers", "3 with an active contract", "1 high risk", "2 medium risk", "0 low risk", "1 reviews overdue"],
            page.QuerySelectorAll("[data-testid=counts] li").Select(li => li.Text()));
        Assert.Equal("1 of 4 providers match the filters.", page.QuerySelector("[data-testid=shown]")!.Text());
        Assert.Equal("1 provider has changed risk band since 15 Oct 2024", page.QuerySelector("[data-testid=band-changes-link]")!.Text());
    }

    [Theory]
    [InlineData("type=care_home_nursing", "P01")]
    [InlineData("type=homecare", "P02")]
    [InlineData("band=high", "P01")]
    [InlineData("band=medium", "P02,P03")]
    [InlineData("band=low", "")]
    [InlineData("cqc=requires_improvement", "P01")]
    [InlineData("cqc=good", "P02")]
    [InlineData("cqc=outstanding", "P04")]
    [InlineData("cqc=unrated", "P03")]
    [InlineData("overdue=yes", "P01")]
    [InlineData("neighbourhood=INT-CC", "P01,P03")]
    [InlineData("neighbourhood=none", "P04")]
    [InlineData("neighbourhood=INT-CC&band=medium", "P03")]
    [InlineData("type=&band=&cqc=&neighbourhood=", "P01,P02,P03,P04")]
    public async Task Get_WithFilters_KeepsOnlyTheProvidersThatMatch(string query, string expected)
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning?" + query);

        Assert.Equal(
            expected.Split(',', StringSplitOptions.RemoveEmptyEntries),
            page.QuerySelectorAll("[data-testid=providers] tbody tr").Select(r => r.GetAttribute("data-provider")!));
        if (expected.Length == 0)
        {
            Assert.Equal("No provider matches.", page.QuerySelector("[data-testid=none]")!.Text());
        }
    }

    [Fact]
    public async Task Get_WithFilters_KeepsThemSelectedInTheForm()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning?type=homecare&band=medium&cqc=unrated&overdue=yes&neighbourhood=INT-CC");

        Assert.Equal("homecare", page.QuerySelector("#type option[selected]")!.GetAttribute("value"));
        Assert.Equal("medium", page.QuerySelector("#band option[selected]")!.GetAttribute("value"));
        Assert.Equal("unrated", page.QuerySelector("#cqc option[selected]")!.GetAttribute("value"));
        Assert.Equal("INT-CC", page.QuerySelector("#neighbourhood option[selected]")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#overdue")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Get_WithUnknownFilterValues_Returns400WithEachProblem()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning?band=severe&cqc=poor&type=hospital");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [
                "Type 'hospital' is not a service type: choose one from the list",
                "Band 'severe' is not a risk band: choose low, medium or high",
                "CQC rating 'poor' is not a rating: choose one from the list",
            ],
            page.QuerySelectorAll("[data-testid=error-summary] li").Select(li => li.Text()));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetBandChanges_WhenSignedIn_ListsProvidersWhoseBandDiffersFromThreeMonthsAgo()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        var page = await client.GetHtmlAsync("/commissioning/band-changes");
        var rows = page.QuerySelectorAll("[data-testid=band-changes] tbody tr").ToList();

        Assert.StartsWith("Providers whose risk band today, 15 Jan 2025, differs from their band on 15 Oct 2024, 3 months ago.", page.QuerySelector("[data-testid=comparison]")!.Text(), StringComparison.Ordinal);
        var row = Assert.Single(rows);
        Assert.Equal("P02", row.GetAttribute("data-provider"));
        Assert.Equal("Low", row.QuerySelector("[data-testid=then]")!.Text());
        Assert.Equal("Medium", row.QuerySelector("[data-testid=now]")!.Text());
        Assert.Equal(["2", "3"], row.QuerySelectorAll("td.nhsuk-table__cell--numeric").Select(td => td.Text()));
    }

    [Fact]
    public async Task Get_WhenSignedIn_MarksCommissioningAsTheCurrentSection()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning");

        Assert.Equal("Commissioning", page.QuerySelector(".nhsuk-header__navigation-link[aria-current=page]")!.Text());
        Assert.Equal("Provider register", page.QuerySelector("[data-testid=commissioning-pages] a[aria-current=page]")!.Text());
        Assert.Equal("Commissioning – Provider register", page.QuerySelector("h1")!.Text());
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(page.QuerySelectorAll("th"), th => Assert.True(th.HasAttribute("scope")));
    }
}
