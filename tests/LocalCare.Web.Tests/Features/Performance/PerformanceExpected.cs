using AngleSharp.Html.Dom;
using LocalCare.Core.Metrics;
using LocalCare.Data.Metrics;
using LocalCare.Web.Features.Performance;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Performance;

/// <summary>What the performance pages and API should show, read straight from the app database with the Data layer's and Core's own rules.</summary>
public static class PerformanceExpected
{
    public static Task<List<MetricReading>> ReadingsAsync(LocalCareWebFactory factory, MetricFilter filter) =>
        factory.QueryAsync(db => new MetricReadings(db).ListAsync(filter, TestContext.Current.CancellationToken));

    public static Task<MetricDefinition> MetricAsync(LocalCareWebFactory factory, string id) =>
        factory.QueryAsync(db => db.Metrics.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken));

    /// <summary>The metric at a unit, charted as the pages chart it (the latest 24 months with a value unless <paramref name="all"/>).</summary>
    public static async Task<MetricSeries> SeriesAsync(LocalCareWebFactory factory, string metricId, string unit = UnitRefs.Lco, bool all = false) =>
        new(await MetricAsync(factory, metricId), unit, await ReadingsAsync(factory, new MetricFilter(metricId, unit)), all ? null : MetricSeries.DefaultPoints);

    /// <summary>GETs <paramref name="page"/>, takes the antiforgery token of the form matching <paramref name="form"/>, and posts the fields to that form's action.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string form, IDictionary<string, string> fields)
    {
        var html = await client.GetHtmlAsync(page);
        var element = html.QuerySelector(form) as IHtmlFormElement;
        Assert.NotNull(element);
        var action = element.GetAttribute("action")!;
        return await client.PostFormAsync(action, new Dictionary<string, string>(fields) { [WebTestClient.AntiforgeryField] = html.AntiforgeryToken(form) });
    }
}
