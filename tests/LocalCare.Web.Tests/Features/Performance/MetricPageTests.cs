using System.Globalization;
using System.Net;
using LocalCare.Core.Metrics;
using LocalCare.Core.Spc;
using LocalCare.Data.Metrics;
using LocalCare.Warehouse.Metrics;

namespace LocalCare.Web.Tests.Features.Performance;

public sealed class MetricPageTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task Get_ShowsTheSpcChartWithItsIconsAndWords()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "outcomed-appointments");

        var page = await client.GetHtmlAsync("/performance/outcomed-appointments");
        var chart = page.QuerySelector("[data-testid=spc-chart] svg")!;

        Assert.Equal("Manchester Local Care Organisation – Outcomed appointments", page.QuerySelector("h1")!.Text());
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("spc-title spc-desc", chart.GetAttribute("aria-labelledby"));
        Assert.StartsWith("SPC chart of Outcomed appointments at Manchester Local Care Organisation, ", chart.QuerySelector("title#spc-title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(page.QuerySelector("[data-testid=chart-summary]")!.Text(), chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(
            series.Charted.Select(p => (p.Period, p.PointType.ToCode())),
            chart.QuerySelectorAll("[data-point-type][data-period]").Select(c => (c.GetAttribute("data-period")!, c.GetAttribute("data-point-type")!)));
        Assert.NotNull(chart.QuerySelector("[data-line=mean]"));
        Assert.Equal("6 4", chart.QuerySelector("[data-line=upl]")!.GetAttribute("stroke-dasharray"));
        Assert.NotNull(chart.QuerySelector("[data-line=target]"));
        Assert.Equal(series.Spc.Variation!.Value.ToCode(), page.QuerySelector("[data-testid=variation]")!.GetAttribute("data-variation"));
        Assert.Contains(series.Spc.Variation!.Value.ToText(), page.QuerySelector("[data-testid=variation]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(series.Spc.Assurance!.Value.ToCode(), page.QuerySelector("[data-testid=assurance]")!.GetAttribute("data-assurance"));
        Assert.Contains(series.Spc.Assurance!.Value.ToText(), page.QuerySelector("[data-testid=assurance]")!.Text(), StringComparison.Ordinal);
        Assert.StartsWith($"The latest value, for {MonthName(series.Latest!.Month)}, is {series.Metric.Format(series.Latest.Value)} against a target of ≥ 90.0%.", page.QuerySelector("[data-testid=chart-summary]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChartPointsHaveTheirTypesShape_AndTheKeyBesideTheChartNamesEachShape()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "outcomed-appointments");

        var page = await client.GetHtmlAsync("/performance/outcomed-appointments");
        var figure = page.QuerySelector("[data-testid=spc-chart]")!;

        Assert.Equal(
            series.Charted.Select(p => Reports.Charts.SpcChartSvg.MarkerOf(p.PointType)),
            figure.QuerySelectorAll("svg [data-point-type][data-period]").Select(p => p.GetAttribute("data-marker")));
        Assert.Null(figure.QuerySelector("svg [data-key]")); // the figcaption is the key
        Assert.Equal(
            [("square", "Special cause: improvement"), ("triangle", "Special cause: concern"), ("diamond", "Special cause: neither"), ("circle", "Common cause")],
            figure.QuerySelectorAll("figcaption li[data-marker]").Select(li => (li.GetAttribute("data-marker"), li.Text())));
    }

    [Fact]
    public async Task Get_WithFewerThan12Points_WarnsThatTheLimitsAreNotYetReliable()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "turnover-r12m");

        var page = await client.GetHtmlAsync("/performance/turnover-r12m");

        Assert.InRange(series.Spc.Points.Count, 1, 11);
        Assert.Equal(series.Spc.Warnings, page.QuerySelectorAll("[data-testid=spc-warnings] p").Select(p => p.Text()));
    }

    [Fact]
    public async Task Get_ListsEveryMonthNewestFirstWithItsSpcLabel()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "crisis-response-2h");

        var page = await client.GetHtmlAsync("/performance/crisis-response-2h");
        var rows = page.QuerySelectorAll("[data-testid=values] tbody tr").ToList();

        Assert.Equal(series.Readings.Select(r => r.Month.ToString()).Reverse(), rows.Select(r => r.GetAttribute("data-month")));
        foreach (var (reading, row) in series.Readings.Reverse().Zip(rows))
        {
            var cells = row.QuerySelectorAll("td").Select(c => c.Text()).ToList();
            Assert.Equal(reading.Numerator.ToString("#,0.###", CultureInfo.InvariantCulture), cells[1]);
            Assert.Equal(series.Metric.Format(reading.Value), cells[3]);
            Assert.Equal(reading.Target is null ? "–" : series.Metric.FormatTarget(reading.Target), cells[4]);
            Assert.Equal(reading.Met switch { true => "Met", false => "Not met", null => "–" }, cells[5]);
            Assert.Equal(series.PointsByMonth.GetValueOrDefault(reading.Month.ToString())?.Label.ToCode() ?? "none", row.QuerySelector("[data-testid=spc-label]")!.GetAttribute("data-label"));
        }
    }

    [Fact]
    public async Task GetCsv_DownloadsTheValuesWithTheirSpcLabels()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var series = await PerformanceExpected.SeriesAsync(factory, "dna-rate", "locality:SOUTH");
        var first = series.Readings[0];
        var firstPoint = series.PointsByMonth.GetValueOrDefault(first.Month.ToString());
        var last = series.Readings[^1];
        var point = series.PointsByMonth[last.Month.ToString()];

        using var response = await client.GetResponseAsync("/performance/dna-rate?unit=locality:SOUTH&format=csv");
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimEnd('\n').Split('\n');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("metric,month,unit,numerator,denominator,value,target,met,spc_label,point_type", lines[0]);
        Assert.Equal(series.Readings.Count + 1, lines.Length);
        Assert.Equal(
            string.Join(',', "dna-rate", last.Month.ToString(), "locality:SOUTH", R(last.Numerator), R(last.Denominator), R(last.Value), "", "", point.Label.ToCode(), point.PointType.ToCode()),
            lines[^1]);
        Assert.StartsWith($"dna-rate,{first.Month},locality:SOUTH,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(firstPoint is null ? ",," : $",{firstPoint.Label.ToCode()},{firstPoint.PointType.ToCode()}", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AtTheLco_DrillsDownToLocalitiesAndServicesWithTheirLatestValues()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var readings = (await PerformanceExpected.ReadingsAsync(factory, new MetricFilter("outcomed-appointments"))).ToLookup(r => r.Unit);

        var page = await client.GetHtmlAsync("/performance/outcomed-appointments");
        var rows = page.QuerySelectorAll("[data-testid=units] tbody tr").ToList();
        var units = rows.Select(r => r.GetAttribute("data-unit")!).ToList();

        Assert.Equal("Localities and services", page.QuerySelector("h2#units")!.Text());
        Assert.Equal(["locality:CENTRAL", "locality:NORTH", "locality:SOUTH"], units.Take(3));
        Assert.All(units.Skip(3), u => Assert.StartsWith("service:", u, StringComparison.Ordinal));
        Assert.Equal(readings.Select(g => g.Key).Where(u => u.StartsWith("service:", StringComparison.Ordinal)).Order(StringComparer.Ordinal), units.Skip(3).Order(StringComparer.Ordinal));
        var north = rows.Single(r => r.GetAttribute("data-unit") == "locality:NORTH");
        Assert.Equal((await PerformanceExpected.MetricAsync(factory, "outcomed-appointments")).Format(readings["locality:NORTH"].Last(r => r.Value is not null).Value), north.QuerySelector("[data-testid=value]")!.Text());
        Assert.Equal("/performance/outcomed-appointments?unit=locality%3ANORTH", north.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_AtALocality_DrillsDownToItsNeighbourhoods_AndAtAServiceNowhere()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var locality = await client.GetHtmlAsync("/performance/outcomed-appointments?unit=locality:SOUTH");
        var service = await client.GetHtmlAsync("/performance/outcomed-appointments?unit=service:MSK");

        Assert.Equal("Neighbourhoods in South Manchester", locality.QuerySelector("h2#units")!.Text());
        Assert.Equal(
            ["neighbourhood:INT-BCPD", "neighbourhood:INT-OMW", "neighbourhood:INT-WYTH", "neighbourhood:INT-WBN"],
            locality.QuerySelectorAll("[data-testid=units] tbody tr").Select(r => r.GetAttribute("data-unit")!));
        Assert.Null(service.QuerySelector("[data-testid=units]"));
        Assert.Equal("Musculoskeletal (MSK) (service) – Outcomed appointments", service.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Get_ShowsHowTheMetricIsCalculated()
    {
        using var client = await factory.CreateSignedInClientAsync();
        var file = MetricLibrary.Find("dna-rate")!;

        var page = await client.GetHtmlAsync("/performance/dna-rate");
        var calculation = page.QuerySelector("details[data-testid=calculation]")!;

        Assert.Equal("How is this calculated", calculation.QuerySelector("summary")!.Text());
        Assert.Equal(MetricSqlFile.Write(file.Metric, file.Sql), calculation.QuerySelector("pre code[data-testid=sql]")!.TextContent);
        Assert.Equal("Built in: the metric library", page.QuerySelector("[data-testid=source]")!.Text());
    }

    [Fact]
    public async Task Get_ManualMetric_ExplainsWhereItsValuesComeFrom()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/performance/carers-assessments");

        Assert.Null(page.QuerySelector("[data-testid=sql]"));
        Assert.Contains("metric_values.csv", page.QuerySelector("[data-testid=manual-explanation]")!.Text(), StringComparison.Ordinal);
        Assert.Equal("There are no values for Manchester Local Care Organisation yet: enter one below, or import metric_values.csv.", page.QuerySelector("[data-testid=no-values]")!.Text());
        Assert.Null(page.QuerySelector("[data-testid=value-form]")); // a viewer cannot enter values
        Assert.Null(page.QuerySelector("[data-testid=spc-chart]"));
    }

    [Fact]
    public async Task Get_UnknownMetric_Returns404Page()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/performance/no-such-metric");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await response.ReadHtmlAsync()).QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Get_UnknownUnit_Returns400WithTheErrorAndShowsTheLco()
    {
        using var client = await factory.CreateSignedInClientAsync();

        using var response = await client.GetResponseAsync("/performance/dna-rate?unit=ward:7");
        var page = await response.ReadHtmlAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Unit 'ward:7' is not a unit of the organisation: use lco, locality:CODE, neighbourhood:CODE or service:CODE"], page.QuerySelectorAll(".nhsuk-error-summary li").Select(li => li.Text()));
        Assert.Equal("#unit", page.QuerySelector(".nhsuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("Manchester Local Care Organisation – Did not attend rate", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Get_AsViewer_ShowsNoForms()
    {
        using var client = await factory.CreateSignedInClientAsync();

        var page = await client.GetHtmlAsync("/performance/dna-rate");

        Assert.Null(page.QuerySelector("[data-testid=commentary-form]"));
        Assert.Null(page.QuerySelector("[data-testid=target-form]"));
        Assert.Null(page.QuerySelector("[data-testid=compute-form]"));
        Assert.NotNull(page.QuerySelector("[data-testid=targets]"));
    }

    private static string R(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string MonthName(Core.Generation.YearMonth month) => month.FirstDay.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
