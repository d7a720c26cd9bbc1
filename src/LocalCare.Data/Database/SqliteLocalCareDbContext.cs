using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Database;

/// <summary>The app database on SQLite; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteLocalCareDbContext(DbContextOptions<SqliteLocalCareDbContext> options) : LocalCareDbContext(options);
