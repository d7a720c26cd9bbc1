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
    public void ARejectedRow_CountsInTheMonthItsDateGives_AndOneWithAnUnreadableDateInEveryMonth()
    {
        using var warehouse = new TestWarehouse();
        const string header = "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at";
        var referrals = warehouse.Write("referrals.csv", $"""
            {header}
            R1,P1,POD,INT-A,2024-05-01T09:30,routine,
            R2,P1,POD,INT-A,2024-05-02T09:30,routine,
            R3,P1,POD,INT-A,2024-05-03T09:30,soon,
            R4,P1,POD,INT-A,2024-06-01T09:30,routine,
            R5,P1,POD,INT-A,last tuesday,routine,

            """);

        warehouse.Import(new LocalCare.Warehouse.Imports.ImportOptions("tester", AllowRejects: true), referrals);
        var may = SourceQuality.Read(warehouse.Database, new YearMonth(2024, 5))["referrals"];
        var june = SourceQuality.Read(warehouse.Database, new YearMonth(2024, 6))["referrals"];
        var july = SourceQuality.Read(warehouse.Database, new YearMonth(2024, 7))["referrals"];

        // May: 2 stored, R3 (bad urgency, dated May) and R5 (no readable date); June: 1 stored and R5; July: only R5.
        Assert.Equal((4L, 2L), (may.Rows, may.ProblemRows));
        Assert.Equal((2L, 1L), (june.Rows, june.ProblemRows));
        Assert.Equal((1L, 1L), (july.Rows, july.ProblemRows));
        Assert.Equal(
            [("referrals.csv", (DateTime?)null, 1L), ("referrals.csv", new DateTime(2024, 5, 1), 1L)],
            [.. warehouse.Rows("SELECT file, month, rows FROM import_reject_months ORDER BY month NULLS FIRST", r => (r.GetString(0), r.IsDBNull(1) ? (DateTime?)null : r.GetDateTime(1), r.GetInt64(2)))]);
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
