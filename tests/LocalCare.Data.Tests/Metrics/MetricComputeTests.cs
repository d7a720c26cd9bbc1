using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Plans;
using LocalCare.Data.Imports;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Metrics;

/// <summary>Computing the metrics from the warehouse into the app database, and reading them back with targets.</summary>
public sealed class MetricComputeTests
{
    private const string Organisation = """
        code,name,kind,parent_code,service_group
        LCO,Test LCO,lco,,
        NORTH,North,locality,LCO,
        INT-A,Team A,neighbourhood,NORTH,
        POD,Podiatry,service,LCO,citywide
        """;

    private const string Referrals = """
        referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at
        R1,P1,POD,INT-A,2025-01-05T09:00,routine,
        R2,P2,POD,,2025-01-06T09:00,routine,
        """;

    private const string Contacts = """
        contact_id,referral_id,person_id,service_code,neighbourhood_code,scheduled_at,attendance,contact_mode,duration_minutes
        C1,R1,P1,POD,INT-A,2025-01-20T10:00,5,face_to_face,30
        C2,,P3,POD,INT-A,2025-01-21T10:00,5,face_to_face,30
        C3,R1,P1,POD,INT-A,2025-02-20T10:00,3,,
        """;

    private const string ManualValues = """
        month,metric_id,unit,numerator,denominator
        2025-01,carers-assessments,lco,42,
        2025-02,carers-assessments,lco,40,
        """;

    private static readonly MonthRange JanuaryToFebruary = new(new YearMonth(2025, 1), new YearMonth(2025, 2));

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Compute_StoresEveryMetricPerUnitAndMonth_AndReadingsCarryTheirTargets(string engine)
    {
        await using var database = await LoadedAsync(engine);

        var report = await ComputeAsync(database, JanuaryToFebruary);

        Assert.Equal(report.Values, report.PerMetric.Sum(m => m.Values));
        var readings = await ReadAsync(database, new MetricFilter("contacts-linked-to-referral"));
        var lcoJanuary = Assert.Single(readings, r => r.Unit == "lco" && r.Month == new YearMonth(2025, 1));
        Assert.Equal((1.0, (double?)2.0, (double?)0.5), (lcoJanuary.Numerator, lcoJanuary.Denominator, lcoJanuary.Value));
        Assert.Equal(0.98, lcoJanuary.Target); // the metric's default: no target was set for 2024/25
        Assert.False(lcoJanuary.Met);
        Assert.Contains(readings, r => r.Unit == "locality:NORTH");

        // February: the waiting list is R2 alone (R1 was seen in January); a count has no target, so met is null.
        var waiting = Assert.Single(await ReadAsync(database, new MetricFilter("waiting-list-size", "lco", new YearMonth(2025, 2))));
        Assert.Equal(1.0, waiting.Value);
        Assert.Null(waiting.Target);
        Assert.Null(waiting.Met);

        var carers = await ReadAsync(database, new MetricFilter("carers-assessments"));
        Assert.Equal([42.0, 40.0], carers.Select(r => r.Value!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Compute_Twice_ReplacesRatherThanAdds_AndAUnitTargetForTheYearWins(string engine)
    {
        await using var database = await LoadedAsync(engine);
        var first = await ComputeAsync(database, JanuaryToFebruary);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.MetricTargets.Add(new MetricTarget { MetricId = "contacts-linked-to-referral", Unit = "service:POD", PlanYear = new PlanYear(2024), Value = 0.5 });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var second = await ComputeAsync(database, JanuaryToFebruary);

        Assert.Equal(first.Values, second.Values);
        Assert.Equal(second.Values, await CountValuesAsync(database));
        var pod = Assert.Single(await ReadAsync(database, new MetricFilter("contacts-linked-to-referral", "service:POD", new YearMonth(2025, 1), new YearMonth(2025, 1))));
        Assert.Equal((0.5, (bool?)true), (pod.Target, pod.Met));
    }

    [Fact]
    public async Task ACustomMetricWhoseQueryFails_StopsTheComputation_AndStoresNothing()
    {
        await using var database = await LoadedAsync(TestDatabase.Sqlite);
        var before = await ComputeAsync(database, JanuaryToFebruary);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.Metrics.Add(new MetricDefinition
            {
                Id = "broken",
                Name = "Broken",
                Kind = MetricKind.Count,
                Direction = Direction.LowerIsBetter,
                BoardCode = "HPB",
                Definition = "d",
                Sql = "SELECT month, service_code, neighbourhood_code, numerator, denominator FROM no_such_table",
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var error = await Assert.ThrowsAsync<MetricComputeException>(() => ComputeAsync(database, new MonthRange(new YearMonth(2025, 1), new YearMonth(2025, 3))));

        Assert.Equal("broken", error.MetricId);
        Assert.StartsWith("Metric broken: the query Catalog Error: Table with name no_such_table does not exist", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was stored.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Values, await CountValuesAsync(database));
    }

    private static async Task<TestDatabase> LoadedAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var directory = Directory.CreateDirectory(Path.Combine(database.DataDirectory, "in")).FullName;
        File.WriteAllText(Path.Combine(directory, "organisation.csv"), Organisation);
        File.WriteAllText(Path.Combine(directory, "referrals.csv"), Referrals);
        File.WriteAllText(Path.Combine(directory, "contacts.csv"), Contacts);
        File.WriteAllText(Path.Combine(directory, "metric_values.csv"), ManualValues);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(ImportPlan.For([directory]), new ImportOptions("tester"), cancellationToken: TestContext.Current.CancellationToken);
        return database;
    }

    private static async Task<MetricComputeReport> ComputeAsync(TestDatabase database, MonthRange range)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<MetricCompute>().RunAsync(range, "tester", cancellationToken: TestContext.Current.CancellationToken);
    }

    private static async Task<List<MetricReading>> ReadAsync(TestDatabase database, MetricFilter filter)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<MetricReadings>().ListAsync(filter, TestContext.Current.CancellationToken);
    }

    private static async Task<int> CountValuesAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().MetricValues.CountAsync(TestContext.Current.CancellationToken);
    }
}
