using System.Security.Claims;
using LocalCare.Core.Access;
using LocalCare.Core.ServicePlans;
using LocalCare.Data.Users;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>Registers the service plans feature: the plan list, one plan, the planning cycle, and who is acting.</summary>
/// <remarks>Every signed-in role may read every plan; who may change one is <see cref="ServicePlanWorkflow"/>'s to say.</remarks>
public static class ServicePlansFeature
{
    public static WebApplicationBuilder AddLocalCareServicePlans(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ServicePlanUsers>();
        builder.Services.AddScoped<ServicePlanListQuery>();
        builder.Services.AddScoped<ServicePlanDetailQuery>();
        builder.Services.AddScoped<PlanningCycleQuery>();
        return builder;
    }
}

/// <summary>The signed-in person as the workflow sees them: user name, roles and the units they look after.</summary>
public sealed class ServicePlanUsers(UserUnits units)
{
    private ServicePlanUser? _user;

    /// <summary>Once per request.</summary>
    public async Task<ServicePlanUser> ForAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (_user is null)
        {
            var name = principal.Identity?.Name ?? "";
            _user = new ServicePlanUser(name, [.. Roles.All.Where(principal.IsInRole)], await units.ManagedByAsync(name, cancellationToken));
        }

        return _user;
    }
}
