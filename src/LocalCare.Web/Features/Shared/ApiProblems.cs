using LocalCare.Core.Inputs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Shared;

/// <summary>Problems with a request, as the API answers them: a validation problem with each field's messages.</summary>
public static class ApiProblems
{
    public static ValidationProblem Invalid(IEnumerable<FieldProblem> problems) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    /// <summary>
    /// 415 unless a change that takes no body says it is JSON: a form from another site cannot (docs/decisions/0006); null when it does.
    /// </summary>
    public static ProblemHttpResult? UnlessJson(HttpRequest request) =>
        request.HasJsonContentType()
            ? null
            : TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported content type",
                detail: $"Send Content-Type: application/json (the body may be empty or {{}}); '{request.ContentType}' is not read.");

    /// <summary>404 with what was not found, e.g. ("Meeting not found", "There is no meeting 12.").</summary>
    public static NotFound<ProblemDetails> NotFound(string title, string detail) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = title, Detail = detail });

    /// <summary>409: the request is well formed but the rule refuses it in the state things are in.</summary>
    public static Conflict<ProblemDetails> Refused(string title, string detail) =>
        TypedResults.Conflict(new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = title, Detail = detail });
}
