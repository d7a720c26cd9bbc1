namespace LocalCare.Web.Features.Admin.Audit;

/// <summary>The audit trail for administrators: the search page at <c>/admin/audit</c> and <c>GET /api/audit</c>.</summary>
public static class AuditTrailFeature
{
    /// <summary>Who may search the whole trail: administrators only (each page's own history is shown to its readers).</summary>
    public const string Roles = Core.Access.Roles.Admin;

    public static bool CanSearchAuditTrail(this System.Security.Claims.ClaimsPrincipal user) => user.IsInRole(Core.Access.Roles.Admin);
}
