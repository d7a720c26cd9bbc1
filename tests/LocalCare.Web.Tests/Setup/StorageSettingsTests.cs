using LocalCare.Web.Setup;
using Microsoft.Extensions.Configuration;

namespace LocalCare.Web.Tests.Setup;

public sealed class StorageSettingsTests
{
    [Fact]
    public void From_WithDataDirectorySetting_UsesAndCreatesIt()
    {
        var directory = Path.Combine(Path.GetTempPath(), "localcare-settings-" + Guid.NewGuid().ToString("N"));
        try
        {
            var settings = StorageSettings.From(Configuration(new() { [StorageSettings.DataDirectoryKey] = directory }));

            Assert.Equal(Path.GetFullPath(directory), settings.DataDirectory);
            Assert.True(Directory.Exists(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void From_LoadDemo_DefaultsToTrue(string? value, bool expected)
    {
        var directory = Directory.CreateTempSubdirectory("localcare-settings-").FullName;
        try
        {
            var settings = StorageSettings.From(Configuration(new() { [StorageSettings.DataDirectoryKey] = directory, [StorageSettings.LoadDemoKey] = value }));

            Assert.Equal(expected, settings.LoadDemo);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
