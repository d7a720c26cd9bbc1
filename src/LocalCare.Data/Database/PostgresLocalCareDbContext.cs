using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Database;

/// <summary>The app database on PostgreSQL; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresLocalCareDbContext(DbContextOptions<PostgresLocalCareDbContext> options) : LocalCareDbContext(options);
