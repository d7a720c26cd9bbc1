using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Commissioning.Import;

/// <summary>The commissioning import page: files uploaded and imported as one run, with the data contract's rules.</summary>
public sealed class ImportPageTests(CommissioningWebFactory factory) : IClassFixture<CommissioningWebFactory>
{
    private const string Url = "/commissioning/import";

    private const string ProvidersHeader = "provider_code,name,cqc_location_id,service_type,beds,neighbourhood_code,local\n";
    private const string ContractsHeader = "contract_code,provider_code,title,start_date,end_date,annual_value,manager,flagship\n";

    public static TheoryData<string> Others => [Roles.Executive, Roles.Analyst, Roles.Manager, Roles.Viewer];

    [Theory]
    [InlineData(Roles.Commissioner)]
    [InlineData(Roles.Admin)]
    public async Task Upload_OfValidFiles_StoresThemAll_AndSummarisesEachFile(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var p = "U" + role[..3].ToUpperInvariant();

        using var response = await UploadAsync(client, allowRejects: false,
            ("contracts.csv", ContractsHeader + $"{p}-C1,{p}1,Homecare,2024-04-01,2026-03-31,120000,,N\n"),
            ("providers.csv", ProvidersHeader + $"{p}1,Upload Care One,,homecare,,,Y\n{p}2,Upload Care Two,,day_service,,,N\n"));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("[data-testid=stored]"));
        Assert.Equal(["providers.csv 2 2 0 0 0", "contracts.csv 1 1 0 0 0"], page.QuerySelectorAll("[data-testid=files] tbody tr").Select(r => r.Text()));
        Assert.Equal(2, await factory.QueryAsync(db => db.Providers.CountAsync(x => x.Code.StartsWith(p), TestContext.Current.CancellationToken)));
        Assert.True(await factory.QueryAsync(db => db.Contracts.AnyAsync(c => c.Code == p + "-C1", TestContext.Current.CancellationToken)));
        Assert.True(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Actor == role && e.EntityKey == "providers.csv", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Upload_ThenThePagesHistory_ShowsEachFileImported_WithWhoItsHashAndItsCounts()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);
        const string Providers = ProvidersHeader + "HI1,History Care One,,homecare,,,Y\n";

