using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Data.Boards;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Boards;

/// <summary>Gathering a meeting's pack input from the demo organisation: the board's metrics, readings, marks, flags, narratives and logs.</summary>
public sealed class PackInputsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheHealthPerformanceBoardsPack_HoldsEveryMetricOfTheBoard_WithTheirLcoSeriesToTheReportingMonth(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: true);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var meeting = await LatestMeetingWithDataAsync(db, "HPB", ct);
        var boardMetrics = await db.Metrics.Where(m => m.BoardCode == "HPB").Select(m => m.Id).ToListAsync(ct);

        var input = await scope.ServiceProvider.GetRequiredService<PackInputs>().ForMeetingAsync(meeting.Id, version: 1, cancellationToken: ct);

        Assert.NotNull(input);
        Assert.Equal(("HPB", meeting.Date, meeting.ReportingMonth, 1), (input.Meeting.BoardCode, input.Meeting.Date, input.Meeting.ReportingMonth, input.Meeting.Version));
        Assert.Equal(boardMetrics.Order(StringComparer.Ordinal), input.Metrics.Select(m => m.Metric.Id).Order(StringComparer.Ordinal));
        var stored = await scope.ServiceProvider.GetRequiredService<MetricReadings>().ListAsync(new MetricFilter("crisis-response-2h", "lco", To: meeting.ReportingMonth), ct);
        var crisis = input.Metrics.Single(m => m.Metric.Id == "crisis-response-2h");
        Assert.NotEmpty(stored);
        Assert.Equal(stored.Select(r => (r.Month, r.Value, r.Target)), crisis.Readings.Select(r => (r.Month, r.Value, r.Target)));
        Assert.All(crisis.Breakdown, u => Assert.Matches("^(locality|neighbourhood|service):", u.Unit));
        Assert.Contains(crisis.Breakdown, u => u.Unit.StartsWith("neighbourhood:", StringComparison.Ordinal));
        Assert.Equal("referrals, contacts", crisis.Source);
        // The demo's generated activity runs to the reporting month, so the crisis response's sources are on time.
        Assert.Equal(Rag.Green, crisis.Quality.Timely);
        Assert.Equal(Rag.Red, crisis.Quality.Validated); // nobody has signed the month off
        Assert.Null(input.PlanProgress);
    }

    [Fact]
    public async Task FlagsNarrativesSignOffsAndNarrativeToFollow_ReachTheInput()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var meeting = await LatestMeetingWithDataAsync(db, "HPB", ct);
        db.ExceptionFlags.Add(new ExceptionFlag { MeetingId = meeting.Id, MetricId = "crisis-response-2h", FlaggedBy = "analyst", Reason = "asked by the chair" });
        db.MetricSignOffs.Add(new MetricSignOff { MetricId = "crisis-response-2h", Month = meeting.ReportingMonth, SignedOffBy = "owner", SignedOffAt = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc) });
        db.Narratives.Add(new NarrativeRecord
        {
            MeetingId = meeting.Id,
            MetricId = "crisis-response-2h",
            WhatTheChartTellsUs = "Below target for six months",
            RootCauses = "Vacancies",
            MitigationsAndRisks = "Bank staff",
            AccountablePerson = "Director of Operations",
            ExpectedRecovery = new YearMonth(2027, 3),
            Actions = [new NarrativeActionRecord { MeetingId = meeting.Id, MetricId = "crisis-response-2h", Number = 2, Action = "Second", Owner = "B", Due = new DateOnly(2027, 2, 1) },
                new NarrativeActionRecord { MeetingId = meeting.Id, MetricId = "crisis-response-2h", Number = 1, Action = "First", Owner = "A", Due = new DateOnly(2027, 1, 1) }],
        });
        await db.SaveChangesAsync(ct);
        var other = await db.Metrics.Where(m => m.BoardCode == "HPB" && m.Id != "crisis-response-2h").Select(m => m.Id).FirstAsync(ct);
        var toFollow = new Dictionary<string, string> { [other] = "validation under way" };

        var input = await scope.ServiceProvider.GetRequiredService<PackInputs>().ForMeetingAsync(meeting.Id, 2, toFollow, cancellationToken: ct);

        var crisis = input!.Metrics.Single(m => m.Metric.Id == "crisis-response-2h");
        Assert.True(crisis.Flagged);
        Assert.Equal(Rag.Green, crisis.Quality.Validated);
        Assert.Equal(["First", "Second"], crisis.Narrative!.Actions.Select(a => a.Action));
        Assert.Equal((new YearMonth(2027, 3), (string?)null), (crisis.Narrative.ExpectedRecovery, crisis.Narrative.ToFollowReason));
        Assert.Equal("validation under way", input.Metrics.Single(m => m.Metric.Id == other).Narrative!.ToFollowReason);

        Assert.All(input.Metrics.Where(m => m.Metric.Id != "crisis-response-2h"), m => Assert.False(m.Flagged));
    }

    [Fact]
    public async Task ACommissioningMetricsMark_ComesFromTheCommissioningDataAndItsImportRecords()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var meeting = await LatestMeetingWithDataAsync(db, StandardBoards.FinancePerformanceContracting, ct);
        var inputs = scope.ServiceProvider.GetRequiredService<PackInputs>();
        var data = await LocalCare.Data.Commissioning.CommissioningDataReader.ReadAsync(db, ct);

        var before = (await inputs.ForMeetingAsync(meeting.Id, 1, cancellationToken: ct))!.Metrics.Single(m => m.Metric.Id == Core.Commissioning.CommissioningMetrics.LocalSpend);
        // A later run of spend.csv rejected as many rows as the month has: Complete turns red.
        var monthRows = data.Spend.Count(s => s.Month == meeting.ReportingMonth);
        scope.ServiceProvider.GetRequiredService<LocalCare.Data.Audit.AuditLog>().Imported("commissioning", "spend.csv", null, 0, 0, 0, 0, rejected: monthRows);
        await db.SaveChangesAsync(ct);
        var after = (await inputs.ForMeetingAsync(meeting.Id, 1, cancellationToken: ct))!.Metrics.Single(m => m.Metric.Id == Core.Commissioning.CommissioningMetrics.LocalSpend);

        var expected = Core.Commissioning.CommissioningQuality.Mark(meeting.ReportingMonth,
            Core.Commissioning.CommissioningQuality.Of(Core.Commissioning.CommissioningMetrics.LocalSpend, data, meeting.ReportingMonth, new Dictionary<string, long>()));
        Assert.True(monthRows > 0);
        Assert.Equal(expected, (before.Quality.Timely, before.Quality.Complete));
        Assert.Equal(Rag.Green, before.Quality.Complete); // the demo's spend has no rejects
        Assert.Equal("spend.csv, contracts.csv, providers.csv", before.Source);
        Assert.Equal(Rag.Red, after.Quality.Complete);
    }

    private static async Task<Meeting> LatestMeetingWithDataAsync(LocalCareDbContext db, string board, CancellationToken ct)
    {
        var last = await db.MetricValues.MaxAsync(v => v.Month, ct);
        return (await db.Meetings.Where(m => m.BoardCode == board).ToListAsync(ct)).Where(m => m.ReportingMonth <= last).OrderByDescending(m => m.Date).First();
    }
}
