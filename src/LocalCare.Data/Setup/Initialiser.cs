using LocalCare.Core.Plans;
using LocalCare.Data.Database;
using LocalCare.Data.Users;

namespace LocalCare.Data.Setup;

/// <summary>Brings an app database up to date: migrations, standard boards and metrics, roles, and optionally the demo organisation with its users.</summary>
public sealed class Initialiser(LocalCareDbContext db, DemoUsers demoUsers, TimeProvider clock)
{
    public async Task<InitialiseResult> InitialiseAsync(bool demo, string dataDirectory, CancellationToken cancellationToken = default)
    {
        await LocalCareDatabase.MigrateAsync(db, cancellationToken);
        var currentYear = PlanYear.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var standard = new StandardSetup(db);
        await standard.EnsureAsync(cancellationToken);
        await standard.EnsureDefaultTargetsAsync(currentYear, currentYear, cancellationToken);
        await demoUsers.EnsureRolesAsync();

        if (!demo)
        {
            return new InitialiseResult(DemoLoaded: false, DemoUsersFile: null);
        }

        var loaded = await new DemoLoader(db).LoadAsync(currentYear, cancellationToken);
        var usersFile = await demoUsers.EnsureAsync(dataDirectory);
        return new InitialiseResult(loaded, usersFile);
    }
}

/// <summary>What initialising did: whether the demo was loaded now, and where new demo passwords were written (null if none were created).</summary>
public sealed record InitialiseResult(bool DemoLoaded, string? DemoUsersFile);
