using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;
using LocalCare.Data.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Organisation;

public sealed class OrganisationImportTests
{
    private const string Valid = """
        code,name,kind,parent_code,service_group
        LCO,Test LCO,lco,,
        NORTH,North,locality,LCO,
        INT-A,Team A,neighbourhood,NORTH,
        INT-B,Team B,neighbourhood,NORTH,
        POD,Podiatry,service,LCO,citywide
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_StoresEveryUnit(string engine)
    {
        await using var database = await InitialisedAsync(engine);

        var result = await ImportAsync(database, Valid);

        Assert.Equal("organisation.csv: 5 added, 0 updated, 0 unchanged, 0 removed", result.ToString());
        var units = await UnitsAsync(database);
        Assert.Equal(["INT-A", "INT-B", "LCO", "NORTH", "POD"], units.Keys.Order());
        Assert.Equal(ServiceGroup.Citywide, units["POD"].ServiceGroup);
        Assert.Equal("NORTH", units["INT-B"].ParentCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_TheSameFileTwice_ChangesNothing(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        await ImportAsync(database, Valid);

        var again = await ImportAsync(database, Valid);

        Assert.Equal((0, 0, 5, 0), (again.Added, again.Updated, again.Unchanged, again.Removed));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_AChangedFile_UpdatesNamesAndParents_AndRemovesUnitsNoLongerListed(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        await ImportAsync(database, Valid);
        var changed = """
            code,name,kind,parent_code,service_group
            LCO,Test LCO,lco,,
            NORTH,North,locality,LCO,
            SOUTH,South,locality,LCO,
            INT-A,Team A renamed,neighbourhood,NORTH,
            INT-B,Team B,neighbourhood,SOUTH,
            """;

        var result = await ImportAsync(database, changed);

        Assert.Equal((1, 2, 2, 1), (result.Added, result.Updated, result.Unchanged, result.Removed));
        var units = await UnitsAsync(database);
        Assert.Equal("Team A renamed", units["INT-A"].Name);
        Assert.Equal("SOUTH", units["INT-B"].ParentCode);
        Assert.False(units.ContainsKey("POD"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_ABadFile_ReportsEveryProblem_AndStoresNothing(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        await ImportAsync(database, Valid);
        var bad = """
            code,name,kind,parent_code,service_group
            LCO,Test LCO renamed,lco,,
            NORTH,North,locality,LCO,
            INT-A,Team A,ward,NORTH,
            INT-C,Team C,neighbourhood,EAST,
            NORTH,North again,locality,LCO,
            """;

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => ImportAsync(database, bad));

        Assert.Equal(
            [
                "organisation.csv:4: kind: 'ward' is not a unit kind (lco, locality, neighbourhood, service)",
                "organisation.csv:5: parent_code: 'EAST' is not a code in this file",
                "organisation.csv:6: code: 'NORTH' is a duplicate of line 3",
            ],
            error.Errors.Select(e => e.ToString()));
        var units = await UnitsAsync(database);
        Assert.Equal(5, units.Count);
        Assert.Equal("Test LCO", units["LCO"].Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_ThatWouldRemoveAUnitWithATarget_IsRefused_AndStoresNothing(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        await ImportAsync(database, Valid);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.MetricTargets.Add(new MetricTarget { MetricId = "activity-vs-plan", Unit = "service:POD", PlanYear = new PlanYear(2026), Value = 0.95 });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var withoutPodiatry = string.Join('\n', Valid.Split('\n').Where(l => !l.StartsWith("POD", StringComparison.Ordinal)).Select(l => l.Replace("Team A", "Team A renamed", StringComparison.Ordinal)));
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => ImportAsync(database, withoutPodiatry));

        Assert.Equal(["organisation.csv: code: 'POD' is missing from the file but is still used by metric targets; it cannot be removed"], error.Errors.Select(e => e.ToString()));
        var units = await UnitsAsync(database);
        Assert.True(units.ContainsKey("POD"));
        Assert.Equal("Team A", units["INT-A"].Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_WithANewLcoCode_ReplacesTheLco_AndKeepsTheLcoTargets(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        await ImportAsync(database, Valid);
        var renamed = Valid.Replace("LCO,Test LCO,lco", "NEWLCO,New LCO,lco", StringComparison.Ordinal).Replace(",LCO,", ",NEWLCO,", StringComparison.Ordinal);

        var result = await ImportAsync(database, renamed);

        Assert.Equal((1, 2, 1), (result.Added, result.Updated, result.Removed));
        var units = await UnitsAsync(database);
        Assert.Equal("New LCO", units["NEWLCO"].Name);
        Assert.False(units.ContainsKey("LCO"));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.True(await db.MetricTargets.AnyAsync(t => t.Unit == "lco", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FromFile_WhenTheFileDoesNotExist_SaysSo()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        await using var scope = database.Scope();
        var import = scope.ServiceProvider.GetRequiredService<OrganisationImport>();

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => import.FromFileAsync("/nonexistent/organisation.csv", TestContext.Current.CancellationToken));

        Assert.Equal("organisation.csv: file not found: /nonexistent/organisation.csv", Assert.Single(error.Errors).ToString());
    }

    private static async Task<TestDatabase> InitialisedAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        return database;
    }

    private static async Task<OrganisationImportResult> ImportAsync(TestDatabase database, string csv)
    {
        await using var scope = database.Scope();
        var import = scope.ServiceProvider.GetRequiredService<OrganisationImport>();
        return await import.FromReaderAsync(new StringReader(csv), "organisation.csv", TestContext.Current.CancellationToken);
    }

    private static async Task<Dictionary<string, OrganisationUnit>> UnitsAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        return await db.OrganisationUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, TestContext.Current.CancellationToken);
    }
}
