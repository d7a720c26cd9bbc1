using LocalCare.Core.Plans;
using LocalCare.Core.Time;
using LocalCare.Data.Database;
using LocalCare.Data.Metrics;
using LocalCare.Data.Users;

namespace LocalCare.Data.Setup;

/// <summary>Brings an app database up to date: migrations, standard boards and metrics, roles, and optionally the demo organisation with its users, activity and computed metrics.</summary>
public sealed class Initialiser(LocalCareDbContext db, DemoUsers demoUsers, DemoActivity demoActivity, MetricCompute metricCompute, TimeProvider clock)
{
    /// <summary>Migrates and sets up; with <paramref name="demo"/> loads the demo organisation, its users and <paramref name="activity"/> (default: two years at the demo's volume).</summary>
    public async Task<InitialiseResult> InitialiseAsync(bool demo, string dataDirectory, DemoActivitySettings? activity = null, CancellationToken cancellationToken = default)
    {
        await LocalCareDatabase.MigrateAsync(db, cancellationToken);
        var currentYear = PlanYear.Of(UkTime.Today(clock));
        var standard = new StandardSetup(db);
        await standard.EnsureAsync(cancellationToken);
        await standard.EnsureDefaultTargetsAsync(currentYear, currentYear, cancellationToken);
        await standard.EnsureMeetingsAsync(currentYear, cancellationToken: cancellationToken);
        await demoUsers.EnsureRolesAsync();

        if (!demo)
        {
            return new InitialiseResult(DemoLoaded: false, DemoUsersFile: null);
        }

        var loaded = await new DemoLoader(db, clock).LoadAsync(currentYear, cancellationToken);
        var usersFile = await demoUsers.EnsureAsync(dataDirectory);
        var imported = await demoActivity.LoadAsync(activity ?? new DemoActivitySettings(), cancellationToken);
        if (imported is not null && metricCompute.DefaultRange() is { } range)
        {
            // The demo's pages open on computed metrics, not on an invitation to run 'localcare compute'.
            await metricCompute.RunAsync(range, "demo", cancellationToken: cancellationToken);
        }
        return new InitialiseResult(loaded, usersFile, imported?.RowsStored);
    }
}

/// <summary>
/// What initialising did: whether the demo was loaded now, where new demo passwords were written (null if none were created),
/// and how many generated activity rows were imported (null if none).
/// </summary>
public sealed record InitialiseResult(bool DemoLoaded, string? DemoUsersFile, long? DemoActivityRows = null);
