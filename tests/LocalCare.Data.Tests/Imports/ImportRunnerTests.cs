using LocalCare.Core.Inputs;
using LocalCare.Data.Imports;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Imports;

/// <summary>A run that spans both stores: organisation.csv into the app database, extracts into the warehouse, all or nothing.</summary>
public sealed class ImportRunnerTests
{
    private const string Organisation = """
        code,name,kind,parent_code,service_group
        LCO,Test LCO,lco,,
        NORTH,North,locality,LCO,
        INT-A,Team A,neighbourhood,NORTH,
        POD,Podiatry,service,LCO,citywide
        """;

    private const string Referrals = "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ARun_WithANewOrganisationAndExtracts_ChecksTheExtractsAgainstTheNewOrganisation(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        var directory = Write(database, ("organisation.csv", Organisation), ("referrals.csv", Referrals + "R1,P1,POD,INT-A,2024-05-01T09:30,routine,\n"));

        var outcome = await RunAsync(database, directory);

        Assert.Equal("organisation.csv: 4 added, 0 updated, 0 unchanged, 0 removed", outcome.Organisation?.ToString());
        Assert.Equal(1, outcome.Warehouse?.RowsStored);
        Assert.Equal(4, await CountUnitsAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ARun_WhoseExtractHasARejectedRow_StoresNeitherTheOrganisationNorTheExtracts(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        var directory = Write(database, ("organisation.csv", Organisation), ("referrals.csv", Referrals + "R1,P1,POD,,2024-05-01T09:30,routine,\nR2,P1,NOPE,,2024-05-01T09:30,routine,\n"));

        var rejected = await Assert.ThrowsAsync<ImportRejectedException>(() => RunAsync(database, directory));

        Assert.Equal(["referrals.csv:3: service_code: 'NOPE' is not a service of the organisation"], rejected.Errors.Select(e => e.ToString()));
        Assert.Equal(0, await CountUnitsAsync(database));
        using var warehouse = WarehouseDatabase.In(database.DataDirectory).OpenReader()!;
        Assert.Equal(0, Sql.Scalar<long>(warehouse, "SELECT count(*) FROM referrals"));
    }

    [Fact]
    public async Task AnOrganisationThatDropsAUnitTheWarehouseStillUses_IsRefused()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        await RunAsync(database, Write(database, ("organisation.csv", Organisation), ("referrals.csv", Referrals + "R1,P1,POD,INT-A,2024-05-01T09:30,routine,\n")));
        var withoutTeamA = string.Join('\n', Organisation.Split('\n').Where(l => !l.StartsWith("INT-A", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => RunAsync(database, Write(database, ("organisation.csv", withoutTeamA))));

        Assert.Equal(["organisation.csv: code: 'INT-A' is missing from the file but is still used by warehouse data; it cannot be removed"], error.Errors.Select(e => e.ToString()));
        Assert.Equal(4, await CountUnitsAsync(database));
    }

    [Fact]
    public async Task MetricValues_ForAComputedMetric_AreRefused_ForAManualMetric_Stored()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        await RunAsync(database, Write(database, ("organisation.csv", Organisation)));
        const string Header = "month,metric_id,unit,numerator,denominator\n";

        var rejected = await Assert.ThrowsAsync<ImportRejectedException>(() => RunAsync(database, Write(database, ("metric_values.csv", Header + "2025-01,dna-rate,lco,3,10\n"))));
        var stored = await RunAsync(database, Write(database, ("metric_values.csv", Header + "2025-01,carers-assessments,lco,3,\n")));

        Assert.Equal(["metric_values.csv:2: metric_id: 'dna-rate' is not a manual metric"], rejected.Errors.Select(e => e.ToString()));
        Assert.Equal(1, stored.Warehouse?.RowsStored);
    }

    [Fact]
    public async Task Extracts_WithoutAnyOrganisation_AreRefusedWithAClearMessage()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => RunAsync(database, Write(database, ("referrals.csv", Referrals))));

        Assert.Equal("No organisation loaded: import organisation.csv first (or run 'localcare init --demo').", error.Message);
    }

    private static async Task<TestDatabase> InitialisedAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        return database;
    }

    private static string Write(TestDatabase database, params (string Name, string Content)[] files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(database.DataDirectory, "in-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
        }

        return directory;
    }

    private static async Task<ImportOutcome> RunAsync(TestDatabase database, string directory)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(ImportPlan.For([directory]), new ImportOptions("tester"), cancellationToken: TestContext.Current.CancellationToken);
    }

    private static async Task<int> CountUnitsAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().OrganisationUnits.CountAsync(TestContext.Current.CancellationToken);
    }
}
