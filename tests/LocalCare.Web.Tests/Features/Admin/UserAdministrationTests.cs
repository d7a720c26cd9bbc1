using System.Net;
using LocalCare.Core.Access;
using LocalCare.Data.Audit;
using LocalCare.Web.Features.Account;
using LocalCare.Web.Features.Admin.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Web.Tests.Features.Admin;

public sealed class UserAdministrationTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private static readonly string[] Secrets = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    [Fact]
    public async Task Create_ShowsAOneTimePasswordThatSignsIn_AndIsAudited()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);

        var (id, password) = await CreateAsync(admin, "jo.bloggs", Roles.Manager, units: ["NORTH"]);

        using var jo = factory.CreateSignedOutClient();
        using var signIn = await jo.SignInAsync("jo.bloggs", password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var list = await admin.GetHtmlAsync(UsersFeature.IndexUrl);
        var row = list.QuerySelector("tr[data-user='jo.bloggs']")!;
        Assert.Equal("Manager", row.QuerySelector("[data-field=roles]")!.Text());
        Assert.Equal("NORTH", row.QuerySelector("[data-field=units]")!.Text());
        Assert.Equal("Active", row.QuerySelector("[data-field=status]")!.Text());
        var audit = await AuditAsync(id);
        Assert.Contains(audit, e => e.Entity == "LocalCareUser" && e.Action == AuditAction.Created && e.Actor == Roles.Admin);
        Assert.Contains(audit, e => e.Entity == "IdentityUserRole`1" && e.EntityKey == "role manager");
        Assert.Contains(audit, e => e.Entity == "UserUnit" && e.EntityKey == "unit NORTH");
        Assert.All(audit, e => Assert.All(Secrets, s => Assert.DoesNotContain(s, e.Changes, StringComparison.Ordinal)));
        Assert.Contains("\"Password\":{\"after\":\"changed\"}", audit.Single(e => e.Entity == "LocalCareUser").Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithMistakes_SaysWhatIsWrong()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var form = await admin.GetHtmlAsync("/admin/users/new");

        using var response = await admin.PostFormAsync("/admin/users/new", new Dictionary<string, string>
        {
            ["UserName"] = Roles.Viewer,
            ["DisplayName"] = "",
            ["Email"] = "not an email",
            [WebTestClient.AntiforgeryField] = form.AntiforgeryToken("[data-testid=new-user-form]"),
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [UserAdministration.UserNameTaken, UserAdministration.EnterDisplayName, UserAdministration.EmailFormat, UserAdministration.SelectRole],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text()));
    }

    [Fact]
    public async Task Disable_RefusesSignIn_AndEndsTheSignInTheyHave()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var (id, password) = await CreateAsync(admin, "sam.disabled", Roles.Viewer);
        using var sam = factory.CreateSignedOutClient();
        using (var signIn = await sam.SignInAsync("sam.disabled", password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        using (var home = await sam.GetResponseAsync("/"))
        {
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        using var disabled = await PostAsync(admin, id, "Disable", "[data-testid=disable-form]");
        ((FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal("Disabled", (await disabled.ReadHtmlAsync()).QuerySelector("[data-field=status]")!.Text());
        using var after = await sam.GetResponseAsync("/");
        Assert.Equal("/account/sign-in", after.Headers.Location?.AbsolutePath);
        using var again = await factory.CreateSignedOutClient().SignInAsync("sam.disabled", password);
        Assert.Equal(SignInModel.Disabled, (await again.ReadHtmlAsync()).QuerySelector(".nhsuk-error-summary__list a")!.Text());

        using var enabled = await PostAsync(admin, id, "Enable", "[data-testid=disable-form]");
        using var back = await factory.CreateSignedOutClient().SignInAsync("sam.disabled", password);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Contains(await AuditAsync(id), e => e.Changes.Contains("LockoutEnd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResetPassword_ShowsANewOneOnce_AndTheOldOneStopsWorking()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var (id, old) = await CreateAsync(admin, "kim.reset", Roles.Analyst);

        using var reset = await PostAsync(admin, id, "Reset", "[data-testid=reset-form]");
        var page = await reset.ReadHtmlAsync();
        var password = page.QuerySelector("[data-testid=password]")!.Text();

        Assert.NotEqual(old, password);
        using var withOld = await factory.CreateSignedOutClient().SignInAsync("kim.reset", old);
        Assert.Equal(HttpStatusCode.BadRequest, withOld.StatusCode);
        using var withNew = await factory.CreateSignedOutClient().SignInAsync("kim.reset", password);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        var history = (await admin.GetHtmlAsync(UsersFeature.UserUrl(id))).QuerySelector("[data-testid=history]")!.Text();
        Assert.Contains("Password: – → changed", history, StringComparison.Ordinal);
        Assert.Contains("signinfailed", history, StringComparison.Ordinal); // the old password, refused
        Assert.Contains("signedin", history, StringComparison.Ordinal); // the new one
        Assert.Null((await admin.GetHtmlAsync(UsersFeature.UserUrl(id))).QuerySelector("[data-testid=password]"));
    }

    [Fact]
    public async Task ChangeRoles_IsSavedAndAudited()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var (id, _) = await CreateAsync(admin, "lee.roles", Roles.Viewer);

        using var saved = await PostAsync(admin, id, "Roles", "[data-testid=roles-form]", [new("Roles", Roles.Commissioner), new("Roles", Roles.Analyst)]);

        Assert.Equal("Analyst, Commissioner", (await saved.ReadHtmlAsync()).QuerySelector("[data-field=roles]")!.Text());
        var audit = await AuditAsync(id);
        Assert.Contains(audit, e => e.EntityKey == "role viewer" && e.Action == AuditAction.Deleted);
        Assert.Contains(audit, e => e.EntityKey == "role commissioner" && e.Action == AuditAction.Created);
    }

    [Fact]
    public async Task Admin_CannotDropTheirOwnAdminRoleOrDisableThemselves()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        var self = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == Roles.Admin).Select(u => u.Id).SingleAsync());

        using var roles = await PostAsync(admin, self, "Roles", "[data-testid=roles-form]", [new("Roles", Roles.Viewer)]);
        using var disable = await PostAsync(admin, self, "Disable", "[data-testid=disable-form]");

        Assert.Equal(HttpStatusCode.BadRequest, roles.StatusCode);
        Assert.Equal(UserAdministration.OwnAdminRole, (await roles.ReadHtmlAsync()).QuerySelector(".nhsuk-error-summary__list a")!.Text());
        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.Equal(UserAdministration.DisableSelf, (await disable.ReadHtmlAsync()).QuerySelector(".nhsuk-error-summary__list a")!.Text());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetResponseAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task Navigation_ShowsUsersToAdministratorsOnly()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);

        Assert.NotNull((await admin.GetHtmlAsync("/")).QuerySelector(".nhsuk-header__account a[href='/admin/users']"));
        Assert.Null((await executive.GetHtmlAsync("/")).QuerySelector(".nhsuk-header__account a[href='/admin/users']"));
    }

    [Fact]
    public async Task Api_ListsUsersForAdministrators()
    {
        using var admin = await factory.CreateSignedInClientAsync(Roles.Admin);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        var json = await admin.GetStringAsync(new Uri("/api/admin/users", UriKind.Relative), TestContext.Current.CancellationToken);
        using var forbidden = await viewer.GetResponseAsync("/api/admin/users");

        Assert.Contains("\"userName\":\"manager\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private async Task<(string Id, string Password)> CreateAsync(HttpClient admin, string userName, string role, string[]? units = null)
    {
        var form = await admin.GetHtmlAsync("/admin/users/new");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("UserName", userName),
            new("DisplayName", "Test " + userName),
            new("Email", userName + "@example.nhs.uk"),
            new("Roles", role),
            new(WebTestClient.AntiforgeryField, form.AntiforgeryToken("[data-testid=new-user-form]")),
        };
        fields.AddRange((units ?? []).Select(u => new KeyValuePair<string, string>("Units", u)));
        using var response = await admin.PostFormAsync("/admin/users/new", fields);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = page.QuerySelector("[data-testid=password]")!.Text();
        var id = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());
        return (id, password);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient admin, string id, string handler, string form, List<KeyValuePair<string, string>>? fields = null)
    {
        var page = await admin.GetHtmlAsync(UsersFeature.UserUrl(id));
        fields ??= [];
        fields.Add(new(WebTestClient.AntiforgeryField, page.AntiforgeryToken(form)));
        return await admin.PostFormAsync($"{UsersFeature.UserUrl(id)}?handler={handler}", fields);
    }

    private Task<List<AuditEntry>> AuditAsync(string id) =>
        factory.QueryAsync(db => db.AuditEntries.Where(e => e.Subject == Subjects.User(id)).OrderBy(e => e.Id).ToListAsync());
}
