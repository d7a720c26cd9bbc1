namespace LocalCare.Web.Features.Shared;

/// <summary>One step of the NHS.UK breadcrumb: the page's parents, nearest last.</summary>
public sealed record Crumb(string Text, string Href);
