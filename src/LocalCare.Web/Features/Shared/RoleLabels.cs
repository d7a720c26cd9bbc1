using LocalCare.Core.Access;

namespace LocalCare.Web.Features.Shared;

/// <summary>Role names as people read them in the header.</summary>
public static class RoleLabels
{
    public static string For(string role) => role switch
    {
        Roles.Admin => "Administrator",
        Roles.Executive => "Executive",
        Roles.Manager => "Manager",
        Roles.Analyst => "Analyst",
        Roles.Commissioner => "Commissioner",
        Roles.Viewer => "Viewer",
        _ => role,
    };
}
