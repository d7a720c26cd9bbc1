using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Data.Imports;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Commissioning;

/// <summary><c>localcare compute</c> computes the six commissioning metrics from the imported register, at their units.</summary>
public sealed class CommissioningMetricComputeTests
{
    private const string Organisation = """
        code,name,kind,parent_code,service_group
        LCO,Test LCO,lco,,
        NORTH,North,locality,LCO,
        INT-A,Team A,neighbourhood,NORTH,
        POD,Podiatry,service,LCO,citywide
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Compute_StoresTheCommissioningMetrics_AtTheirUnits(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var directory = Directory.CreateDirectory(Path.Combine(database.DataDirectory, "in")).FullName;
        File.WriteAllText(Path.Combine(directory, "organisation.csv"), Organisation);
        File.WriteAllText(Path.Combine(directory, "referrals.csv"), "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at\nR1,P1,POD,INT-A,2024-04-05T09:00,routine,\n");
        foreach (var (name, content) in CommissioningImportTests.Files)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
        }

        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(ImportPlan.For([directory]), new ImportOptions("tester"), cancellationToken: TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<MetricCompute>().RunAsync(new MonthRange(new YearMonth(2024, 4), new YearMonth(2024, 9)), "tester", cancellationToken: TestContext.Current.CancellationToken);
        }

        await using var read = database.Scope();
        var values = await read.ServiceProvider.GetRequiredService<LocalCareDbContext>().MetricValues.AsNoTracking()
            .Where(v => CommissioningMetrics.Ids.Contains(v.MetricId)).ToListAsync(TestContext.Current.CancellationToken);
        double? Value(string metric, string unit, int month) => values.Single(v => v.MetricId == metric && v.Unit == unit && v.Month == new YearMonth(2024, month)).Value;

        // April spend: 100,000.00 with the local P1, -250.50 (a credit) with P2.
        Assert.Equal(100000.00 / 99749.50, Value(CommissioningMetrics.LocalSpend, "lco", 4)!.Value, 12);
        // Budget: 1,100 actual against 1,000 in April; May has no actual.
        Assert.Equal(100.0, Value(CommissioningMetrics.BudgetVariance, "service:POD", 4));
        Assert.DoesNotContain(values, v => v.MetricId == CommissioningMetrics.BudgetVariance && v.Month == new YearMonth(2024, 5));
        // VfP: 1,000 delivered by April against the approved S1's 12,000 × 1/12.
        Assert.Equal(1.0, Value(CommissioningMetrics.VfpDelivery, "service:POD", 4));
        // Reviews: in June P1 (high after its requires-improvement audit of 10 June) is due by 10 September; on 30 September
        // it is overdue. P2 has never been audited: due on the census day itself, so not overdue. P1 is in Team A, North.
        Assert.Equal(1.0, Value(CommissioningMetrics.ProviderReviewsOnTime, "lco", 6));
        Assert.Equal(0.5, Value(CommissioningMetrics.ProviderReviewsOnTime, "lco", 9));
        Assert.Equal(0.0, Value(CommissioningMetrics.ProviderReviewsOnTime, "neighbourhood:INT-A", 9));
        Assert.Equal(0.0, Value(CommissioningMetrics.ProviderReviewsOnTime, "locality:NORTH", 9));
        // No provider has a CQC rating: nothing rated, no value.
        Assert.DoesNotContain(values, v => v.MetricId == CommissioningMetrics.ProvidersGoodOutstanding);
    }
}
