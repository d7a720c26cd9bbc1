using System.Text.Json;
using LocalCare.Core.Plans;
using LocalCare.Data.Audit;
using LocalCare.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Audit;

/// <summary>Every create, change and delete of an audited entity is recorded in the same save, with who, when and the values before and after.</summary>
public sealed class AuditInterceptorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CreateChangeDelete_AreEachRecorded_WithBeforeAndAfter(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: true);
        var cancellationToken = TestContext.Current.CancellationToken;
        const string code = "D2425-CH-01";
        long last;

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            last = await db.AuditEntries.MaxAsync(e => e.Id, cancellationToken);
            var deliverable = await db.Deliverables.SingleAsync(d => d.Code == code, cancellationToken);
            deliverable.Title = "A new title";
            db.DeliverableUpdates.Add(new DeliverableUpdate { DeliverableCode = code, Quarter = 4, Status = DeliverableStatus.AtRisk, Commentary = "Late" });
            db.DeliverableAlignments.Remove(await db.DeliverableAlignments.FirstAsync(a => a.DeliverableCode == code, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
        }

        await using var read = database.Scope();
        var entries = await read.ServiceProvider.GetRequiredService<LocalCareDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Id > last && e.Subject == Subjects.Deliverable(code) && e.Actor == "system" && e.At == database.Clock.GetUtcNow().UtcDateTime)
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var changed = entries.Single(e => e.Action == AuditAction.Changed);
        Assert.Equal(("Deliverable", code), (changed.Entity, changed.EntityKey));
        Assert.Equal(["Title"], Fields(changed));
        Assert.Equal("A new title", Field(changed, "Title", "after"));
        Assert.Equal(DemoPlan.Deliverables().Single(d => d.Code == code).Title, Field(changed, "Title", "before"));

        var created = entries.Single(e => e.Action == AuditAction.Created && e.Entity == nameof(DeliverableUpdate));
        Assert.Equal("Q4", created.EntityKey);
        Assert.Equal("AtRisk", Field(created, "Status", "after"));
        Assert.Single(entries, e => e.Action == AuditAction.Deleted && e.Entity == nameof(DeliverableAlignment));
    }

    [Fact]
    public async Task ANewDemo_RecordsWhatItCreated_AndAnUnchangedSave_RecordsNothing()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var before = await db.AuditEntries.CountAsync(cancellationToken);

        var deliverable = await db.Deliverables.FirstAsync(cancellationToken);
        deliverable.Title = deliverable.Title; // set to the same value: not a change
        await db.SaveChangesAsync(cancellationToken);

        Assert.Equal(await db.Deliverables.CountAsync(cancellationToken), await db.AuditEntries.CountAsync(e => e.Entity == nameof(Deliverable) && e.Action == AuditAction.Created, cancellationToken));
        Assert.Equal(before, await db.AuditEntries.CountAsync(cancellationToken));
    }

    private static List<string> Fields(AuditEntry entry) =>
        [.. JsonDocument.Parse(entry.Changes).RootElement.EnumerateObject().Select(p => p.Name)];

    private static string? Field(AuditEntry entry, string field, string side) =>
        JsonDocument.Parse(entry.Changes).RootElement.GetProperty(field).GetProperty(side).GetString();
}
