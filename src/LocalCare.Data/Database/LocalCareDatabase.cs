using LocalCare.Data.Audit;
using LocalCare.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalCare.Data.Database;

/// <summary>Registers and opens the app database for either provider.</summary>
public static class LocalCareDatabase
{
    /// <summary>Registers <see cref="LocalCareDbContext"/> as the provider-specific context.</summary>
    public static IServiceCollection AddLocalCareDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<RequestStampReader>();
        services.TryAddScoped<IAuditActor>(_ => FixedAuditActor.System);
        services.AddScoped<AuditInterceptor>();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresLocalCareDbContext>((sp, o) => o.UseNpgsql(settings.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), new DataGenerationInterceptor()));
            services.AddScoped<LocalCareDbContext>(sp => sp.GetRequiredService<PostgresLocalCareDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteLocalCareDbContext>((sp, o) => o.UseSqlite(settings.ConnectionString).AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), new DataGenerationInterceptor()));
            services.AddScoped<LocalCareDbContext>(sp => sp.GetRequiredService<SqliteLocalCareDbContext>());
        }

        return services;
    }

    /// <summary>Opens a context without dependency injection (tools and tests); its changes are recorded as <paramref name="actor"/>'s (default <c>system</c>).</summary>
    public static LocalCareDbContext Open(DatabaseSettings settings, IAuditActor? actor = null)
    {
        var audit = new AuditInterceptor(actor ?? FixedAuditActor.System, TimeProvider.System);
        return settings.Provider == DatabaseProvider.Postgres
            ? new PostgresLocalCareDbContext(new DbContextOptionsBuilder<PostgresLocalCareDbContext>().UseNpgsql(settings.ConnectionString).AddInterceptors(audit, new DataGenerationInterceptor()).Options)
            : new SqliteLocalCareDbContext(new DbContextOptionsBuilder<SqliteLocalCareDbContext>().UseSqlite(settings.ConnectionString).AddInterceptors(audit, new DataGenerationInterceptor()).Options);
    }

    /// <summary>Creates the database if needed and applies every pending migration; a database already up to date is only read.</summary>
    public static async Task MigrateAsync(LocalCareDbContext db, CancellationToken cancellationToken = default)
    {
        // Migrate would still try to create the history table, which the app's own PostgreSQL role may not (the role split of
        // docs/audit-trail.md): reading which migrations are pending needs only SELECT, so the app starts as that role.
        if (await db.Database.CanConnectAsync(cancellationToken) && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
