using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocalCare.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Plans;

/// <summary>The plan's API applies the pages' rules: who may change what, problems as a validation problem, locked quarters as 409.</summary>
public sealed class PlanEditingApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task TheOwner_WritesAnUpdate_AndAProblemIsAValidationProblemByField()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var saved = await client.PutAsJsonAsync(Uri("/api/deliverables/D2425-JOINT-08/updates/4"), new { status = "at_risk", commentary = "Two beds short.", action = "Beds moved from the South." }, TestContext.Current.CancellationToken);
        using var invalid = await client.PutAsJsonAsync(Uri("/api/deliverables/D2425-JOINT-08/updates/4"), new { status = "off_track" }, TestContext.Current.CancellationToken);
        using var locked = await client.PutAsJsonAsync(Uri("/api/deliverables/D2425-JOINT-08/updates/2"), new { status = "on_track" }, TestContext.Current.CancellationToken);
        using var notMine = await client.PutAsJsonAsync(Uri("/api/deliverables/D2425-CH-01/updates/4"), new { status = "on_track" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Enter commentary explaining why the deliverable is off track", problem.RootElement.GetProperty("errors").GetProperty("commentary")[0].GetString());
        Assert.Equal("Enter the action being taken while the deliverable is off track", problem.RootElement.GetProperty("errors").GetProperty("action")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        var update = await factory.QueryAsync(db => db.DeliverableUpdates.SingleAsync(u => u.DeliverableCode == "D2425-JOINT-08" && u.Quarter == 4, TestContext.Current.CancellationToken));
        Assert.Equal(("Beds moved from the South.", "manager"), (update.Action, update.UpdatedBy));
    }

    [Fact]
    public async Task GetUpdates_GivesTheOpenQuarterAndTheCallersDeliverables()
    {
        using var client = await factory.CreateSignedInClientAsync(Roles.Executive);

        using var json = JsonDocument.Parse(await client.GetStringAsync(Uri("/api/updates"), TestContext.Current.CancellationToken));

        Assert.Equal("2024/25", json.RootElement.GetProperty("year").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("open").GetProperty("number").GetInt32());
        Assert.Equal("2025-04-30", json.RootElement.GetProperty("open").GetProperty("deadline").GetString());
        var owned = await factory.QueryAsync(db => db.Deliverables.CountAsync(d => d.OwnerUserName == "executive" && d.PlanYear == new Core.Plans.PlanYear(2024), TestContext.Current.CancellationToken));
        Assert.Equal(owned, json.RootElement.GetProperty("mine").GetArrayLength());
    }

    [Fact]
    public async Task AnExecutive_EditsThePlan_AndAViewerMayNot()
    {
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var viewer = await factory.CreateSignedInClientAsync(Roles.Viewer);

        using var created = await executive.PostAsJsonAsync(Uri("/api/plans/2024/deliverables"), new
        {
            title = "Pilot digital wound care",
            priorityCode = "P2425-SAFE",
            workplanCode = "CH",
            owner = "Chief Nurse",
            dueQuarter = "4",
            metrics = WoundMetrics,
            milestones = new[] { new { title = "Pilot sites chosen", due = "2025-02-28" } },
        }, TestContext.Current.CancellationToken);
        using var renamed = await executive.PutAsJsonAsync(Uri("/api/workplans/CH"), new { name = "Community health services" }, TestContext.Current.CancellationToken);
        using var forbidden = await viewer.PutAsJsonAsync(Uri("/api/plans/2024/vision"), new { statements = Changed }, TestContext.Current.CancellationToken);
        using var form = await executive.PutAsync(Uri("/api/plans/2024/vision"), new FormUrlEncodedContent([new("statements", "Forged")]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/deliverables/D2425-CH-43", created.Headers.Location!.OriginalString);
        var deliverable = await factory.QueryAsync(db => db.Deliverables.Include(d => d.Milestones).Include(d => d.Metrics).SingleAsync(d => d.Code == "D2425-CH-43", TestContext.Current.CancellationToken));
        Assert.Equal(("Pilot sites chosen", "pressure-ulcers-cat3-4"), (deliverable.Milestones.Single().Title, deliverable.Metrics.Single().MetricId));
        Assert.Equal(HttpStatusCode.NoContent, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        using var history = JsonDocument.Parse(await viewer.GetStringAsync(Uri("/api/deliverables/D2425-CH-43/history"), TestContext.Current.CancellationToken));
        Assert.Contains(history.RootElement.EnumerateArray(), e => e.GetProperty("actor").GetString() == "executive" && e.GetProperty("action").GetString() == "created");
    }

    private static readonly string[] WoundMetrics = ["pressure-ulcers-cat3-4"];

    private static readonly string[] Changed = ["Changed"];

    private static Uri Uri(string path) => new(path, UriKind.Relative);
}
