using LocalCare.Data.Users;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Users;

public sealed class UserUnitsTests
{
    [Fact]
    public async Task TheDemoManager_LooksAfterNorthAndPodiatry_AndEverythingUnderNorth()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        await using var scope = database.Scope();
        var units = scope.ServiceProvider.GetRequiredService<UserUnits>();
        var cancellationToken = TestContext.Current.CancellationToken;

        var managed = await units.ManagedByAsync("manager", cancellationToken);

        Assert.Contains("INT-CC", managed);
        Assert.Contains("CRISIS-N", managed);
        Assert.Contains("PODIATRY", managed);
        Assert.DoesNotContain("INT-AL", managed);
        Assert.Empty(await units.ManagedByAsync("viewer", cancellationToken));
    }

    [Fact]
    public async Task Assign_ReplacesTheUnits_AndRefusesAnUnknownUnit()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await database.InitialiseAsync(demo: true);
        await using var scope = database.Scope();
        var units = scope.ServiceProvider.GetRequiredService<UserUnits>();
        var cancellationToken = TestContext.Current.CancellationToken;

        Assert.True(await units.AssignAsync("manager", ["INT-AL"], cancellationToken));
        Assert.Equal(["INT-AL"], await units.ManagedByAsync("manager", cancellationToken));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => units.AssignAsync("manager", ["INT-AL", "NOPE"], cancellationToken));
        Assert.Contains("NOPE", error.Message, StringComparison.Ordinal);
        Assert.False(await units.AssignAsync("nobody", ["INT-AL"], cancellationToken));
    }
}
