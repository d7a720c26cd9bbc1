using LocalCare.Core.Access;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;
using LocalCare.Data.Demo;
using LocalCare.Data.Users;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Metrics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Setup;

public sealed class InitialiserTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Initialise_WithDemo_LoadsTheDemoOrganisationPlanBoardsAndUsers(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var result = await database.InitialiseAsync(demo: true);

        Assert.True(result.DemoLoaded);
        Assert.True(result.DemoActivityRows > 3_000, $"only {result.DemoActivityRows} activity rows");
        using (var warehouse = WarehouseDatabase.In(database.DataDirectory).OpenReader()!)
        {
            // One year of activity ending with the last complete month before the clock's 23 November 2026.
            Assert.Equal("2026-10", Sql.Scalar<string>(warehouse, "SELECT strftime(max(scheduled_at) FILTER (WHERE attendance <> '0'), '%Y-%m') FROM contacts"));
            Assert.Equal(12, Sql.Scalar<long>(warehouse, "SELECT count(DISTINCT month) FROM workforce WHERE month BETWEEN DATE '2025-11-01' AND DATE '2026-10-01'"));
        }

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var units = await db.OrganisationUnits.ToListAsync(ct);
        Assert.Single(units, u => u.Kind == UnitKind.Lco);
        Assert.Equal(["CENTRAL", "NORTH", "SOUTH"], units.Where(u => u.Kind == UnitKind.Locality).Select(u => u.Code).Order());
        Assert.Equal(13, units.Count(u => u.Kind == UnitKind.Neighbourhood));
        Assert.Equal(3, units.Count(u => u.ServiceGroup == ServiceGroup.VirtualWard));
        Assert.Equal(6, await db.Priorities.CountAsync(p => p.PlanYear == DemoPlan.Year, ct));
        Assert.Equal(DemoPlan.Deliverables().Count, await db.Deliverables.CountAsync(d => d.PlanYear == DemoPlan.Year, ct));
        Assert.Equal(DemoPlan.Deliverables().Sum(d => d.Updates.Count), await db.DeliverableUpdates.CountAsync(ct));
        Assert.Equal(12, await db.PartnerPriorities.CountAsync(ct));
        Assert.Equal(DemoPlan.Kloes().Count, await db.Kloes.CountAsync(k => k.PlanYear == DemoPlan.Year, ct));
        Assert.Equal(6, await db.Boards.CountAsync(ct));

        // The demo's metrics are computed up to the last complete month (this small activity has no rare events, so not every metric has values).
        Assert.Equal(1, await db.MetricComputations.CountAsync(ct));
        Assert.Subset(MetricLibrary.Ids.Concat(CommissioningMetrics.Ids).ToHashSet(), (await db.MetricValues.Select(v => v.MetricId).Distinct().ToListAsync(ct)).ToHashSet());
        // The demo's generated commissioning files are imported with its activity, so the commissioning metrics have values too.
        Assert.True(await db.Providers.CountAsync(ct) >= 10);
        Assert.True(await db.CqcRatings.AnyAsync(ct));
        Assert.Contains(await db.MetricValues.Where(v => v.MetricId == CommissioningMetrics.ProviderReviewsOnTime && v.Unit == "lco").ToListAsync(ct), v => v.Month == new Core.Generation.YearMonth(2026, 10));
        foreach (var metric in new[] { "contacts-linked-to-referral", "waiting-list-size", "vacancy-rate" })
        {
            Assert.Contains(await db.MetricValues.Where(v => v.MetricId == metric && v.Unit == "lco").ToListAsync(ct), v => v.Month == new Core.Generation.YearMonth(2026, 10));
        }
        var allMetrics = MetricLibrary.BuiltIn().Select(f => f.Metric).Concat(BuiltInMetrics.Manual()).Concat(CommissioningMetricDefinitions.All()).ToList();
        Assert.Equal(allMetrics.Select(m => m.Id).Order(), (await db.Metrics.Select(m => m.Id).ToListAsync(ct)).Order());
        Assert.Equal(BuiltInMetrics.Manual().Select(m => m.Id).Order(), (await db.Metrics.Where(m => m.IsManual).Select(m => m.Id).ToListAsync(ct)).Order());

        // Default LCO targets for each plan year from the demo's 2024/25 to the clock's 2026/27.
        var withTargets = allMetrics.Count(m => m.DefaultTarget is not null);
        Assert.Equal(withTargets * 3, await db.MetricTargets.CountAsync(ct));
        var crisis2026 = await db.MetricTargets.SingleAsync(t => t.MetricId == "crisis-response-2h" && t.Unit == "lco" && t.PlanYear == new PlanYear(2026), ct);
        Assert.Equal(0.85, crisis2026.Value);

        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<LocalCareUser>>();
        var passwords = DemoUsers.ReadFile(Assert.IsType<string>(result.DemoUsersFile));
        Assert.Equal(Roles.All.Order(), passwords.Keys.Order());
        foreach (var role in Roles.All)
        {
            var user = Assert.IsType<LocalCareUser>(await userManager.FindByNameAsync(role));
            Assert.True(await userManager.IsInRoleAsync(user, role));
            Assert.True(await userManager.CheckPasswordAsync(user, passwords[role]));
        }

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(result.DemoUsersFile!));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Initialise_Twice_ChangesNothingTheSecondTime(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var first = await database.InitialiseAsync(demo: true);
        var passwordsBefore = File.ReadAllText(first.DemoUsersFile!);
        var countsBefore = await CountsAsync(database);

        var second = await database.InitialiseAsync(demo: true);

        Assert.False(second.DemoLoaded);
        Assert.Null(second.DemoUsersFile);
        Assert.Equal(countsBefore, await CountsAsync(database));
        Assert.Equal(passwordsBefore, File.ReadAllText(first.DemoUsersFile!));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Initialise_WithoutDemo_GivesTheStandardBoardsAndMetricsOnly(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);

        var result = await database.InitialiseAsync(demo: false);

        Assert.False(result.DemoLoaded);
        Assert.Null(result.DemoUsersFile);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, await db.OrganisationUnits.CountAsync(ct));
        Assert.Equal(0, await db.Priorities.CountAsync(ct));
        Assert.Equal(6, await db.Boards.CountAsync(ct));
        Assert.Equal(MetricLibrary.Ids.Count + BuiltInMetrics.Manual().Count + CommissioningMetricDefinitions.All().Count, await db.Metrics.CountAsync(ct));
        Assert.All(await db.MetricTargets.ToListAsync(ct), t => Assert.Equal(new PlanYear(2026), t.PlanYear));

        // The current plan year's meetings, from each board's cadence (MeetingCalendar); the clock is 23 November 2026.
        var boards = await db.Boards.AsNoTracking().ToListAsync(ct);
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(ct);
        foreach (var board in boards)
        {
            Assert.Equal(
                Core.Boards.MeetingCalendar.For(board.Cadence, new PlanYear(2026)).Select(m => (m.Date, m.ReportingMonth)),
                meetings.Where(m => m.BoardCode == board.Code).OrderBy(m => m.Date).Select(m => (m.Date, m.ReportingMonth)));
        }

        Assert.Equal(new DateOnly(2026, 4, 15), meetings.Where(m => m.BoardCode == "HPB").Min(m => m.Date));
        Assert.Equal(Roles.All.Count, await db.Roles.CountAsync(ct));
        Assert.Equal(0, await db.Users.CountAsync(ct));
        Assert.False(File.Exists(Path.Combine(database.DataDirectory, DemoUsers.FileName)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Migrations_MatchTheModel_AndAreAllApplied(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last migration: run dotnet ef migrations add for both providers.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<(int Units, int Deliverables, int Updates, int Targets, int Users, int Kloes)> CountsAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        return (await db.OrganisationUnits.CountAsync(), await db.Deliverables.CountAsync(), await db.DeliverableUpdates.CountAsync(),
            await db.MetricTargets.CountAsync(), await db.Users.CountAsync(), await db.Kloes.CountAsync());
    }
}
