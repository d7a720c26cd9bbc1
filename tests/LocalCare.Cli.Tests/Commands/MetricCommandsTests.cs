using System.Text.Json;
using LocalCare.Core.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>compute</c>, <c>metrics</c> and <c>metric</c> over a small demo organisation.</summary>
public sealed class MetricCommandsTests
{
    private const string LongContacts = """
        -- id: long-contacts
        -- name: Contacts over an hour
        -- kind: count
        -- direction: lower
        -- target: none
        -- board: HPB
        -- definition: Attended contacts lasting more than 60 minutes
        SELECT m.month, c.service_code, c.neighbourhood_code, COUNT(*) AS numerator, CAST(NULL AS INTEGER) AS denominator
        FROM contacts c JOIN months m ON m.month = CAST(date_trunc('month', c.scheduled_at) AS DATE)
        WHERE c.duration_minutes > 60 AND c.attendance IN ('5', '6')
        GROUP BY m.month, c.service_code, c.neighbourhood_code
        """;

    [Fact]
    public async Task Compute_ThenMetricsAsJson_GivesMetricsMdsShape_WithTargetAndMet()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var compute = await cli.RunAsync("compute", "--from", "2026-09", "--to", "2026-10");
        var json = await cli.RunAsync("metrics", "--metric", "vacancy-rate", "--unit", "lco", "--from", "2026-10", "--to", "2026-10", "--format", "json");

