using LocalCare.Data;
using LocalCare.Web.Tests.Features.Data;
using LocalCare.Web.Tests.Features.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.Organisation;

/// <summary>The organisation page shows the history of its units and of each organisation.csv imported.</summary>
public sealed class OrganisationHistoryTests(NoActivityWebFactory factory) : IClassFixture<NoActivityWebFactory>
{
    [Fact]
    public async Task Get_ShowsTheImportOfOrganisationCsv_AndAChangeToAUnit_BeforeAndAfter()
    {
        string before;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var ct = TestContext.Current.CancellationToken;
            var unit = await db.OrganisationUnits.SingleAsync(u => u.Code == "INT-CC", ct);
            before = unit.Name;
            unit.Name = "Central Neighbourhood (renamed)";
            await db.SaveChangesAsync(ct);
        }

        var units = await factory.QueryAsync(db => db.OrganisationUnits.CountAsync(TestContext.Current.CancellationToken));
        using var client = await factory.CreateSignedInClientAsync();
        var rows = HistoryRows.Of(await client.GetHtmlAsync("/organisation"));

        Assert.Contains(rows, r => r.Contains("OrganisationUnit INT-CC changed", StringComparison.Ordinal) && r.Contains($"Name: {before} → Central Neighbourhood (renamed)", StringComparison.Ordinal));
        // The demo loads organisation.csv through the import: one entry for the file (by the system, at start-up).
        Assert.Contains(rows, r => r.Contains("system ImportedFile organisation.csv imported", StringComparison.Ordinal) && r.Contains($"Inserted: – → {units}", StringComparison.Ordinal));
    }
}
