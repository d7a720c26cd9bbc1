using LocalCare.Core.Generation;
using LocalCare.Warehouse.Metrics;
using LocalCare.Warehouse.Quality;
using LocalCare.Warehouse.Tests.Metrics;

namespace LocalCare.Warehouse.Tests.Quality;

/// <summary>What the data-quality mark reads per source table and month: how recent it is, and the month's rows with a problem.</summary>
public sealed class SourceQualityTests : IDisposable
{
    private readonly MetricData _data = new();

    [Fact]
    public void AMonth_CountsItsRows_AndThoseUnlinkedBeforeTheirReferralOrWithoutANeighbourhood()
    {
        _data.Insert("referrals",
            "'R1', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-05 09:00', 'routine', NULL",
            "'R2', 'P', 'POD', NULL, TIMESTAMP '2025-01-06 09:00', 'routine', NULL",
            "'R3', 'P', 'POD', 'INT-A', TIMESTAMP '2025-02-01 09:00', 'routine', NULL");
        _data.Insert("contacts",
            "'C1', 'R1', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-07 10:00', '5', NULL, NULL", // fine
            "'C2', 'NONE', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-08 10:00', '5', NULL, NULL", // not linked
            "'C3', 'R3', 'P', 'POD', 'INT-A', TIMESTAMP '2025-01-09 10:00', '5', NULL, NULL", // before its referral
            "'C4', 'R1', 'P', 'POD', NULL, TIMESTAMP '2025-01-10 10:00', '5', NULL, NULL", // no neighbourhood
            "'C5', 'R1', 'P', 'POD', 'INT-A', TIMESTAMP '2025-02-10 10:00', '5', NULL, NULL");

        var january = SourceQuality.Read(_data.Database, new YearMonth(2025, 1));

        Assert.Equal(new SourceMonth("referrals", new YearMonth(2025, 2), 2, 1), january["referrals"]);
        Assert.Equal(new SourceMonth("contacts", new YearMonth(2025, 2), 4, 3), january["contacts"]);
        Assert.Equal(new SourceMonth("workforce", null, 0, 0), january["workforce"]);
    }

    [Fact]
    public void AMetricsSources_AreTheTablesItsSqlReads()
    {
        Assert.Equal(["referrals", "contacts"], SourceQuality.TablesOf(MetricLibrary.Find("crisis-response-2h")!.Sql, manual: false));
        Assert.Equal(["referrals", "contacts"], SourceQuality.TablesOf("SELECT * FROM waiting_list", manual: false));
        Assert.Equal(["workforce"], SourceQuality.TablesOf(MetricLibrary.Find("vacancy-rate")!.Sql, manual: false));
        Assert.Equal(["metric_values"], SourceQuality.TablesOf(null, manual: true));
    }

    public void Dispose() => _data.Dispose();
}
