using LocalCare.Data.Caching;
using LocalCare.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Caching;

/// <summary>The one statement every signed-in request runs: the data stamp and the user's security stamp, as EF reads them.</summary>
public sealed class RequestStampReaderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Read_GivesTheDataStampAndTheUsersSecurityStamp_AndFollowsAChange(string engine)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        var cancellationToken = TestContext.Current.CancellationToken;
        var reader = new RequestStampReader(database.Settings);
        string id;
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            var user = new LocalCareUser { UserName = "someone", NormalizedUserName = "SOMEONE", DisplayName = "Someone", SecurityStamp = "STAMP-ONE" };
            db.Users.Add(user);
            await db.SaveChangesAsync(cancellationToken);
            id = user.Id;
        }

        var first = await reader.ReadAsync(id, cancellationToken);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
            Assert.Equal(await DataGenerations.CurrentAsync(db, cancellationToken), first.DataStamp);
            (await db.Users.SingleAsync(u => u.Id == id, cancellationToken)).SecurityStamp = "STAMP-TWO";
            (await db.Boards.FirstAsync(cancellationToken)).Name += " (renamed)";
            await db.SaveChangesAsync(cancellationToken);
        }

        var second = await reader.ReadAsync(id, cancellationToken);
        var unknown = await reader.ReadAsync("no-such-user", cancellationToken);

        Assert.Equal("STAMP-ONE", first.SecurityStamp);
        Assert.Equal("STAMP-TWO", second.SecurityStamp);
        Assert.NotEqual(first.DataStamp, second.DataStamp);
        Assert.Null(unknown.SecurityStamp);
        Assert.Equal(second.DataStamp, unknown.DataStamp);
    }
}
