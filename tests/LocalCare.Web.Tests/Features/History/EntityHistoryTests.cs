using LocalCare.Core.Access;
using LocalCare.Web.Tests.Features.Commissioning;

namespace LocalCare.Web.Tests.Features.History;

/// <summary>The board and metric pages show their history: who created and changed them, with each field before and after.</summary>
public sealed class EntityHistoryTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Theory]
    [InlineData("/boards/HPB", "Board HPB")]
    [InlineData("/performance/dna-rate", "MetricDefinition dna-rate")]
    public async Task APage_ShowsItsHistory(string path, string created)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var page = await client.GetHtmlAsync(path);

        var rows = page.QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.Text()).ToList();
        Assert.Contains(rows, r => r.Contains(created, StringComparison.Ordinal) && r.Contains("created", StringComparison.Ordinal));
    }
}

/// <summary>A provider's page shows its history and its contracts'; concerns only to those who may read concerns.</summary>
public sealed class ProviderHistoryTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    [Fact]
    public async Task ConcernReaders_SeeConcernsInTheHistory_OthersDoNot()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var full = (await admin.GetHtmlAsync("/commissioning/providers/P01")).QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.Text()).ToList();
        var redacted = (await viewer.GetHtmlAsync("/commissioning/providers/P01")).QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.Text()).ToList();

        Assert.Contains(full, r => r.Contains("ProviderConcern", StringComparison.Ordinal));
        Assert.Contains(full, r => r.Contains("ProviderContract", StringComparison.Ordinal));
        Assert.Contains(redacted, r => r.Contains("Provider P01", StringComparison.Ordinal));
        Assert.DoesNotContain(redacted, r => r.Contains("ProviderConcern", StringComparison.Ordinal));
    }
}
