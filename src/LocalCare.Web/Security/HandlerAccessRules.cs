using LocalCare.Core.Access;

namespace LocalCare.Web.Security;

/// <summary>
/// A role rule decided inside a handler rather than in endpoint metadata: which roles the handler lets through for one
/// route, method and (Razor Pages) handler name.
/// </summary>
/// <param name="Method">GET, POST, PUT, DELETE.</param>
/// <param name="Route">The route pattern as declared, e.g. <c>/commissioning/audits/new</c>.</param>
/// <param name="Handler">The Razor Pages handler (<c>?handler=Lock</c>); null for the default one or an API endpoint.</param>
/// <param name="Roles">The roles the handler lets through; every other signed-in role is refused (403 or the access-denied page).</param>
/// <param name="Why">Why the rule cannot live in endpoint metadata.</param>
public sealed record HandlerAccessRule(string Method, string Route, string? Handler, IReadOnlyList<string> Roles, string Why);

/// <summary>
/// The one place that lists access decided inside handlers (docs/security.md, "Authorization matrix"). Endpoint metadata
/// (<c>[Authorize(Roles = ...)]</c>, <c>RequireAuthorization</c>) is preferred and the matrix test reads it directly;
/// a rule lands here only when a page's GET is open to everyone but one of its handlers is not (Razor Pages authorise
/// the page, not the handler), or when the answer depends on the data (an owner may write their own update). The
/// authorization matrix test reads this list: a role missing from a rule must be refused, a role in it must not be.
/// </summary>
public static class HandlerAccessRules
{
    public static IReadOnlyList<HandlerAccessRule> All { get; } =
    [
        new("GET", "/deliverables/{code}/updates/{quarter:int}", null, [Roles.Executive, Roles.Admin],
            "The deliverable's owner may write its update too, whatever their role (PlanPermissions.CanWriteUpdate): it depends on the data."),
        new("POST", "/commissioning/providers/{code}", "Concern", [Roles.Admin, Roles.Commissioner],
            "The provider's page is read by every role; only recording a concern on it is for those who change commissioning data (CommissioningPermissions.EditRoles)."),
        new("POST", "/commissioning/audits/{code}", "AddAction", [Roles.Admin, Roles.Commissioner],
            "An audit's page is read by every role; raising an action on it is for those who change commissioning data (CommissioningPermissions.EditRoles)."),
        new("POST", "/commissioning/audits/{code}", "UpdateAction", [Roles.Admin, Roles.Commissioner],
            "An audit's page is read by every role; updating its actions is for those who change commissioning data (CommissioningPermissions.EditRoles)."),
        new("POST", "/commissioning/audits/{code}", "Complete", [Roles.Admin, Roles.Commissioner],
            "An audit's page is read by every role; completing it is for those who change commissioning data (CommissioningPermissions.EditRoles)."),
    ];

    /// <summary>The rule for a request, if one is listed.</summary>
    public static HandlerAccessRule? For(string method, string route, string? handler) =>
        All.FirstOrDefault(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)
            && r.Route == route
            && string.Equals(r.Handler, handler, StringComparison.OrdinalIgnoreCase));
}
