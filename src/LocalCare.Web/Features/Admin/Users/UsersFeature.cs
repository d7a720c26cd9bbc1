using LocalCare.Core.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalCare.Web.Features.Admin.Users;

/// <summary>Registers user administration (administrators only): the pages under <c>/admin/users</c> and <c>GET /api/admin/users</c>.</summary>
public static class UsersFeature
{
    public const string IndexUrl = "/admin/users";

    public static string UserUrl(string id) => $"{IndexUrl}/{Uri.EscapeDataString(id)}";

    public static WebApplicationBuilder AddLocalCareUserAdministration(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserAdministration>();
        return builder;
    }

    public static RouteGroupBuilder MapUserAdministrationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/users", ListUsers).WithName("GetUsers")
            .WithSummary("Every user: username, name, email, roles, units, disabled and locked (administrators).").WithTags("Admin")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        return api;
    }

    public static async Task<Ok<IReadOnlyList<UserRow>>> ListUsers(UserAdministration admin, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await admin.ListAsync(clock.GetUtcNow(), cancellationToken));
}
