using System.Net;
using LocalCare.Core.Access;
using LocalCare.Core.Generation;
using LocalCare.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Performance;

public sealed class ManualValueTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Form = "[data-testid=value-form]";

    [Fact]
    public async Task Post_AsManager_StoresTheValueThroughTheImportAndShowsIt()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var response = await client.PostFormAsync("/performance/vfp-savings-delivered", Form, new Dictionary<string, string>
        {
            ["MonthMonth"] = "11",
            ["MonthYear"] = "2024",
            ["ValueUnit"] = "lco",
            ["Numerator"] = "450,000",
            ["Denominator"] = "500000",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(
            [("2024-11-01", "lco", 450000d, (double?)500000d)],
            factory.QueryWarehouse(c => Sql.Query(c,
                "SELECT strftime(month, '%Y-%m-%d'), unit, numerator, denominator FROM metric_values WHERE metric_id = 'vfp-savings-delivered'",
                r => (r.GetString(0), r.GetString(1), r.GetDouble(2), r.IsDBNull(3) ? null : (double?)r.GetDouble(3))))!);
        Assert.Equal(("manager", "stored"), factory.QueryWarehouse(c => Sql.Query(c,
            "SELECT r.user_name, r.status FROM import_runs r ORDER BY r.import_id DESC LIMIT 1", r => (r.GetString(0), r.GetString(1))).Single()));
        var stored = await factory.QueryAsync(db => db.MetricValues.AsNoTracking()
            .SingleAsync(v => v.MetricId == "vfp-savings-delivered" && v.Unit == "lco" && v.Month == new YearMonth(2024, 11), TestContext.Current.CancellationToken));
        Assert.Equal(0.9, stored.Value);

        var page = await client.GetHtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Value for November 2024 at Manchester Local Care Organisation saved", page.QuerySelector("[data-testid=saved] .nhsuk-notification-banner__heading")!.Text());
        Assert.Equal("90.0% in November 2024", page.QuerySelector("[data-testid=latest]")!.Text());
        Assert.Equal("90.0%", page.QuerySelector("[data-testid=values] tr[data-month='2024-11'] [data-testid=value]")!.Text());
        Assert.NotNull(page.QuerySelector("[data-testid=spc-chart] [data-point-type][data-period='2024-11']"));
        var summary = await client.GetHtmlAsync("/performance?board=FPCG");
        Assert.Equal("90.0%", summary.QuerySelector("tr[data-metric='vfp-savings-delivered'] [data-testid=value]")!.Text());
    }

    [Fact]
    public async Task Post_ACountForAUnit_NeedsNoDenominatorAndLaterValuesReplaceEarlierOnes()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var fields = new Dictionary<string, string> { ["MonthMonth"] = "12", ["MonthYear"] = "2024", ["ValueUnit"] = "locality:NORTH", ["Numerator"] = "31" };

        var page = await client.GetHtmlAsync("/performance/carers-assessments");
        using var first = await client.PostFormAsync("/performance/carers-assessments", Form, fields);
        fields["Numerator"] = "34";
        using var second = await client.PostFormAsync("/performance/carers-assessments", Form, fields);

        Assert.Null(page.QuerySelector("#value-denominator"));
        Assert.Equal("Value", page.QuerySelector("label[for=value-numerator]")!.Text());
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var values = await factory.QueryAsync(db => db.MetricValues.AsNoTracking().Where(v => v.MetricId == "carers-assessments").ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([("locality:NORTH", new YearMonth(2024, 12), 34d, (double?)null)], values.Select(v => (v.Unit, v.Month, v.Numerator, v.Denominator)));
    }

    [Fact]
    public async Task Post_WithProblems_ShowsThemAndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var response = await client.PostFormAsync("/performance/spend-against-budget", Form, new Dictionary<string, string>
        {
            ["MonthMonth"] = "13",
            ["MonthYear"] = "2024",
            ["ValueUnit"] = "",
            ["Numerator"] = "lots",
            ["Denominator"] = "",
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            [
                ("#value-month-month", "The month must be a real month, like 3 2025"),
                ("#value-unit", "Select the unit the value is for"),
                ("#value-numerator", "The numerator must be a number"),
                ("#value-denominator", "Enter the denominator"),
            ],
            page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text())));
        Assert.Equal("lots", page.QuerySelector("#value-numerator")!.GetAttribute("value"));
        Assert.Equal(0L, factory.QueryWarehouse(c => Sql.Scalar<long>(c, "SELECT count(*) FROM metric_values WHERE metric_id = 'spend-against-budget'")));
    }

    [Fact]
    public async Task Post_ThatTheImportRejects_ShowsTheImportsReasonAndStoresNothing()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);

        using var response = await client.PostFormAsync("/performance/time-to-hire", Form, new Dictionary<string, string>
        {
            ["MonthMonth"] = "10",
            ["MonthYear"] = "2024",
            ["ValueUnit"] = "lco",
            ["Numerator"] = "420",
            ["Denominator"] = "-3",
        });
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(page.QuerySelectorAll(".nhsuk-error-summary a"));
        Assert.Equal("#value-denominator", error.GetAttribute("href"));
        Assert.StartsWith("The value was not stored: ", error.Text(), StringComparison.Ordinal);
        Assert.Equal(0L, factory.QueryWarehouse(c => Sql.Scalar<long>(c, "SELECT count(*) FROM metric_values WHERE metric_id = 'time-to-hire'")));
    }

    [Fact]
    public async Task Post_AsViewer_IsForbidden()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Viewer);
        var page = await client.GetHtmlAsync("/performance/carers-assessments");

        using var response = await client.PostFormAsync("/performance/carers-assessments?handler=Value", new Dictionary<string, string>
        {
            ["MonthMonth"] = "1",
            ["MonthYear"] = "2024",
            ["ValueUnit"] = "lco",
            ["Numerator"] = "5",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Post_ForAComputedMetric_IsRefused()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Analyst);
        var page = await client.GetHtmlAsync("/performance/dna-rate");

        using var response = await client.PostFormAsync("/performance/dna-rate?handler=Value", new Dictionary<string, string>
        {
            ["MonthMonth"] = "1",
            ["MonthYear"] = "2024",
            ["ValueUnit"] = "lco",
            ["Numerator"] = "5",
            ["Denominator"] = "10",
            [WebTestClient.AntiforgeryField] = page.AntiforgeryToken("header form"),
        });
        var result = await response.ReadHtmlAsync();

        Assert.Null(page.QuerySelector(Form));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Did not attend rate is computed from the data: values cannot be entered"], result.QuerySelectorAll(".nhsuk-error-summary li").Select(li => li.Text()));
    }
}
