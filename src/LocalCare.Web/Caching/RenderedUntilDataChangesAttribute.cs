namespace LocalCare.Web.Caching;

/// <summary>
/// Marks a page whose whole rendered HTML is kept for each user until the data changes (<see cref="RenderedPages"/>): a page
/// computed from the data alone, whose only per-request parts are the CSP nonce and the antiforgery token.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RenderedUntilDataChangesAttribute : Attribute;