        Assert.Equal(0, compute.ExitCode);
        Assert.Matches(@"^Computed 27 metrics for 2026-09 to 2026-10 \(2 months\): [\d,]+ values stored in [\d.]+ s\.$", compute.OutLines[^1]);
        Assert.Equal(0, json.ExitCode);
        var element = Assert.Single(JsonDocument.Parse(json.Out).RootElement.EnumerateArray());
        Assert.Equal(["metric", "month", "unit", "numerator", "denominator", "value", "target", "met"], element.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("vacancy-rate", "2026-10", "lco"), (element.GetProperty("metric").GetString(), element.GetProperty("month").GetString(), element.GetProperty("unit").GetString()));
        var value = element.GetProperty("numerator").GetDouble() / element.GetProperty("denominator").GetDouble();
        Assert.Equal(value, element.GetProperty("value").GetDouble());
        Assert.Equal(0.075, element.GetProperty("target").GetDouble());
        Assert.Equal(value <= 0.075, element.GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task Metrics_AsCsvAndTable_PrintOneLinePerValue()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var csv = await cli.RunAsync("metrics", "--metric", "dna-rate", "--unit", "lco", "--from", "2026-08", "--to", "2026-10", "--format", "csv");
        var table = await cli.RunAsync("metrics", "--metric", "dna-rate", "--unit", "lco", "--from", "2026-08", "--to", "2026-10");

        Assert.Equal("metric,month,unit,numerator,denominator,value,target,met", csv.OutLines[0]);
        Assert.Equal(["2026-08", "2026-09", "2026-10"], csv.OutLines.Skip(1).Select(l => l.Split(',')[1]));
        var header = table.OutLines[0];
        Assert.True(header.IndexOf("Metric", StringComparison.Ordinal) < header.IndexOf("Unit", StringComparison.Ordinal) && header.Contains("Value", StringComparison.Ordinal), header);
        var rows = table.OutLines.Where(l => l.Contains("dna-rate", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Matches(@"\d+\.\d%", r));
        Assert.Single(rows.Select(r => r.IndexOf('%', StringComparison.Ordinal)).Distinct()); // aligned
    }

    [Theory]
    [InlineData(new[] { "compute", "--from", "2026-13" }, "--from must be a month written YYYY-MM (not '2026-13').")]
    [InlineData(new[] { "compute", "--from", "2026-10", "--to", "2026-01" }, "--to (2026-01) is before --from (2026-10).")]
    [InlineData(new[] { "metrics", "--metric", "nope" }, "--metric: 'nope' is not a metric.")]
    [InlineData(new[] { "metric", "show", "carers-assessments" }, "carers-assessments is a manual metric: its values come from metric_values.csv or the web form, not from a query.")]
    [InlineData(new[] { "metric", "target", "dna-rate", "--year", "2026/27", "--value", "lots" }, "--value must be a number or none (not 'lots').")]
    public async Task Mistakes_AreOneLine_AndExit1(string[] args, string expected)
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compute_WithNoData_SaysWhatToDo()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init");

        var run = await cli.RunAsync("compute");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["There is no data to compute from: import extracts first (localcare import), or give --from and --to."], run.ErrorLines);
    }

    [Fact]
    public async Task MetricAdd_SavesACheckedQuery_ThatComputeThenComputes()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        var file = cli.WriteInput("long-contacts.sql", LongContacts);

        var add = await cli.RunAsync("metric", "add", file);
        var compute = await cli.RunAsync("compute", "--from", "2026-10", "--to", "2026-10");
        var show = await cli.RunAsync("metric", "show", "long-contacts");

        Assert.Equal((0, "Saved custom metric long-contacts (Contacts over an hour). Run 'localcare compute' to compute it."), (add.ExitCode, add.OutLines.Single()));
        Assert.Contains(compute.OutLines, l => l.TrimStart().StartsWith("long-contacts ", StringComparison.Ordinal));
        Assert.Equal(LongContacts.ReplaceLineEndings("\n").Trim(), show.Out.Trim());
        await using var db = cli.OpenDatabase();
        Assert.True(await db.MetricValues.AnyAsync(v => v.MetricId == "long-contacts" && v.Unit == "lco", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MetricAdd_RefusesAQueryThatReadsFiles_AndAHeaderWithProblems_StoringNothing()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        var leaky = cli.WriteInput("leaky.sql", LongContacts.Replace("FROM contacts c", "FROM read_csv('/etc/passwd') c", StringComparison.Ordinal));
        var header = cli.WriteInput("header.sql", LongContacts.Replace("-- kind: count", "-- kind: tally", StringComparison.Ordinal).Replace("-- board: HPB\n", "", StringComparison.Ordinal));

        var leakyRun = await cli.RunAsync("metric", "add", leaky);
        var headerRun = await cli.RunAsync("metric", "add", header);

        Assert.Equal(1, leakyRun.ExitCode);
        Assert.StartsWith("leaky.sql: query: the query does not run: Permission Error", leakyRun.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(1, headerRun.ExitCode);
        Assert.Equal(["header.sql: board: is missing: the header needs a line '-- board: ...'", "Nothing was stored."], headerRun.ErrorLines);
        await using var db = cli.OpenDatabase();
        Assert.False(await db.Metrics.AnyAsync(m => m.Id == "long-contacts", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MetricTarget_SetsAndRemovesATargetForAUnitAndYear()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var set = await cli.RunAsync("metric", "target", "dna-rate", "--unit", "neighbourhood:INT-CC", "--year", "2026/27", "--value", "0.07");
        await using (var db = cli.OpenDatabase())
        {
            var target = await db.MetricTargets.SingleAsync(t => t.MetricId == "dna-rate" && t.Unit == "neighbourhood:INT-CC", TestContext.Current.CancellationToken);
            Assert.Equal((new PlanYear(2026), 0.07), (target.PlanYear, target.Value));
        }

        var removed = await cli.RunAsync("metric", "target", "dna-rate", "--unit", "neighbourhood:INT-CC", "--year", "2026/27", "--value", "none");

        Assert.Equal("Target for dna-rate at neighbourhood:INT-CC in 2026/27: ≤ 7.0%", set.OutLines.Single());
        Assert.Equal("Target for dna-rate at neighbourhood:INT-CC in 2026/27 removed.", removed.OutLines.Single());
        await using var after = cli.OpenDatabase();
        Assert.False(await after.MetricTargets.AnyAsync(t => t.MetricId == "dna-rate" && t.Unit == "neighbourhood:INT-CC", TestContext.Current.CancellationToken));
    }
}
