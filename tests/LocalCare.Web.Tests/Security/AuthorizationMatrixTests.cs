using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LocalCare.Core.Access;
using LocalCare.Core.Plans;
using LocalCare.Core.ServicePlans;
using LocalCare.Web.Security;
using LocalCare.Web.Tests.Features.WaitingLists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Security;

/// <summary>
/// Every page and API route the running app maps (its <see cref="EndpointDataSource"/>), every method and Razor Pages handler,
/// asked by a signed-out client and by a demo user of each role. What each should get comes from the app: its authorization
/// metadata and <see cref="HandlerAccessRules"/>, never a list kept here. The table is written to
/// <c>authorization-matrix.md</c> beside the test assembly.
/// </summary>
public sealed partial class AuthorizationMatrixTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    private const string Anonymous = "anonymous";

    /// <summary>The user name the matrix gives the data's people (owners, accountable users): none of its callers.</summary>
    private const string NoCaller = "matrix-no-caller";

    [Fact]
    public async Task EveryEndpoint_AnswersEachCallerAsTheAppDeclares()
    {
        var values = await RouteValuesAsync(await ArrangeDataAsync());
        var callers = new Dictionary<string, HttpClient> { [Anonymous] = factory.CreateSignedOutClient() };
        var tokens = new Dictionary<string, string>();
        foreach (var role in Roles.All)
        {
            callers[role] = await factory.CreateSignedInClientAsync(role);

            // Any form's token is the user's: the header's sign-out form gives one, for the handler rules' refusals below.
            tokens[role] = (await callers[role].GetHtmlAsync("/")).AntiforgeryToken("form.nhsuk-header__account-form");
        }

        var requests = await RequestsAsync();
        var failures = new List<string>();
        var table = new StringBuilder()
            .AppendLine("# Authorization matrix")
            .AppendLine()
            .AppendLine("Each cell: the status the caller got, then `ok` when it is the answer the app declares. `→sign-in` and `→denied` are redirects to the sign-in and access-denied pages.")
            .AppendLine("Rule: `anonymous` (AllowAnonymous), `signed in` (any role), a list of roles (endpoint metadata), or `handler:` roles (HandlerAccessRules), then `+` who else the data lets through (made none of the callers here).")
            .AppendLine()
            .AppendLine($"| Method | Route | Rule | {string.Join(" | ", callers.Keys)} |")
            .AppendLine($"| --- | --- | --- |{string.Concat(callers.Keys.Select(_ => " --- |"))}");

        foreach (var request in requests.OrderBy(r => r.Route, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ThenBy(r => r.Handler, StringComparer.Ordinal))
        {
            var path = Fill(request, values, failures);
            if (path is null)
            {
                continue;
            }

            path += request.Handler is null ? "" : "?handler=" + request.Handler;
            var cells = new List<string>();
            foreach (var (caller, client) in callers)
            {
                using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(path, UriKind.Relative));
                if (request.Method is not ("GET" or "HEAD"))
                {
                    // No antiforgery token, no body: nothing can be changed. A handler whose listed rule refuses the caller gets what
                    // gets it past binding and antiforgery — a page the caller's valid token and no fields, an API an empty JSON
                    // object — so the handler's own role check is what must answer.
                    message.Content = !RefusedInCode(request, caller) ? new ByteArrayContent([])
                        : request.IsApi ? new StringContent("{}", Encoding.UTF8, "application/json")
                        : new FormUrlEncodedContent([new(WebTestClient.AntiforgeryField, tokens[caller])]);
                }

                using var response = await client.SendAsync(message, TestContext.Current.CancellationToken);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                var answer = Describe(response);
                var problem = Check(request, caller, response, body);
                if (problem is not null)
                {
                    failures.Add($"{request.Method} {path} as {caller}: {answer}, {problem}");
                }

                cells.Add(problem is null ? answer + " ok" : $"**{answer}**");
            }

            table.AppendLine($"| {request.Method}{(request.Handler is null ? "" : " " + request.Handler)} | `{request.Route}` | {request.RuleText} | {string.Join(" | ", cells)} |");
        }

        var file = Path.Combine(AppContext.BaseDirectory, "authorization-matrix.md");
        await File.WriteAllTextAsync(file, table.ToString(), TestContext.Current.CancellationToken);
        TestContext.Current.AddAttachment("authorization-matrix.md", table.ToString());

        foreach (var client in callers.Values)
        {
            client.Dispose();
        }

        Assert.True(requests.Count > 100, $"Only {requests.Count} requests were found: the endpoint list was not read.");
        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from what the app declares (table: {file}):\n" + string.Join('\n', failures));
    }

    /// <summary>
    /// The rule each endpoint declares, against the approved list committed beside this test: the matrix above checks the app
    /// against its own declarations, so a removed <c>[Authorize(Roles = …)]</c> or a handler rule gone would pass it. A change of
    /// who may do what must be approved by changing <c>authorization-rules.approved.txt</c> (the received list is written beside
    /// the test assembly, to copy over it once the change is meant).
    /// </summary>
    [Fact]
    public async Task EveryEndpointsRule_IsTheApprovedOne()
    {
        var received = (await RequestsAsync())
            .Select(r => $"{r.Method}{(r.Handler is null ? "" : " " + r.Handler)} {r.Route} → {r.RuleText}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var approvedFile = Path.Combine(AppContext.BaseDirectory, "Security", "authorization-rules.approved.txt");
        var approved = File.Exists(approvedFile) ? (await File.ReadAllLinesAsync(approvedFile, TestContext.Current.CancellationToken)).Where(l => l.Length > 0).ToList() : [];
        var receivedFile = Path.Combine(AppContext.BaseDirectory, "authorization-rules.received.txt");
        await File.WriteAllLinesAsync(receivedFile, received, TestContext.Current.CancellationToken);

        var added = received.Except(approved, StringComparer.Ordinal).ToList();
        var removed = approved.Except(received, StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            $"The endpoints' rules differ from tests/LocalCare.Web.Tests/Security/authorization-rules.approved.txt (received: {receivedFile}).\n"
            + string.Concat(added.Select(a => $"+ {a}\n")) + string.Concat(removed.Select(r => $"- {r}\n")));
    }

    /// <summary>A listed rule whose route, method or handler the app no longer has would check nothing: each must name an endpoint.</summary>
    [Fact]
    public async Task EveryHandlerAccessRule_NamesAnEndpointOfTheApp()
    {
        var requests = await RequestsAsync();

        var stale = HandlerAccessRules.All.Where(rule => !requests.Any(r => r.Rule == rule))
            .Select(rule => $"{rule.Method}{(rule.Handler is null ? "" : " " + rule.Handler)} {rule.Route}")
            .ToList();

        Assert.True(stale.Count == 0, "HandlerAccessRules lists rules no endpoint has:\n" + string.Join('\n', stale));
        Assert.Equal(HandlerAccessRules.All.Count, HandlerAccessRules.All.Select(r => (r.Method, r.Route, r.Handler)).Distinct().Count());
    }

    /// <summary>
    /// A change (POST, PUT, DELETE) open to every signed-in role by metadata is almost always a role check in code the matrix cannot
    /// see: each must declare who may make it, in metadata or in <see cref="HandlerAccessRules"/> (with every role, if that is meant).
    /// </summary>
    [Fact]
    public async Task EveryChange_DeclaresWhoMayMakeIt()
    {
        var undeclared = (await RequestsAsync())
            .Where(r => r.Method is not ("GET" or "HEAD") && !r.AllowAnonymous && r.MetadataRoles.Count == 0 && r.Rule is null)
            .Select(r => $"{r.Method}{(r.Handler is null ? "" : " " + r.Handler)} {r.Route}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(undeclared.Count == 0,
            "These changes are open to every signed-in role: put their role rule in metadata or in src/LocalCare.Web/Security/HandlerAccessRules.cs:\n"
            + string.Join('\n', undeclared));
    }

    /// <summary>What a caller should get; null when the response is right.</summary>
    private static string? Check(MatrixRequest request, string caller, HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return "a server error";
        }

        if (StackTrace().IsMatch(body))
        {
            return "the body shows a stack trace";
        }

        var api = request.IsApi;
        var changes = request.Method is not ("GET" or "HEAD");
        if (caller == Anonymous)
        {
            if (request.AllowAnonymous)
            {
                return null;
            }

            return api
                ? (status == 401 ? null : "expected 401")
                : (IsRedirectTo(response, "/account/sign-in") ? null : "expected a redirect to sign-in");
        }

        if (request.AllowAnonymous)
        {
            return null; // open to all: the sign-in, sign-out, access-denied and error pages answer as they need to
        }

        if (!request.Allows(caller))
        {
            return IsDenied(response, api) ? null : "expected access denied (403)";
        }

        if (IsDenied(response, api) && request.Handler is null && !changes)
        {
            return "denied, but the app declares this role may use it: put the rule in metadata or HandlerAccessRules";
        }

        if (changes && status is >= 200 and < 300)
        {
            return "a request without antiforgery token or body succeeded";
        }

        return null;
    }

    /// <summary>A page handler or API endpoint that changes data and whose listed rule refuses this signed-in caller.</summary>
    private static bool RefusedInCode(MatrixRequest request, string caller) =>
        caller != Anonymous && request.Rule is not null && request.Method is not ("GET" or "HEAD")
        && !request.AllowAnonymous && !request.Allows(caller);

    private static bool IsDenied(HttpResponseMessage response, bool api) =>
        response.StatusCode == HttpStatusCode.Forbidden || (!api && IsRedirectTo(response, "/account/access-denied"));

    private static bool IsRedirectTo(HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]) == path;

    private static string Describe(HttpResponseMessage response) =>
        IsRedirectTo(response, "/account/sign-in") ? "→sign-in"
        : IsRedirectTo(response, "/account/access-denied") ? "→denied"
        : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every route endpoint with each method it answers; a Razor page once per handler (from its compiled descriptor).</summary>
    private async Task<List<MatrixRequest>> RequestsAsync()
    {
        var services = factory.Services;
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var loader = services.GetRequiredService<PageLoader>();
        var requests = new List<MatrixRequest>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching == true)
            {
                continue;
            }

            IReadOnlyList<object> metadata = [.. endpoint.Metadata];
            var calls = new List<(string Method, string? Handler)>();
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                metadata = [.. compiled.EndpointMetadata];
                calls.AddRange(compiled.HandlerMethods.Select(h => (h.HttpMethod.ToUpperInvariant(), h.Name)));
                if (calls.Count == 0)
                {
                    calls.Add(("GET", null));
                }
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                calls.AddRange(methods.Select(m => (m, (string?)null)));
            }

            var allowAnonymous = metadata.OfType<IAllowAnonymous>().Any();
            var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>(), metadata.OfType<AuthorizationPolicy>());
            var metadataRoles = policy?.Requirements.OfType<RolesAuthorizationRequirement>().ToList() ?? [];
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            foreach (var (method, handler) in calls.Distinct())
            {
                var rule = HandlerAccessRules.For(method, route, handler);
                requests.Add(new MatrixRequest(method, route, handler, endpoint.RoutePattern, allowAnonymous, metadataRoles, rule));
            }
        }

        return requests;
    }

    /// <summary>
    /// The demo rows the matrix asks about, with their data's people made <see cref="NoCaller"/>: the deliverable's and the risk's
    /// owner and the metrics' accountable user. A listed rule's <see cref="HandlerAccessRule.AlsoAllowed"/> then admits none of
    /// the callers, so each is let through or refused by its role alone. The service plans' unit is one the demo manager does not
    /// look after, for the same reason, and its plans' statuses refuse no one: a draft to write and submit, a submitted one to decide on.
    /// </summary>
    private async Task<MatrixData> ArrangeDataAsync()
    {
        var meeting = await factory.QueryAsync(db => db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var metric = await factory.QueryAsync(db => db.Metrics.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var (narrativeMeeting, narrativeMetric) = await factory.QueryAsync(async db =>
        {
            var first = await db.Meetings.Where(g => db.Metrics.Any(m => m.BoardCode == g.BoardCode)).OrderBy(g => g.Id).FirstAsync();
            return (first.Id, await db.Metrics.Where(m => m.BoardCode == first.BoardCode).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        });
        var risk = await factory.QueryAsync(db => db.Risks.OrderBy(r => r.Code).Select(r => r.Code).FirstAsync());
        var data = new MatrixData(meeting, metric, narrativeMeeting, narrativeMetric, risk, Deliverable: "D2425-CH-01", ServicePlanUnit: "INT-GL", SubmittedServicePlanUnit: "INT-AL");
        await factory.QueryAsync(async db =>
        {
            (await db.Deliverables.SingleAsync(d => d.Code == data.Deliverable)).OwnerUserName = NoCaller;
            (await db.Risks.SingleAsync(r => r.Code == data.Risk)).OwnerUserName = NoCaller;
            foreach (var m in await db.Metrics.Where(m => m.Id == data.Metric || m.Id == data.NarrativeMetric).ToListAsync())
            {
                m.AccountableUserName = NoCaller;
            }

            return await db.SaveChangesAsync();
        });
        var managed = await factory.QueryAsync(db => new LocalCare.Data.Users.UserUnits(db).ManagedByAsync(Roles.Manager));
        Assert.DoesNotContain(data.ServicePlanUnit, managed);
        Assert.DoesNotContain(data.SubmittedServicePlanUnit, managed);
        var year = new PlanYear(2024);
        var statuses = await factory.QueryAsync(db => db.ServicePlans.Where(p => p.PlanYear == year && (p.UnitCode == data.ServicePlanUnit || p.UnitCode == data.SubmittedServicePlanUnit))
            .ToDictionaryAsync(p => p.UnitCode, p => p.Status));
        Assert.Equal(ServicePlanStatus.Draft, statuses[data.ServicePlanUnit]); // writable, so only the writer's role refuses
        Assert.Equal(ServicePlanStatus.Submitted, statuses[data.SubmittedServicePlanUnit]);
        return data;
    }

    /// <summary>A value from the demo for each route parameter, by route prefix then name; <c>""</c> matches any route.</summary>
    private async Task<List<(string Prefix, string Name, string Value)>> RouteValuesAsync(MatrixData data)
    {
        var user = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == Roles.Viewer).Select(u => u.Id).FirstAsync());
        var audit = await factory.QueryAsync(db => db.QualityAudits.OrderBy(a => a.Code).Select(a => a.Code).FirstAsync());
        var service = WaitingListsExpected.BusiestService(factory);
        var goal = await factory.QueryAsync(db => db.WaitingGoals.Where(g => g.DeliverableCode == "D2425-CH-20").OrderBy(g => g.Id).Select(g => g.Id).FirstAsync());
        var contract = await factory.QueryAsync(db => db.Contracts.OrderBy(c => c.Code).Select(c => c.Code).FirstAsync());
        var scheme = await factory.QueryAsync(db => db.VfpSchemes.OrderBy(s => s.Code).Select(s => s.Code).FirstAsync());
        var location = await factory.QueryAsync(db => db.Providers.Where(p => p.CqcLocationId != null).OrderBy(p => p.Code).Select(p => p.CqcLocationId!).FirstAsync());
        var meeting = data.Meeting.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            // A goal's pages with a goal that exists (its API's DELETE keeps the value below, so the matrix never removes one).
            ("/deliverables/{code}/waiting-goals", "code", "D2425-CH-20"),
            ("/deliverables/{code}/waiting-goals", "id", goal.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("/boards/", "code", "HPB"),
            ("/api/boards/", "code", "HPB"),
            ("/deliverables/", "code", data.Deliverable),
            ("/api/deliverables/", "code", data.Deliverable),
            ("/plan/review/", "code", "D2425-CH-01"),
            ("/plan/priorities/", "code", "P2425-SAFE"),
            ("/api/priorities/", "code", "P2425-SAFE"),
            ("/api/workplans/", "code", "CH"),
            ("/api/partner-priorities/", "code", "ACUTE-P1"),
            ("/commissioning/providers/", "code", "P01"),
            ("/api/commissioning/providers/", "code", "P01"),
            ("/commissioning/audits/", "code", audit),
            ("/commissioning/contracts/", "code", contract),
            ("/commissioning/budget/vfp/", "code", scheme),
            ("/commissioning/cqc-locations/", "id", location),
            ("/portfolio/", "code", "TP2425-INW"),
            ("/api/portfolio/", "code", "TP2425-INW"),
            ("", "projectCode", "TP2425-INW-01"),
            ("/waiting-lists/service/", "code", service),
            ("/api/waiting-lists/services/", "code", service),
            ("/admin/users/", "id", user),
            ("/risks/", "code", data.Risk),
            ("/api/risks/", "code", data.Risk),
            ("/api/metrics/", "id", data.Metric),
            ("", "reference", "HPB-A-004"),
            ("", "kloeCode", "K2425-QUALITY"), // HPB's own: the matrix's empty body is 415 for an admin anyway
            // A meeting and a metric of its board, so the narrative's handler gets past its 404.
            ("/meetings/{id:int}/narratives/", "id", data.NarrativeMeeting.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("/meetings/{id:int}/narratives/", "metricId", data.NarrativeMetric),
            ("", "metricId", data.Metric),
            ("", "id", meeting),
            ("", "year", "2024"),
            // Approving and returning ask about a submitted plan, so its status refuses no one and the role alone answers.
            ("/service-plans/{year}/{unit}?handler=Approve", "unit", data.SubmittedServicePlanUnit),
            ("/service-plans/{year}/{unit}?handler=Return", "unit", data.SubmittedServicePlanUnit),
            ("/api/service-plans/{year}/{unit}/approve", "unit", data.SubmittedServicePlanUnit),
            ("/api/service-plans/{year}/{unit}/return", "unit", data.SubmittedServicePlanUnit),
            ("", "unit", data.ServicePlanUnit),
            ("", "quarter", "3"),
            ("", "version", "1"),
            ("", "format", "html"),
            ("", "documentName", "v1"),
            ("/error/", "code", "404"),
        ];
    }

    /// <summary>
    /// The route with each parameter filled from the demo; null (and a failure naming it) for a parameter with no value. A value's
    /// prefix is matched against the route followed by <c>?handler=</c> and the page handler, so one handler can ask about other data.
    /// </summary>
    private static string? Fill(MatrixRequest request, List<(string Prefix, string Name, string Value)> values, List<string> failures)
    {
        var raw = request.Route;
        var key = raw + (request.Handler is null ? "" : "?handler=" + request.Handler);
        var path = new StringBuilder();
        foreach (var segment in request.Pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        path.Append(literal.Content);
                        break;
                    case RoutePatternSeparatorPart separator:
                        path.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart parameter:
                        var match = values.FirstOrDefault(v => v.Name == parameter.Name && key.StartsWith(v.Prefix, StringComparison.Ordinal));
                        if (match.Value is null)
                        {
                            failures.Add($"{raw}: no demo value for route parameter '{parameter.Name}'. Add one to RouteValuesAsync in AuthorizationMatrixTests.");
                            return null;
                        }

                        path.Append(Uri.EscapeDataString(match.Value));
                        break;
                }
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    [GeneratedRegex(@"(?m)^\s*at [\w.`<>]+\.[\w<>`]+\(|\b\w+Exception: ")]
    private static partial Regex StackTrace();

    /// <summary>The demo rows the matrix fills routes with: a meeting, a metric, a meeting with a metric of its board for narratives, a risk, a deliverable, and the units of a draft and a submitted service plan.</summary>
    private sealed record MatrixData(
        int Meeting, string Metric, int NarrativeMeeting, string NarrativeMetric, string Risk, string Deliverable, string ServicePlanUnit, string SubmittedServicePlanUnit);

    /// <summary>One request of the matrix: a method (and page handler) of a route, with what the app declares about it.</summary>
    private sealed record MatrixRequest(
        string Method, string Route, string? Handler, RoutePattern Pattern, bool AllowAnonymous,
        IReadOnlyList<RolesAuthorizationRequirement> MetadataRoles, HandlerAccessRule? Rule)
    {
        public bool IsApi => Route.StartsWith("/api", StringComparison.Ordinal);

        public bool Allows(string role) =>
            MetadataRoles.All(r => r.AllowedRoles.Contains(role)) && (Rule is null || Rule.Roles.Contains(role));

        public string RuleText =>
            AllowAnonymous ? "anonymous"
            : Rule is not null ? "handler: " + string.Join(", ", Roles.All.Where(Allows)) + (Rule.AlsoAllowed is { } also ? " + " + also : "")
            : MetadataRoles.Count > 0 ? string.Join(", ", Roles.All.Where(Allows))
            : "signed in";
    }
}
