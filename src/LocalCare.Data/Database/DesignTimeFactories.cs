using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LocalCare.Data.Database;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLocalCareDbContext>
{
    public SqliteLocalCareDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLocalCareDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLocalCareDbContext>
{
    public PostgresLocalCareDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLocalCareDbContext>().UseNpgsql("Host=localhost;Database=localcare_design").Options);
}
