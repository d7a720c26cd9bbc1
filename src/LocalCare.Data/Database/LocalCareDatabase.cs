using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Database;

/// <summary>Registers and opens the app database for either provider.</summary>
public static class LocalCareDatabase
{
    /// <summary>Registers <see cref="LocalCareDbContext"/> as the provider-specific context.</summary>
    public static IServiceCollection AddLocalCareDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresLocalCareDbContext>(o => o.UseNpgsql(settings.ConnectionString));
            services.AddScoped<LocalCareDbContext>(sp => sp.GetRequiredService<PostgresLocalCareDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteLocalCareDbContext>(o => o.UseSqlite(settings.ConnectionString));
            services.AddScoped<LocalCareDbContext>(sp => sp.GetRequiredService<SqliteLocalCareDbContext>());
        }

        return services;
    }

    /// <summary>Opens a context without dependency injection (tools and tests).</summary>
    public static LocalCareDbContext Open(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Postgres
        ? new PostgresLocalCareDbContext(new DbContextOptionsBuilder<PostgresLocalCareDbContext>().UseNpgsql(settings.ConnectionString).Options)
        : new SqliteLocalCareDbContext(new DbContextOptionsBuilder<SqliteLocalCareDbContext>().UseSqlite(settings.ConnectionString).Options);

    /// <summary>Creates the database if needed and applies every pending migration.</summary>
    public static async Task MigrateAsync(LocalCareDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
    }
}
