namespace LocalCare.Web.Features.ServicePlans;

/// <summary>
/// The body of <c>PUT /api/service-plans/{year}/{unit}</c>: the text of every section by its key (<c>priorities</c>,
/// <c>kloe:K2425-QUALITY</c>, <c>workforce-edi</c>...). It replaces the plan's text: a section left out, null or blank is emptied.
/// </summary>
public sealed record ServicePlanSectionsRequest(IReadOnlyDictionary<string, string?>? Sections);

/// <summary>The body of <c>POST /api/service-plans/{year}/{unit}/return</c>: what needs to change before the plan can be approved.</summary>
public sealed record ServicePlanReturnRequest(string? Comment);
