using System.Net;
using LocalCare.Core.Access;
using static LocalCare.Web.Tests.Features.ServicePlans.ServicePlansExpected;

namespace LocalCare.Web.Tests.Features.ServicePlans;

/// <summary>Approving and returning plans through the API; its own database, as it changes plans the listing tests count.</summary>
public sealed class ServicePlanDecisionsApiTests(LocalCareWebFactory factory) : IClassFixture<LocalCareWebFactory>
{
    [Fact]
    public async Task ApproveAndReturn_AsExecutive_AndAsManager()
    {
        using var executive = await factory.CreateSignedInClientAsync(Roles.Executive);
        using var manager = await factory.CreateSignedInClientAsync(Roles.Manager);

        using var approved = await JsonAsync(await PostJsonAsync(executive, "/api/service-plans/2024/MSK/approve", "{}"), HttpStatusCode.OK);
        using var byManager = await JsonAsync(await PostJsonAsync(manager, "/api/service-plans/2024/HAH-C/return", """{"comment":"Mine now"}"""), HttpStatusCode.Forbidden);
        using var noComment = await JsonAsync(await PostJsonAsync(executive, "/api/service-plans/2024/HAH-C/return", """{"comment":""}"""), HttpStatusCode.BadRequest);
        using var returned = await JsonAsync(await PostJsonAsync(executive, "/api/service-plans/2024/HAH-C/return", """{"comment":"Add the weekend cover."}"""), HttpStatusCode.OK);
        using var again = await JsonAsync(await PostJsonAsync(executive, "/api/service-plans/2024/MSK/approve", ""), HttpStatusCode.Forbidden);

        Assert.Equal(("approved", "executive"), (approved.RootElement.GetProperty("status").GetString(), approved.RootElement.GetProperty("decidedBy").GetString()));
        Assert.Equal("Only an executive can return a service plan", byManager.RootElement.GetProperty("detail").GetString());
        Assert.Equal("Enter what needs to change before the plan can be approved", noComment.RootElement.GetProperty("errors").GetProperty("comment")[0].GetString());
        Assert.Equal(("returned", "Add the weekend cover."), (returned.RootElement.GetProperty("status").GetString(), returned.RootElement.GetProperty("returnComment").GetString()));
        Assert.Equal("This plan has already been approved", again.RootElement.GetProperty("detail").GetString());
    }
}
