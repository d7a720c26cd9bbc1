using LocalCare.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Organisation;

public sealed class OrganisationPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_WhenSignedIn_ShowsThreeLocalitiesWithAllThirteenNeighbourhoods()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var units = await factory.QueryAsync(db => db.OrganisationUnits.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/organisation");
        var localities = page.QuerySelectorAll("section[data-locality]");

        Assert.Equal(3, localities.Length);
        Assert.Equal(13, page.QuerySelectorAll("section[data-locality] li[data-neighbourhood]").Length);
        foreach (var section in localities)
        {
            var code = section.GetAttribute("data-locality")!;
            var locality = units.Single(u => u.Code == code);
            Assert.Equal(UnitKind.Locality, locality.Kind);
            Assert.Equal($"{locality.Name} {locality.Code}", section.QuerySelector("h3")!.Text());
            Assert.Equal(
                units.Where(u => u.Kind == UnitKind.Neighbourhood && u.ParentCode == code).Select(u => $"{u.Name} ({u.Code})").Order(StringComparer.Ordinal),
                section.QuerySelectorAll("li").Select(li => li.Text()).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Get_WhenSignedIn_GroupsEveryServiceUnderItsGroupLabel()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var services = await factory.QueryAsync(db => db.OrganisationUnits.AsNoTracking().Where(u => u.Kind == UnitKind.Service).ToListAsync(TestContext.Current.CancellationToken));

        var page = await client.GetHtmlAsync("/organisation");
        var tables = page.QuerySelectorAll("table[data-service-group]");

        var groups = services.Select(s => s.ServiceGroup!.Value).Distinct().Order().ToList();
        Assert.Equal(groups.Select(g => g.ToCode()), tables.Select(t => t.GetAttribute("data-service-group")));
        foreach (var (group, table) in groups.Zip(tables))
        {
            Assert.Equal(group.ToLabel(), table.QuerySelector("caption")!.Text());
            Assert.Equal(
                services.Where(s => s.ServiceGroup == group).Select(s => s.Code).Order(StringComparer.Ordinal),
                table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelector("td")!.Text()).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Get_WhenSignedIn_NamesTheLcoWithItsCode()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/organisation");

        Assert.Equal("Manchester Local Care Organisation (MLCO) – Organisation", page.QuerySelector("h1")!.Text());
    }
}
