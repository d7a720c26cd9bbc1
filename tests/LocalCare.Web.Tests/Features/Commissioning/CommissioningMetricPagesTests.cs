using LocalCare.Core.Access;
using LocalCare.Core.Boards;
using LocalCare.Core.Commissioning;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Commissioning;

/// <summary>The six commissioning metrics reach the metric pages with SPC and the packs of the boards the spec names.</summary>
public sealed class CommissioningMetricPagesTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    public static TheoryData<string> Metrics => [.. CommissioningMetrics.Ids];

    [Theory]
    [MemberData(nameof(Metrics))]
    public async Task EachMetricsPage_ShowsItsSpcChart_FromTheDemosCommissioningData(string metric)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        var page = await client.GetHtmlAsync("/performance/" + metric);

        Assert.NotNull(page.QuerySelector("[data-testid=spc-chart] svg"));
        Assert.Null(page.QuerySelector("[data-testid=no-values]"));
    }

    [Theory]
    [InlineData(StandardBoards.AdultSocialCarePerformance)]
    [InlineData(StandardBoards.FinancePerformanceContracting)]
    public async Task TheBoardsDraftPack_ListsItsCommissioningMetrics_InTheIconTable(string board)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var meeting = await factory.QueryAsync(db => db.Meetings.Where(m => m.BoardCode == board).OrderBy(m => m.Date).Select(m => m.Id).FirstAsync(TestContext.Current.CancellationToken));
        var names = CommissioningMetricDefinitions.All().Where(m => m.BoardCode == board).Select(m => m.Name).ToList();

        var icons = (await client.GetHtmlAsync($"/meetings/{meeting}/pack")).QuerySelector("#icon-table")!.Text();

        Assert.Equal(3, names.Count);
        Assert.All(names, name => Assert.Contains(name, icons, StringComparison.Ordinal));
    }
}
