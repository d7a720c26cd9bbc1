using System.Security.Claims;
using LocalCare.Core.Access;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>Registers the waiting-lists feature: the census, flow, model and simulation pages and their API read the warehouse through one query.</summary>
public static class WaitingListsFeature
{
    public static WebApplicationBuilder AddLocalCareWaitingLists(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<WaitingListsQuery>();
        return builder;
    }
}

/// <summary>Who may see what on the waiting-list pages; everyone signed in sees the counts.</summary>
public static class WaitingListsAccess
{
    /// <summary>The validation list (pseudonymised person ids): managers, analysts, administrators and executives; viewers and commissioners see counts only.</summary>
    public static IReadOnlyList<string> ValidationList { get; } = [Roles.Manager, Roles.Analyst, Roles.Admin, Roles.Executive];

    public static bool CanSeeValidationList(this ClaimsPrincipal user) => ValidationList.Any(user.IsInRole);
}
