using LocalCare.Core.Inputs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalCare.Web.Features.Shared;

/// <summary>Problems with a request, as the API answers them: a validation problem with each field's messages.</summary>
public static class ApiProblems
{
    public static ValidationProblem Invalid(IEnumerable<FieldProblem> problems) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
}
