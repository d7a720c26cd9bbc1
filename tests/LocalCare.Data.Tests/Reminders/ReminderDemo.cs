using LocalCare.Core.Reminders;
using LocalCare.Data.Boards;
using LocalCare.Data.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Reminders;

/// <summary>The demo organisation on an app database of its own (SQLite, or PostgreSQL for <see cref="CreateAsync"/>), with the reminder sources built over it.</summary>
public sealed class ReminderDemo : IAsyncLifetime
{
    /// <summary>The demo's job titles mapped to its users, as an installation would set <c>Reminders:Owners</c>.</summary>
    public const string Owners = "Director of Operations=manager; Chief Nurse=executive";

    public TestDatabase Database { get; private set; } = null!;

    public static async Task<ReminderDemo> CreateAsync(string engine)
    {
        var demo = new ReminderDemo { Database = await TestDatabase.CreateAsync(engine) };
        await demo.Database.InitialiseAsync(demo: true);
        return demo;
    }

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await Database.InitialiseAsync(demo: true);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    /// <summary>Every source over the scope's context, as <c>AddLocalCareReminders</c> registers them.</summary>
    public static IReadOnlyList<IReminderSource> Sources(IServiceProvider services)
    {
        var db = services.GetRequiredService<LocalCareDbContext>();
        return [new QuarterlyUpdateReminders(db), new ServicePlanReminders(db), new AuditActionReminders(db), new NarrativeReminders(db, services.GetRequiredService<PackInputs>()), new BoardActionReminders(db), new RiskReviewReminders(db)];
    }

    public static ReminderSettings Settings(string owners = Owners) => ReminderSettings.Read(k => k == "Reminders:Owners" ? owners : null);

    public static ReminderCollection Collection(IServiceProvider services, string owners = Owners) =>
        new(services.GetRequiredService<LocalCareDbContext>(), Sources(services), Settings(owners));

    /// <summary>The items of one source on a date.</summary>
    public async Task<IReadOnlyList<ReminderItem>> ItemsAsync(ReminderKind kind, DateOnly date)
    {
        await using var scope = Database.Scope();
        return await Sources(scope.ServiceProvider).Single(s => s.Kind == kind).ItemsAsync(date, TestContext.Current.CancellationToken);
    }
}
