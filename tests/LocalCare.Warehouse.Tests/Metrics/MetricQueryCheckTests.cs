using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>An analyst's metric query is checked before it is saved: read-only, no files, the right columns, in time.</summary>
public sealed class MetricQueryCheckTests : IDisposable
{
    private static readonly MonthRange Range = new(new YearMonth(2025, 1), new YearMonth(2025, 3));
    private readonly MetricData _data = new();

    private const string Valid = """
        SELECT m.month, c.service_code, c.neighbourhood_code, COUNT(*) AS numerator, CAST(NULL AS INTEGER) AS denominator
        FROM contacts c JOIN months m ON m.month = CAST(date_trunc('month', c.scheduled_at) AS DATE)
        WHERE c.duration_minutes > 60
        GROUP BY m.month, c.service_code, c.neighbourhood_code;
        """;

    [Fact]
    public void AQueryOverTheWarehouse_WithTheBaseColumns_HasNoProblems()
    {
        _data.Insert("contacts", "'C1', NULL, 'P1', 'POD', 'INT-A', TIMESTAMP '2025-01-20 10:00', '5', NULL, 90");

        Assert.Empty(Problems(Valid));
    }

    [Theory]
    [InlineData("DELETE FROM contacts")]
    [InlineData("DROP TABLE contacts")]
    [InlineData("INSERT INTO contacts SELECT * FROM contacts")]
    [InlineData("SELECT 1; DROP TABLE contacts")]
    [InlineData("COPY contacts TO '/tmp/leak.csv'")]
    [InlineData("ATTACH '/tmp/other.duckdb' AS other")]
    public void AnythingButOneQuery_DoesNotRun(string sql)
    {
        var problem = Assert.Single(Problems(sql));

        Assert.StartsWith("does not run: Parser Error", problem, StringComparison.Ordinal);
        Assert.Equal(0, _data.Database.OpenReader() is { } c ? Count(c) : -1); // nothing was changed
    }

    [Theory]
    [InlineData("SELECT * FROM read_csv('/etc/passwd')")]
    [InlineData("SELECT * FROM read_text('/etc/hostname')")]
    public void ReadingFiles_IsRefused(string sql)
    {
        var problem = Assert.Single(Problems(sql));

        Assert.StartsWith("does not run: Permission Error", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingColumns_AreNamed()
    {
        var problem = Assert.Single(Problems("SELECT m.month, 'POD' AS service_code, 1 AS numerator FROM months m"));

        Assert.Equal("must return the columns month, service_code, neighbourhood_code, numerator, denominator; it has no neighbourhood_code, denominator", problem);
    }

    [Fact]
    public void ColumnsOfTheWrongType_AreNamed()
    {
        var problems = Problems("SELECT 42 AS month, 'POD' AS service_code, NULL AS neighbourhood_code, 'many' AS numerator, NULL AS denominator FROM months");

        Assert.Equal(["returns month as INTEGER; it must be a date (the month's first day) or YYYY-MM text", "returns numerator as VARCHAR; it must be a number"], problems);
    }

    [Fact]
    public void AQueryThatRunsTooLong_IsStoppedAndRefused()
    {
        const string Slow = "SELECT m.month, 'POD' AS service_code, NULL AS neighbourhood_code, COUNT(*) AS numerator, NULL AS denominator FROM months m, range(100000000) a, range(1000) b GROUP BY m.month";

        var problem = Assert.Single(MetricQueryCheck.Problems(_data.Database, Slow, Range, TimeSpan.FromMilliseconds(300)));

        Assert.Equal("did not finish within 0.3 seconds over 2025-01 to 2025-03", problem);
    }

    private IReadOnlyList<string> Problems(string sql) => MetricQueryCheck.Problems(_data.Database, sql, Range, TimeSpan.FromSeconds(30));

    private static long Count(DuckDB.NET.Data.DuckDBConnection connection)
    {
        using (connection)
        {
            return Sql.Scalar<long>(connection, "SELECT count(*) FROM contacts");
        }
    }

    public void Dispose() => _data.Dispose();
}
