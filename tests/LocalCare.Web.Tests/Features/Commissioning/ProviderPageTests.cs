using System.Net;
using LocalCare.Core.Access;

namespace LocalCare.Web.Tests.Features.Commissioning;

public sealed class ProviderPageTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    public static readonly string[] AllReasons =
    [
        "CQC overall rating requires improvement (published 2024-09-20): 3 points",
        "CQC rating published within 30 months of 2025-01-15: 0 points",
        "Latest council audit poor (2024-10-01): 6 points",
        "Council audit in the 24 months up to 2025-01-15: 0 points",
        "1 audit action overdue: 2 points",
        "1 safeguarding concern open: 3 points",
        "1 whistleblowing concern opened in the 12 months up to 2025-01-15: 2 points",
        "2 upheld complaints opened in the 12 months up to 2025-01-15 (fewer than 3): 0 points",
    ];

    [Fact]
    public async Task Get_AsCommissioner_ShowsTheRiskScoreBandReviewAndEveryReason()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        var page = await client.GetHtmlAsync("/commissioning/providers/P01");

        Assert.Equal("P01 – Alder House", page.QuerySelector("h1")!.Text());
        Assert.Equal("16", page.QuerySelector("[data-testid=risk] [data-testid=score]")!.Text());
        Assert.Equal("High review every 3 months", page.QuerySelector("[data-testid=risk] [data-testid=band]")!.Text());
        Assert.Equal("1 Oct 2024", page.QuerySelector("[data-testid=last-audit]")!.Text());
        Assert.Equal("1 Jan 2025 Overdue", page.QuerySelector("[data-testid=risk] [data-testid=next-review]")!.Text());
        Assert.Equal(AllReasons, page.QuerySelectorAll("[data-testid=reasons] li").Select(li => li.Text()));
        Assert.Equal("Requires improvement (published 20 Sep 2024)", page.QuerySelector("[data-testid=cqc]")!.Text());
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Viewer)]
    public async Task Get_AsManagerOrViewer_FoldsTheConcernReasonsAndLeavesConcernsOut(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        using var response = await client.GetResponseAsync("/commissioning/providers/P01");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("16", page.QuerySelector("[data-testid=risk] [data-testid=score]")!.Text());
        Assert.Equal(
            [.. AllReasons.Take(5), "Concerns between audits (details restricted): 5 points"],
            page.QuerySelectorAll("[data-testid=reasons] li").Select(li => li.Text()));
        Assert.Equal(
            "Concerns about providers (safeguarding, whistleblowing and upheld complaints) are restricted to commissioners, analysts, executives and administrators.",
            page.QuerySelector("[data-testid=concerns-restricted]")!.Text());
        Assert.Null(page.QuerySelector("[data-testid=concerns]"));
        Assert.All(CommissioningFixture.ConcernTexts, text => Assert.DoesNotContain(text, html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Commissioner)]
    public async Task Get_AsConcernReader_ListsConcernsOpenFirst(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        var page = await client.GetHtmlAsync("/commissioning/providers/P01");
        var rows = page.QuerySelectorAll("[data-testid=concerns] tbody tr").ToList();

        Assert.Equal(["CON-01", "CON-04", "CON-03", "CON-02"], rows.Select(r => r.GetAttribute("data-concern")));
        Assert.Equal($"{CommissioningFixture.SafeguardingSummary} CON-01", rows[0].QuerySelector("th")!.Text());
        Assert.Equal(["Safeguarding", "20 Dec 2024", "Open"], rows[0].QuerySelectorAll("td").Select(td => td.Text()));
        Assert.Equal("Closed 1 Apr 2024", rows[3].QuerySelectorAll("td")[2].Text());
        Assert.Null(page.QuerySelector("[data-testid=concerns-restricted]"));
    }

    [Fact]
    public async Task Get_WhenSignedIn_ShowsTheBandAtEachOfTheLast24MonthEnds()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/providers/P01");
        var rows = page.QuerySelectorAll("[data-testid=band-history] tbody tr").ToDictionary(r => r.GetAttribute("data-month-end")!);

        Assert.Equal(24, rows.Count);
        Assert.Equal("2023-01-31", page.QuerySelector("[data-testid=band-history] tbody tr")!.GetAttribute("data-month-end"));
        Assert.Equal("2024-12-31", page.QuerySelectorAll("[data-testid=band-history] tbody tr")[^1].GetAttribute("data-month-end"));
        (string Score, string Band, string Change) Cells(string monthEnd) =>
            (rows[monthEnd].QuerySelector("[data-testid=score]")!.Text(), rows[monthEnd].QuerySelector("[data-testid=band]")!.Text(), rows[monthEnd].QuerySelector("[data-testid=change]")!.Text());
        Assert.Equal(("–", "No active contract", ""), Cells("2023-03-31"));
        Assert.Equal(("3", "Medium", "Changed"), Cells("2023-04-30"));
        Assert.Equal(("4", "Medium", ""), Cells("2023-12-31"));
        Assert.Equal(("4", "Medium", ""), Cells("2024-02-29"));
        Assert.Equal(("6", "High", "Changed"), Cells("2024-03-31"));
        Assert.Equal(("7", "High", ""), Cells("2024-09-30"));
        Assert.Equal(("11", "High", ""), Cells("2024-10-31"));
        Assert.Equal(("16", "High", ""), Cells("2024-12-31"));
    }

    [Fact]
    public async Task Get_WhenSignedIn_ShowsCqcRatingsByDomainOverTimeAndToday()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/providers/P01");
        var table = page.QuerySelector("[data-testid=cqc-history]")!;

        Assert.Equal(["Published", "Overall", "Safe", "Effective", "Caring", "Responsive", "Well-led"], table.QuerySelectorAll("thead th").Select(th => th.Text()));
        Assert.Equal(
            ["Requires improvement", "Inadequate", "Good", "Good", "Requires improvement", "Requires improvement"],
            table.QuerySelectorAll("[data-testid=cqc-today] td").Select(td => td.Text()));
        Assert.Equal(["2024-09-20", "2021-06-10"], table.QuerySelectorAll("tr[data-published]").Select(r => r.GetAttribute("data-published")));
        Assert.Equal(
            ["Good", "Requires improvement", "Good", "Good", "Good", "Good"],
            table.QuerySelectorAll("tr[data-published='2021-06-10'] td").Select(td => td.Text()));
    }

    [Fact]
    public async Task Get_WhenSignedIn_ShowsAuditsWithRatingsPerKeyQuestionAndActionsOpenFirst()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/providers/P01");
        var audit = Assert.Single(page.QuerySelectorAll("[data-testid=audits] tbody tr"));
        var actions = page.QuerySelectorAll("[data-testid=actions] tbody tr").ToList();

        Assert.Equal("A01", audit.GetAttribute("data-audit"));
        Assert.Equal(["J Smith", "Poor", "Poor", "Not looked at", "Good", "Not looked at", "Requires improvement"], audit.QuerySelectorAll("td").Select(td => td.Text()));
        Assert.Equal(["AA1", "AA2", "AA3"], actions.Select(a => a.GetAttribute("data-action")));
        Assert.Equal(["Overdue", "Open", "Completed 30 Oct 2024"], actions.Select(a => a.QuerySelector("[data-testid=status]")!.Text()));
    }

    [Fact]
    public async Task Get_WhenSignedIn_ShowsContractsWithSpendAgainstTheMonthlyPlanAndSocialValue()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/providers/P01");
        var contract = page.QuerySelector("[data-contract=K01]")!;
        var spend = contract.QuerySelectorAll("[data-testid=spend] tbody tr").ToList();

        Assert.Equal("K01 Nursing beds block", contract.QuerySelector("h3")!.Text());
        Assert.Equal("1 Apr 2023 to 15 Jul 2025", contract.QuerySelector("[data-testid=term]")!.Text());
        Assert.Equal("£480,000.00", contract.QuerySelector("[data-testid=annual-value]")!.Text());
        Assert.StartsWith("Yes", contract.QuerySelector("[data-testid=flagship]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(["2024-03", "2024-04", "2024-05", "2024-06"], spend.Select(r => r.GetAttribute("data-month")));
        Assert.Equal(["£38,000.00", "£40,000.00", "£42,000.00", "−£1,500.00"], spend.Select(r => r.QuerySelector("[data-testid=amount]")!.Text()));
        Assert.Equal(["£38,000.00", "£40,000.00", "£82,000.00", "£80,500.00"], spend.Select(r => r.QuerySelector("[data-testid=cumulative]")!.Text()));
        Assert.All(spend, r => Assert.Equal("£40,000.00", r.QuerySelector("[data-testid=plan]")!.Text()));
        Assert.Equal("Mar 2024 (contract year 1)", spend[0].QuerySelector("th")!.Text());
        Assert.Equal("Apr 2024 (contract year 2)", spend[1].QuerySelector("th")!.Text());

        var commitments = contract.QuerySelectorAll("[data-testid=social-value] tbody tr").ToList();
        Assert.Equal(
            [("Create employment and skills opportunities", "Apprenticeships", "people", "4", "3", "75.0%"), ("Make your organisation greener", "Electric vehicles", "vehicles", "2", "0", "0.0%")],
            commitments.Select(r => (r.QuerySelector("th")!.Text(), r.QuerySelectorAll("td")[1].Text(), r.QuerySelectorAll("td")[2].Text(),
                r.QuerySelector("[data-testid=committed]")!.Text(), r.QuerySelector("[data-testid=delivered]")!.Text(), r.QuerySelector("[data-testid=percent]")!.Text())));
    }

    [Fact]
    public async Task Get_ProviderWithoutActiveContract_SaysItIsNotRated()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/commissioning/providers/P04");

        Assert.Equal("No active contract today: only providers with a contract active on the day are risk rated.", page.QuerySelector("[data-testid=not-rated]")!.Text());
        Assert.Null(page.QuerySelector("[data-testid=reasons]"));
        Assert.Equal("1 Apr 2022 to 14 Jan 2025 (ended)", page.QuerySelector("[data-contract=K04] [data-testid=term]")!.Text());
    }

    [Fact]
    public async Task Get_UnknownProvider_ShowsPageNotFound()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/commissioning/providers/NOPE");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_WhenSignedIn_HasHeadingsInOrderAndTablesWithCaptions()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        var page = await client.GetHtmlAsync("/commissioning/providers/P01");
        var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => int.Parse(h.TagName[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} is followed by h{pair.Second}"));
        Assert.All(page.QuerySelectorAll("main table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(page.QuerySelectorAll("main th"), th => Assert.True(th.HasAttribute("scope")));
        Assert.All(page.QuerySelectorAll("main .nhsuk-tag"), tag => Assert.False(string.IsNullOrWhiteSpace(tag.Text())));
    }
}