        using var response = await UploadAsync(client, allowRejects: false, ("providers.csv", Providers));
        var rows = (await client.GetHtmlAsync(Url)).QuerySelectorAll("[data-testid=history] tbody tr").Select(r => r.Text()).ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Providers)));
        Assert.Contains(rows, r => r.Contains("commissioner ImportedFile providers.csv imported", StringComparison.Ordinal)
            && r.Contains("SHA-256: – → " + sha256, StringComparison.Ordinal) && r.Contains("Inserted: – → 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_WithARejectedRow_StoresNothingFromAnyFile_AndListsFileLineColumnAndReason()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        using var response = await UploadAsync(client, allowRejects: false,
            ("providers.csv", ProvidersHeader + "RJ1,Refused Care,,homecare,,,Y\n"),
            ("contracts.csv", ContractsHeader + "RJ-C1,RJ1,Homecare,2024-04-01,2026-03-31,1000,,N\nRJ-C2,RJ1,Homecare,2024-04-01,2023-03-31,1000,,N\n"));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal(["1 row was rejected: nothing was stored. Correct the files and import them again, or store the valid rows"], ErrorSummary(page));
        Assert.Equal(["contracts.csv:3: end_date: '2023-03-31' is before start_date '2024-04-01'"], page.QuerySelectorAll("[data-testid=problems] li").Select(li => li.Text()));
        Assert.Equal(["providers.csv 1 0 0 0 0", "contracts.csv 2 0 0 0 1"], page.QuerySelectorAll("[data-testid=files] tbody tr").Select(r => r.Text()));
        Assert.False(await factory.QueryAsync(db => db.Providers.AnyAsync(x => x.Code == "RJ1", TestContext.Current.CancellationToken)));
        Assert.False(await factory.QueryAsync(db => db.Contracts.AnyAsync(x => x.Code.StartsWith("RJ-"), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Upload_WithStoreTheValidRowsTicked_StoresThemAndListsTheRejects()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        using var response = await UploadAsync(client, allowRejects: true,
            ("providers.csv", ProvidersHeader + "AR1,Allowed Care,,homecare,,,Y\nAR2,Bad Beds,,homecare,12,,Y\n"));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The files were imported: the valid rows were stored and 1 row was left out.", page.QuerySelector("[data-testid=stored]")!.Text().Replace("Information: ", "", StringComparison.Ordinal));
        Assert.Equal(
            ["providers.csv:3: beds: must be empty: a homecare provider has no beds (only care_home_nursing and care_home_residential do)"],
            page.QuerySelectorAll("[data-testid=problems] li").Select(li => li.Text()));
        Assert.NotNull(page.QuerySelector("#allow-rejects[checked]"));
        Assert.True(await factory.QueryAsync(db => db.Providers.AnyAsync(x => x.Code == "AR1", TestContext.Current.CancellationToken)));
        Assert.False(await factory.QueryAsync(db => db.Providers.AnyAsync(x => x.Code == "AR2", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Upload_OfCqcRatings_WithABadRow_IsRefused_NamingTheColumn()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);
        var location = await factory.QueryAsync(db => db.Providers.Where(x => x.CqcLocationId != null).Select(x => x.CqcLocationId!).FirstAsync(TestContext.Current.CancellationToken));
        var sheet = "Location ID,Location Name,Service / Population Group,Domain,Latest Rating,Publication Date,Provider ID,Provider Name,Brand ID,Brand Name\n"
                    + $"{location},Home,Overall,Overall,Good,01/13/2024,1-P,Care Ltd,,\n";

        using var response = await UploadAsync(client, allowRejects: false, ("September_Latest_ratings.csv", sheet));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["September_Latest_ratings.csv:2: Publication Date: '01/13/2024' is not a date DD/MM/YYYY"], page.QuerySelectorAll("[data-testid=problems] li").Select(li => li.Text()));
    }

    [Fact]
    public async Task Upload_OfNoFile_OrOfAFileThatIsNotACommissioningFile_IsRefused()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        using var none = await UploadAsync(client, allowRejects: false);
        using var organisation = await UploadAsync(client, allowRejects: false, ("organisation.csv", "code,name,kind\nLCO,Test,lco\n"));
        using var other = await UploadAsync(client, allowRejects: false, ("notes.csv", "a,b\n1,2\n"));
        using var twice = await UploadAsync(client, allowRejects: false, ("providers.csv", ProvidersHeader), ("PROVIDERS.csv", ProvidersHeader));

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(["Select one or more commissioning files to import"], ErrorSummary(await none.ReadHtmlAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, organisation.StatusCode);
        Assert.StartsWith("organisation.csv: is not a commissioning file: import it from the data page", Assert.Single((await organisation.ReadHtmlAsync()).QuerySelectorAll("[data-testid=problems] li")).Text(), StringComparison.Ordinal);
        Assert.StartsWith("notes.csv: is not a commissioning file (expected providers.csv,", Assert.Single((await other.ReadHtmlAsync()).QuerySelectorAll("[data-testid=problems] li")).Text(), StringComparison.Ordinal);
        Assert.Equal(["providers.csv was selected more than once: select each file once"], ErrorSummary(await twice.ReadHtmlAsync()));
    }

    [Fact]
    public async Task Get_AsAnEditor_ShowsTheForm_AndTheNavigationLinksToIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Commissioner);

        var page = await client.GetHtmlAsync(Url);
        var register = await client.GetHtmlAsync("/commissioning");

        Assert.Equal("multipart/form-data", page.QuerySelector("[data-testid=import-form]")!.GetAttribute("enctype"));
        Assert.NotNull(page.QuerySelector("input[type=file][name=Files][multiple]"));
        Assert.NotNull(page.QuerySelector("input[type=checkbox][name=AllowRejects]"));
        Assert.Contains(register.QuerySelectorAll("[data-testid=commissioning-pages] a"), a => a.GetAttribute("href") == Url);
    }

    [Theory]
    [MemberData(nameof(Others))]
    public async Task OtherRoles_CannotOpenThePage_OrPost_AndHaveNoLinkToIt(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);
        var register = await client.GetHtmlAsync("/commissioning");
        var token = register.AntiforgeryToken("header form");

        using var get = await client.GetResponseAsync(Url);
        using var content = new MultipartFormDataContent { { new StringContent(token), WebTestClient.AntiforgeryField }, File("providers.csv", ProvidersHeader + "NO1,Not Allowed,,homecare,,,Y\n") };
        using var post = await client.PostAsync(new Uri(Url, UriKind.Relative), content, TestContext.Current.CancellationToken);

        WebAssert.Forbidden(get);
        WebAssert.Forbidden(post);
        Assert.DoesNotContain(register.QuerySelectorAll("[data-testid=commissioning-pages] a"), a => a.GetAttribute("href") == Url);
        Assert.False(await factory.QueryAsync(db => db.Providers.AnyAsync(x => x.Code == "NO1", TestContext.Current.CancellationToken)));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, bool allowRejects, params (string Name, string Content)[] files)
    {
        var form = await client.GetHtmlAsync(Url);
        using var content = new MultipartFormDataContent { { new StringContent(form.AntiforgeryToken("[data-testid=import-form]")), WebTestClient.AntiforgeryField } };
        if (allowRejects)
        {
            content.Add(new StringContent("true"), "AllowRejects");
        }

        foreach (var (name, text) in files)
        {
            content.Add(File(name, text));
        }

        return await client.PostAsync(new Uri(Url, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    private static ByteArrayContent File(string name, string text)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Files\"", FileName = $"\"{name}\"" };
        return file;
    }

    private static List<string> ErrorSummary(AngleSharp.Html.Dom.IHtmlDocument page) => [.. page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.Text())];
}
