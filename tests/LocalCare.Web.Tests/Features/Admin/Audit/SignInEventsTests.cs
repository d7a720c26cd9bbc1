using LocalCare.Core.Access;
using LocalCare.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Admin.Audit;

/// <summary>Sign-ins, failed sign-ins (unknown user, wrong password), lock-outs and sign-outs are in the trail under sign-in:NAME (entity SignIn); no password is.</summary>
public sealed class SignInEventsTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task ASignInAndSignOut_AreRecorded()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var home = await client.GetHtmlAsync("/");
        using var _ = await client.PostFormAsync("/account/sign-out", new Dictionary<string, string> { [WebTestClient.AntiforgeryField] = home.AntiforgeryToken("header form") });

        var entries = await EntriesAsync(Roles.Manager);

        Assert.Equal([AuditAction.SignedIn, AuditAction.SignedOut], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("manager", "sign-in:manager"), (e.Actor, e.Subject)));
        Assert.Contains("\"password\"", entries[0].Changes, StringComparison.Ordinal); // the method, as the reason
    }

    [Fact]
    public async Task AWrongPassword_AndAnUnknownUser_AreRecordedAsFailures_WithoutThePassword()
    {
        using var client = factory.CreateSignedOutClient();
        using var wrong = await client.SignInAsync(Roles.Analyst, "Not-the-password-1");
        using var unknown = await client.SignInAsync("nobody", "Secret-guess-2");

        var analyst = Assert.Single(await EntriesAsync(Roles.Analyst));
        var nobody = Assert.Single(await EntriesAsync("nobody"));

        Assert.Equal((AuditAction.SignInFailed, "analyst"), (analyst.Action, analyst.Actor));
        Assert.Contains("wrong password", analyst.Changes, StringComparison.Ordinal);
        Assert.Equal((AuditAction.SignInFailed, "nobody"), (nobody.Action, nobody.Actor));
        Assert.Contains("unknown user", nobody.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Not-the-password-1", analyst.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-guess-2", nobody.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooManyWrongPasswords_RecordTheLockOut()
    {
        using var client = factory.CreateSignedOutClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await client.SignInAsync(Roles.Executive, "Wrong-password-" + i);
        }

        var entries = await EntriesAsync(Roles.Executive);

        Assert.Equal([.. Enumerable.Repeat(AuditAction.SignInFailed, 4), AuditAction.LockedOut], entries.Select(e => e.Action));
    }

    private Task<List<AuditEntry>> EntriesAsync(string user) =>
        factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Subject == Subjects.SignIn(user) && e.Entity == "SignIn").OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken));
}
