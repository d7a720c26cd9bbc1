using System.Text.Json;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using LocalCare.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrailAction = LocalCare.Data.Audit.AuditAction;

namespace LocalCare.Data.Tests.Audit;

/// <summary>Every commissioning kind, a metric's target and commentary with its actions: created, changed and deleted each leave an entry with before and after.</summary>
public sealed class AuditCoverageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EachCommissioningKind_CreatedChangedDeleted_IsRecordedWithBeforeAndAfter(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            db.Providers.Add(new Provider { Code = "HOME1", Name = "Ashwood House", ServiceType = ProviderServiceType.CareHomeResidential, Beds = 30, IsLocal = true });
            db.Contracts.Add(new ProviderContract { Code = "C1", ProviderCode = "HOME1", Title = "Residential care", StartDate = new(2024, 4, 1), EndDate = new(2027, 3, 31), AnnualValue = 500_000m, Manager = "Contracts Manager", Flagship = false });
            db.Spend.Add(new ContractSpend { Month = new YearMonth(2025, 1), ContractCode = "C1", Amount = 40_000m });
            db.SocialValue.Add(new SocialValueCommitment { ContractCode = "C1", Theme = SocialValueTheme.EmploymentSkills, Measure = "Apprentices", Unit = "people", Committed = 4m, Delivered = 1m });
            db.Concerns.Add(new ProviderConcern { Code = "CON1", ProviderCode = "HOME1", Kind = ConcernKind.Safeguarding, Opened = new(2025, 1, 2), Summary = "Falls" });
            db.Budget.Add(new BudgetLine { Month = new YearMonth(2025, 1), ServiceCode = "DN", Budget = 100m, Actual = 90m });
            db.VfpSchemes.Add(new VfpScheme { Code = "VFP1", Title = "Digital rostering", ServiceCode = "DN", PlanYear = new(2024), AnnualTarget = 120m, Recurrent = true, QiaStatus = QiaStatus.NotStarted });
            db.VfpDelivery.Add(new VfpDelivery { Month = new YearMonth(2025, 1), SchemeCode = "VFP1", Saving = 10m });
            await db.SaveChangesAsync(ct);
        }

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            (await db.Providers.SingleAsync(ct)).Beds = 32;
            (await db.Contracts.SingleAsync(ct)).AnnualValue = 520_000m;
            (await db.Spend.SingleAsync(ct)).Amount = 41_000m;
            (await db.SocialValue.SingleAsync(ct)).Delivered = 2m;
            (await db.Concerns.SingleAsync(ct)).Closed = new DateOnly(2025, 1, 10);
            (await db.Budget.SingleAsync(ct)).Actual = 95m;
            (await db.VfpSchemes.SingleAsync(ct)).QiaStatus = QiaStatus.InReview;
            (await db.VfpDelivery.SingleAsync(ct)).Saving = 12m;
            await db.SaveChangesAsync(ct);
            db.VfpDelivery.Remove(await db.VfpDelivery.SingleAsync(ct));
            db.Spend.Remove(await db.Spend.SingleAsync(ct));
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.Scope();
        var trail = await read.ServiceProvider.GetRequiredService<LocalCareDbContext>().AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(ct);
        (string Subject, string Entity, string Field, string Before, string After)[] changes =
        [
            ("provider:HOME1", nameof(Provider), "Beds", "30", "32"),
            ("provider:HOME1", nameof(ProviderContract), "AnnualValue", "500000", "520000"),
            ("contract:C1", nameof(ContractSpend), "Amount", "40000", "41000"),
            ("contract:C1", nameof(SocialValueCommitment), "Delivered", "1", "2"),
            ("provider:HOME1", nameof(ProviderConcern), "Closed", "", "2025-01-10"),
            ("budget:DN", nameof(BudgetLine), "Actual", "90", "95"),
            ("vfp-scheme:VFP1", nameof(VfpScheme), "QiaStatus", "NotStarted", "InReview"),
            ("vfp-scheme:VFP1", nameof(VfpDelivery), "Saving", "10", "12"),
        ];
        foreach (var (subject, entity, field, before, after) in changes)
        {
            Assert.Single(trail, e => e.Subject == subject && e.Entity == entity && e.Action == TrailAction.Created);
            var changed = trail.Single(e => e.Subject == subject && e.Entity == entity && e.Action == TrailAction.Changed);
            Assert.Equal((before, after), (Value(changed, field, "before"), Value(changed, field, "after")));
        }

        var deleted = trail.Single(e => e.Entity == nameof(VfpDelivery) && e.Action == TrailAction.Deleted);
        Assert.Equal(("vfp-scheme:VFP1", "delivery 2025-01", "12"), (deleted.Subject, deleted.EntityKey, Value(deleted, "Saving", "before")));
        Assert.Single(trail, e => e.Entity == nameof(ContractSpend) && e.Action == TrailAction.Deleted && e.EntityKey == "spend 2025-01");
        Assert.True((await read.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken: ct)).IsIntact);
    }

    [Fact]
    public async Task AMetricsTargetAndCommentaryWithItsActions_AreRecordedUnderTheMetric()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: false);
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var metric = await db.Metrics.OrderBy(m => m.Id).FirstAsync(ct);
            var commentary = new Core.Metrics.MetricCommentary { MetricId = metric.Id, Unit = "lco", Month = new YearMonth(2025, 1), WhatTheDataShows = "Up", UpdatedBy = "analyst", UpdatedAt = database.Clock.GetUtcNow().UtcDateTime };
            commentary.Actions.Add(new Core.Metrics.MetricAction { Action = "Review rota", Owner = "Lead", Due = new(2025, 3, 1) });
            db.MetricCommentaries.Add(commentary);
            await db.SaveChangesAsync(ct);
        }

        await using var read = database.Scope();
        var rdb = read.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var id = await rdb.Metrics.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(ct);
        var entries = await rdb.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.Metric(id) && e.Action == TrailAction.Created).ToListAsync(ct);
        Assert.Equal("Up", Value(entries.Single(e => e.Entity == "MetricCommentary"), "WhatTheDataShows", "after"));
        Assert.Equal("commentary lco 2025-01 action Review rota", entries.Single(e => e.Entity == "MetricAction").EntityKey);
    }

    private static string Value(AuditEntry entry, string field, string side)
    {
        var value = JsonDocument.Parse(entry.Changes).RootElement.GetProperty(field).GetProperty(side);
        return value.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture), // 500000, 500000.0 and 500000.00 alike
            _ => value.GetRawText(),
        };
    }
}
