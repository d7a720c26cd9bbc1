using LocalCare.Core.Exports;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;
using LocalCare.Core.Spc;
using LocalCare.Core.WaitingLists;
using LocalCare.Data.Exports;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse;
using LocalCare.Warehouse.WaitingLists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Exports;

/// <summary>The BI export's tables over the demo organisation: each agrees with the store or the computation it comes from.</summary>
public sealed class ExportTablesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EveryTable_HoldsWhatItsSourceHolds(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: true);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var sources = await scope.ServiceProvider.GetRequiredService<BiExport>().SourcesAsync(null, null, ct);
        var tables = new Dictionary<string, ExportTable>();
        foreach (var source in ExportTables.All)
        {
            tables[source.Name] = await source.ReadAsync(sources, ct);
        }

        var stored = await db.MetricValues.AsNoTracking().ToListAsync(ct);
        Assert.Equal(new MonthRange(stored.Min(v => v.Month), stored.Max(v => v.Month)), sources.Months);
        Assert.Equal(sources.Months!.Value.Count, tables["dim_month"].Rows.Count);
        Assert.Equal(await db.OrganisationUnits.CountAsync(ct), tables["dim_unit"].Rows.Count);
        Assert.Equal(await db.Boards.CountAsync(ct), tables["dim_board"].Rows.Count);
        Assert.Equal(await db.Metrics.CountAsync(ct), tables["dim_metric"].Rows.Count);
        Assert.Equal(await db.Deliverables.CountAsync(ct), tables["dim_deliverable"].Rows.Count);
        Assert.Equal(await db.Providers.CountAsync(ct), tables["dim_provider"].Rows.Count);
        Assert.Equal(stored.Count, tables["fact_metric_value"].Rows.Count);
        Assert.Equal(stored.Select(v => (v.MetricId, v.Unit)).Distinct().Count(), tables["fact_metric_status"].Rows.Count);
        Assert.Equal(await db.MetricTargets.CountAsync(ct), tables["fact_metric_target"].Rows.Count);
        Assert.Equal(await db.DeliverableUpdates.CountAsync(ct), tables["fact_deliverable_status"].Rows.Count);
        Assert.Equal(await db.DeliverableMetrics.CountAsync(ct), tables["bridge_deliverable_metric"].Rows.Count);
        var locations = await db.Providers.Where(p => p.CqcLocationId != null).Select(p => p.CqcLocationId).ToListAsync(ct);
        Assert.Equal((await db.CqcRatings.ToListAsync(ct)).Sum(r => locations.Count(l => l == r.LocationId)), tables["fact_cqc_rating"].Rows.Count);
        Assert.NotEmpty(tables["fact_cqc_rating"].Rows);
        Assert.NotEmpty(tables["fact_waiting_census"].Rows);
        Assert.Equal(await db.Risks.CountAsync(ct), tables["dim_risk"].Rows.Count);
        Assert.Equal(await db.RiskScorePoints.CountAsync(ct), tables["fact_risk_score"].Rows.Count);
        Assert.Equal(await db.RiskLinks.CountAsync(ct), tables["bridge_risk_link"].Rows.Count);
        Assert.NotEmpty(tables["dim_risk"].Rows);
    }

    [Fact]
    public async Task Risks_CarryTheirScoresBandsReviewStateAndEachBoardLinksAppetite()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var sources = await scope.ServiceProvider.GetRequiredService<BiExport>().SourcesAsync(null, null, ct);
        var risk = await db.Risks.AsNoTracking().Include(r => r.Links).OrderBy(r => r.Code).FirstAsync(r => r.Links.Any(l => l.Kind == Core.Risks.RiskLinkKind.Board), ct);
        var board = risk.Links.First(l => l.Kind == Core.Risks.RiskLinkKind.Board).Target;
        var appetite = await db.Boards.Where(b => b.Code == board).Select(b => b.RiskAppetite).SingleAsync(ct);
        var last = await db.RiskScorePoints.AsNoTracking().Where(p => p.RiskCode == risk.Code).OrderBy(p => p.Number).LastAsync(ct);

        var risks = await Read<RiskDimension>(sources);
        var scores = await Read<RiskScoreFacts>(sources);
        var links = await Read<RiskLinkBridge>(sources);

        var row = Row(risks, "risk_code", risk.Code);
        Assert.Equal(
            ((long)risk.Current.Score, Core.Risks.RiskScoreBands.Of(risk.Current.Score).ToString().ToLowerInvariant(), risk.ReviewDate, risk.ReviewDate < sources.Today),
            (row["current_score"], row["current_band"], row["review_date"], row["review_overdue"]));
        var point = scores.Rows.Select(r => Named(scores, r)).Single(r => (string)r["risk_code"]! == risk.Code && (long)r["number"]! == last.Number);
        Assert.Equal((last.On, new DateOnly(last.On.Year, last.On.Month, 1), (long)(last.Likelihood * last.Consequence)), (point["scored_on"], point["month_key"], point["score"]));
        var link = links.Rows.Select(r => Named(links, r)).Single(r => (string)r["risk_code"]! == risk.Code && (string)r["kind"]! == "board" && (string)r["target"]! == board);
        Assert.Equal(((long)appetite, risk.Current.Score > appetite), (link["board_risk_appetite"], link["above_appetite"]));
        Assert.All(links.Rows.Select(r => Named(links, r)).Where(r => (string)r["kind"]! != "board"), r => Assert.Null(r["above_appetite"]));
    }

    [Fact]
    public async Task MonthsUnitsAndDeliverables_ReadAsTheirRowsSay()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var sources = await scope.ServiceProvider.GetRequiredService<BiExport>().SourcesAsync(new YearMonth(2025, 3), new YearMonth(2025, 4), ct);

        var months = await Read<MonthDimension>(sources);
        var units = await Read<UnitDimension>(sources);
        var statuses = await Read<DeliverableStatusFacts>(sources);

        Assert.Equal(
            [
                [new DateOnly(2025, 3, 1), "2025-03", new DateOnly(2025, 3, 31), 2025L, 3L, "March", "2024/25", 4L, "2024/25 Q4", (2025L * 12) + 2],
                [new DateOnly(2025, 4, 1), "2025-04", new DateOnly(2025, 4, 30), 2025L, 4L, "April", "2025/26", 1L, "2025/26 Q1", (2025L * 12) + 3],
            ],
            months.Rows);
        var neighbourhood = (await db.OrganisationUnits.AsNoTracking().ToListAsync(ct)).First(u => u.Kind == UnitKind.Neighbourhood);
        var locality = await db.OrganisationUnits.AsNoTracking().SingleAsync(u => u.Code == neighbourhood.ParentCode, ct);
        var row = Row(units, "unit_key", neighbourhood.UnitRef);
        Assert.Equal(
            (neighbourhood.Code, "neighbourhood", locality.UnitRef, locality.UnitRef, locality.Name, neighbourhood.UnitRef),
            (row["unit_code"], row["unit_kind"], row["parent_unit_key"], row["locality_key"], row["locality_name"], row["neighbourhood_key"]));
        Assert.Equal("lco", units.Rows[0][0]);
        var update = await db.DeliverableUpdates.AsNoTracking().OrderBy(u => u.Id).FirstAsync(ct);
        var deliverable = await db.Deliverables.AsNoTracking().SingleAsync(d => d.Code == update.DeliverableCode, ct);
        var status = statuses.Rows.Select(r => Named(statuses, r)).Single(r => (string)r["deliverable_code"]! == update.DeliverableCode && (long)r["quarter"]! == update.Quarter);
        Assert.Equal(
            (deliverable.PlanYear.Label, update.Status.ToCode(), deliverable.PlanYear.Quarter(update.Quarter).End, update.Commentary),
            (status["plan_year"], status["status"], status["quarter_end"], status["commentary"]));
    }

    [Fact]
    public async Task MetricValues_CarryTheMetricPagesSpc_AndTheStatusItsIcons()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var sources = await scope.ServiceProvider.GetRequiredService<BiExport>().SourcesAsync(null, null, ct);
        var metric = await db.Metrics.AsNoTracking().SingleAsync(m => m.Id == "outcomed-appointments", ct);
        var series = new MetricSeries(metric, "lco", await scope.ServiceProvider.GetRequiredService<MetricReadings>().ListAsync(new MetricFilter(metric.Id, "lco"), ct));

        var values = await Read<MetricValueFacts>(sources);
        var status = await Read<MetricStatusFacts>(sources);

        var rows = values.Rows.Select(r => Named(values, r)).Where(r => (string)r["metric_id"]! == metric.Id && (string)r["unit_key"]! == "lco").ToList();
        Assert.Equal(series.Readings.Select(r => (r.Month.FirstDay, r.Value, r.Target)), rows.Select(r => ((DateOnly)r["month_key"]!, (double?)r["value"], (double?)r["target"])));
        Assert.Equal(series.Charted.Select(p => p.Period), rows.Where(r => (bool)r["in_chart"]!).Select(r => YearMonth.Of((DateOnly)r["month_key"]!).ToString()));
        Assert.True(series.Spc.Points.Count > series.Charted.Count, "the demo's series is longer than the chart, so every month's SPC columns are checked, not only the drawn ones");
        foreach (var row in rows.Where(r => r["value"] is not null))
        {
            var point = series.PointsByMonth[YearMonth.Of((DateOnly)row["month_key"]!).ToString()];
            Assert.Equal(
                (point.Mean, point.Lpl, point.Upl, point.Label.ToCode(), point.PointType.ToCode(), Variations.Of(point.Label, point.PointType).ToCode()),
                ((double)row["mean"]!, (double?)row["lower_process_limit"], (double?)row["upper_process_limit"], (string)row["spc_rule"]!, (string)row["point_type"]!, (string)row["variation"]!));
            Assert.Equal(point.Label is SpcLabel.ShiftAbove or SpcLabel.ShiftBelow, row["rule_shift"]);
        }

        var latest = rows.Single(r => (bool)r["is_latest"]!);
        Assert.Equal(series.Latest!.Month.FirstDay, latest["month_key"]);
        Assert.Equal(series.Spc.Assurance?.ToCode(), latest["assurance"]);
        var summary = status.Rows.Select(r => Named(status, r)).Single(r => (string)r["metric_id"]! == metric.Id && (string)r["unit_key"]! == "lco");
        Assert.Equal(
            (series.Spc.Variation?.ToCode(), series.Spc.Assurance?.ToCode(), series.IsException, series.Spc.Mean, (long)series.Charted.Count),
            (summary["variation"], summary["assurance"], summary["is_exception"], summary["mean"], summary["points_charted"]));
    }

    [Fact]
    public async Task TheWaitingCensus_IsTheCensusOfEachMonth_ForAllServicesAndForEachService()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var month = new YearMonth(2026, 9);
        var sources = await scope.ServiceProvider.GetRequiredService<BiExport>().SourcesAsync(month.AddMonths(-1), month, ct);
        var organisation = new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(ct));
        var warehouse = scope.ServiceProvider.GetRequiredService<WarehouseDatabase>();

        var census = await Read<WaitingCensusFacts>(sources);

        var rows = census.Rows.Select(r => Named(census, r)).Where(r => (DateOnly)r["month_key"]! == month.FirstDay).ToList();
        Assert.DoesNotContain(rows, r => ((string)r["unit_key"]!).StartsWith("service:", StringComparison.Ordinal));
        var all = WaitingCensusByUnit.Of(WaitingCensusQuery.Read(warehouse, month).Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited)), organisation);
        Assert.Equal(Figures(all, u => !u.StartsWith("service:", StringComparison.Ordinal)), Figures(rows.Where(r => r["service_unit_key"] is null)));
        var service = (string)rows.First(r => r["service_unit_key"] is not null)["service_unit_key"]!;
        var one = WaitingCensusQuery.Read(warehouse, month, service["service:".Length..]).Select(w => (w.ServiceCode, w.NeighbourhoodCode, w.DaysWaited));
        Assert.Equal(
            Figures(WaitingCensusByUnit.Of(one, organisation), u => !u.StartsWith("service:", StringComparison.Ordinal)),
            Figures(rows.Where(r => (string?)r["service_unit_key"] == service)));
        Assert.Equal(sources.Months!.Value.Months.Select(m => m.FirstDay), census.Rows.Select(r => (DateOnly)r[0]!).Distinct());
    }

    private static List<(string Unit, long Waiting, string Bands, double? Median, long Over52)> Figures(IReadOnlyList<UnitSnapshot> snapshots, Func<string, bool> keep) =>
        [.. snapshots.Where(s => keep(s.Unit)).Select(s => (s.Unit, (long)s.Snapshot.Total, string.Join(',', s.Snapshot.Bands.Select(b => b.Waiting)), s.Snapshot.MedianDays, (long)s.Snapshot.Over52Weeks))];

    private static List<(string Unit, long Waiting, string Bands, double? Median, long Over52)> Figures(IEnumerable<Dictionary<string, object?>> rows) =>
        [.. rows.Select(r => ((string)r["unit_key"]!, (long)r["waiting"]!, string.Join(',', WaitBands.SitRepBands.Select(b => (long)r[WaitingCensusFacts.BandColumn(b.Band)]!)), (double?)r["median_days"], (long)r["over_52_weeks"]!))];

    private static Task<ExportTable> Read<T>(ExportSources sources)
        where T : ExportTableSource, new() => new T().ReadAsync(sources, TestContext.Current.CancellationToken);

    private static Dictionary<string, object?> Named(ExportTable table, object?[] row) =>
        table.Columns.Select((c, i) => (c.Name, row[i])).ToDictionary(x => x.Name, x => x.Item2);

    private static Dictionary<string, object?> Row(ExportTable table, string key, string value) =>
        Named(table, table.Rows.Single(r => (string?)r[table.Columns.ToList().FindIndex(c => c.Name == key)] == value));
}
