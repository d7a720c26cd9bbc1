using LocalCare.Data.Database;

namespace LocalCare.Data.Tests.Database;

public sealed class DataDirectoryTests
{
    [Fact]
    public void Resolve_PrefersTheExplicitPath_ThenTheEnvironment_ThenTheFallback_ThenData()
    {
        Assert.Equal(Path.GetFullPath("given"), DataDirectory.Resolve("given", "from-env", "fallback"));
        Assert.Equal(Path.GetFullPath("from-env"), DataDirectory.Resolve(" ", "from-env", "fallback"));
        Assert.Equal(Path.GetFullPath("fallback"), DataDirectory.Resolve(null, "", "fallback"));
        Assert.Equal(Path.GetFullPath("data"), DataDirectory.Resolve(null, null));
    }

    [Fact]
    public void SqliteIn_PutsTheDatabaseFileInTheDataDirectory()
    {
        var settings = DatabaseSettings.SqliteIn("/srv/localcare");

        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Equal("Data Source=/srv/localcare/localcare.db", settings.ConnectionString);
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("SQLite", DatabaseProvider.Sqlite)]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    [InlineData("PostgreSQL", DatabaseProvider.Postgres)]
    public void From_ReadsTheProvider(string? provider, DatabaseProvider expected)
    {
        Assert.Equal(expected, DatabaseSettings.From(provider, "Host=x", "/srv/localcare").Provider);
    }

    [Fact]
    public void From_RefusesAnUnknownProvider_OrPostgresWithoutAConnectionString()
    {
        Assert.Equal("Database:Provider 'mysql' is not known; use 'sqlite' or 'postgres'.",
            Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From("mysql", null, "/d")).Message);
        Assert.Equal("Database:Provider is 'postgres' but ConnectionStrings:LocalCare is not set.",
            Assert.Throws<InvalidOperationException>(() => DatabaseSettings.From("postgres", "", "/d")).Message);
    }
}
