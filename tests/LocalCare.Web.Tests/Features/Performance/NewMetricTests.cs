using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Metrics;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Performance;

public sealed class NewMetricTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Form = "[data-testid=new-metric-form]";

    private const string ContactsSql = """
        SELECT m.month, c.service_code, c.neighbourhood_code,
               COUNT(*) AS numerator,
               CAST(NULL AS INTEGER) AS denominator
        FROM contacts c
        JOIN months m ON m.month = CAST(date_trunc('month', c.scheduled_at) AS DATE)
        GROUP BY m.month, c.service_code, c.neighbourhood_code
        """;

    [Fact]
    public async Task Post_AValidMetric_SavesItAndComputeNowGivesItValues()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var response = await client.PostFormAsync("/performance/new", Form, Fields("all-contacts", ContactsSql));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/performance/all-contacts", response.Headers.Location!.OriginalString);
        var saved = await PerformanceExpected.MetricAsync(factory, "all-contacts");
        Assert.Equal(("All contacts", MetricKind.Count, Direction.LowerIsBetter, (double?)3, "HPB", "Contacts scheduled in the month", ContactsSql), (saved.Name, saved.Kind, saved.Direction, saved.DefaultTarget, saved.BoardCode, saved.Definition, saved.Sql?.ReplaceLineEndings("\n")));

        var page = await client.GetHtmlAsync("/performance/all-contacts");
        Assert.Equal("All contacts was added. Its values appear after the next computation: compute them now below", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("Custom: an analyst's SQL", page.QuerySelector("[data-testid=source]")!.Text());
        Assert.Contains(ContactsSql.Split('\n')[0], page.QuerySelector("[data-testid=sql]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=no-values]"));

        using var computed = await client.PostFormAsync("/performance/all-contacts", "[data-testid=compute-form]", new Dictionary<string, string>());
        var after = await client.GetHtmlAsync("/performance/all-contacts");

        Assert.Equal(HttpStatusCode.Redirect, computed.StatusCode);
        Assert.StartsWith("Computed ", after.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text(), StringComparison.Ordinal);
        var values = await factory.QueryAsync(db => db.MetricValues.AsNoTracking().Where(v => v.MetricId == "all-contacts" && v.Unit == UnitRefs.Lco).ToListAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(values);
        Assert.Equal(values.Count, after.QuerySelectorAll("[data-testid=values] tbody tr").Length);
        Assert.NotNull(after.QuerySelector("[data-testid=spc-chart] svg"));
    }

    [Fact]
    public async Task Post_WithNothingFilledIn_AsksForEachField()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Admin);

        using var response = await client.PostFormAsync("/performance/new", Form, new Dictionary<string, string> { ["Board"] = "" });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Error: Add a metric – LocalCare", page.Title);
        Assert.Equal(
            [
                ("#id", "Enter an id"),
                ("#name", "Enter a name"),
                ("#kind", "Select the kind of metric"),
                ("#direction", "Select which way is better"),
                ("#board", "Select a board"),
                ("#definition", "Enter a definition"),
                ("#sql", "Enter the SQL query"),
            ],
            page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
    }

    [Fact]
    public async Task Post_WithAQueryThatDoesNotRun_ShowsWhyAndSavesNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var response = await client.PostFormAsync("/performance/new", Form, Fields("broken-contacts", "SELECT month, service_code FROM no_such_table"));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(page.QuerySelectorAll(".nhsuk-error-summary a"));
        Assert.Equal("#sql", error.GetAttribute("href"));
        Assert.StartsWith("The query does not run: ", error.Text(), StringComparison.Ordinal);
        Assert.Contains("no_such_table", error.Text(), StringComparison.Ordinal);
        Assert.Equal("SELECT month, service_code FROM no_such_table", page.QuerySelector("#sql")!.TextContent);
        Assert.Equal("broken-contacts", page.QuerySelector("#id")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.Metrics.AnyAsync(m => m.Id == "broken-contacts", TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("Bad_Id", "#id", "Id 'Bad_Id' may only hold a-z, 0-9 and '-'")]
    [InlineData("dna-rate", "#id", "Id 'dna-rate' is a built-in or manual metric; choose another id")]
    [InlineData("new", "#id", "Id 'new' is reserved: choose another id")]
    public async Task Post_WithAnIdThatCannotBeUsed_SaysWhy(string id, string field, string message)
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var response = await client.PostFormAsync("/performance/new", Form, Fields(id, ContactsSql));
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([(field, message)], page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
    }

    [Fact]
    public async Task Post_WithAQueryMissingAColumn_SaysWhichAndAPercentageTargetIsStoredAsAFraction()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var fields = Fields("contacts-share", "SELECT m.month, c.service_code, COUNT(*) AS numerator FROM contacts c JOIN months m ON m.month = CAST(date_trunc('month', c.scheduled_at) AS DATE) GROUP BY ALL");
        fields["Kind"] = "ratio";
        fields["Target"] = "12.5%";

        using var response = await client.PostFormAsync("/performance/new", Form, fields);
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The query must return the columns month, service_code, neighbourhood_code, numerator, denominator; it has no neighbourhood_code, denominator"], page.QuerySelectorAll(".nhsuk-error-summary li").Select(li => li.Text()));
        Assert.Equal("12.5%", page.QuerySelector("#target")!.GetAttribute("value"));
        Assert.Equal("checked", page.QuerySelector("#kind-ratio")!.GetAttribute("checked"));
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Manager)]
    public async Task Get_AsARoleThatMayNotAddMetrics_IsForbidden(string role)
    {
        using var client = await factory.CreateSignedInClientAsync(role);

        using var response = await client.GetResponseAsync("/performance/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Post_ComputeNow_AsManager_IsForbidden()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);
        var page = await client.GetHtmlAsync("/performance/dna-rate");

        using var response = await client.PostFormAsync("/performance/dna-rate?handler=Compute", new Dictionary<string, string>
        {
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });

        Assert.Null(page.QuerySelector("[data-testid=compute-form]"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    private static Dictionary<string, string> Fields(string id, string sql) => new()
    {
        ["Id"] = id,
        ["Name"] = "All contacts",
        ["Kind"] = "count",
        ["Direction"] = "lower",
        ["Target"] = "3",
        ["Board"] = "HPB",
        ["Definition"] = "Contacts scheduled in the month",
        ["Sql"] = sql,
    };
}
