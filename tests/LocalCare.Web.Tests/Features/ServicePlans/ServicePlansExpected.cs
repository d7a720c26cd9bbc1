using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using LocalCare.Core.ServicePlans;
using LocalCare.Data.Demo;
using LocalCare.Data.ServicePlans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.ServicePlans;

/// <summary>What the service plan pages and API should show, read from the app database; and posting their forms.</summary>
public static class ServicePlansExpected
{
    public static Task<ServicePlan?> PlanAsync(LocalCareWebFactory factory, string unit, int year = 2024) =>
        factory.QueryAsync(db => db.ServicePlans.AsNoTracking().Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.PlanYear == new Core.Plans.PlanYear(year) && p.UnitCode == unit, TestContext.Current.CancellationToken));

    public static async Task<ServicePlanTemplate> TemplateAsync(LocalCareWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServicePlanEditor>().TemplateAsync(DemoPlan.Year, TestContext.Current.CancellationToken);
    }

    /// <summary>The form field of a section: <c>section-priorities</c>, <c>section-kloe-K2425-QUALITY</c>.</summary>
    public static string Field(string key) => "section-" + key.Replace(':', '-');

    /// <summary>Every section of the form as it is on the page, then <paramref name="changes"/> (by section key).</summary>
    public static Dictionary<string, string> FormFields(IHtmlDocument page, IReadOnlyDictionary<string, string>? changes = null)
    {
        var fields = page.QuerySelectorAll("[data-testid=plan-form] textarea").ToDictionary(t => t.GetAttribute("name")!, t => t.TextContent);
        foreach (var (key, text) in changes ?? new Dictionary<string, string>())
        {
            fields[Field(key)] = text;
        }

        return fields;
    }

    /// <summary>GETs the plan page, then posts <paramref name="fields"/> with the antiforgery token of <paramref name="form"/> to a handler of the page.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string planUrl, string handler, IDictionary<string, string> fields, string form = "header form")
    {
        var page = await client.GetHtmlAsync(planUrl);
        return await client.PostFormAsync($"{planUrl}?handler={handler}", new Dictionary<string, string>(fields) { [WebTestClient.AntiforgeryField] = page.AntiforgeryToken(form) });
    }

    /// <summary>The error summary's links and messages, in order.</summary>
    public static List<(string Href, string Message)> ErrorSummary(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".nhsuk-error-summary a").Select(a => (a.GetAttribute("href")!, a.Text()))];

    /// <summary>The demo manager's draft plans and the plans in each state, from the demo's own table.</summary>
    public static ServicePlanStatus? DemoState(string unit) => DemoServicePlans.StateOf(unit);

    internal static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    internal static async Task<JsonDocument> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text);
        }
    }
}
