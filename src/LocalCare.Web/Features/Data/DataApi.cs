using LocalCare.Core.Access;
using LocalCare.Warehouse.Quality;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace LocalCare.Web.Features.Data;

/// <summary>The data feature's API: the data-quality summary, the import history, and FHIR import.</summary>
public static class DataApi
{
    public static RouteGroupBuilder MapDataApi(this RouteGroupBuilder api)
    {
        api.MapGet("/data/quality", GetQuality)
            .WithName("GetDataQuality")
            .WithSummary("The data-quality summary now: per service and in total, contacts linked to a referral, past appointments not outcomed, unknown neighbourhoods and date problems.")
            .WithTags("Data")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/data/imports", GetImports)
            .WithName("GetImports")
            .WithSummary($"The latest {DataQueries.HistoryLength} import runs, newest first (times in UK local time): who, status, rows per file and rejects by reason.")
            .WithTags("Data")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapPost("/fhir", PostFhir)
            .WithName("PostFhir")
            .WithSummary("Imports a FHIR R4 Bundle, or NDJSON, of ServiceRequests, Appointments and Encounters as one run, with the rules of 'localcare import'.")
            .WithDescription(
                "Content types: application/fhir+json or application/json (one transaction, batch, collection or searchset Bundle); " +
                $"application/fhir+ndjson or application/x-ndjson (one resource per line). UTF-8, at most {FhirUpload.MaxBodyBytes / (1024 * 1024)} MB. " +
                "Any rejected row stores nothing (422, the problems in 'errors'); unreadable FHIR is 400. Analysts and admins only.")
            .WithTags("Data")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Analyst, Roles.Admin))
            .DisableAntiforgery() // no form is read: see docs/decisions/0006-fhir-api-content-types-instead-of-antiforgery.md
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "A FHIR R4 Bundle, or FHIR NDJSON.",
                    Content = FhirUpload.ContentTypes.ToDictionary(
                        t => t.ContentType,
                        t => new OpenApiMediaType { Schema = new OpenApiSchema { Type = t.Format == Warehouse.Fhir.FhirFormat.Bundle ? JsonSchemaType.Object : JsonSchemaType.String } }),
                };
                return Task.CompletedTask;
            });
        return api;
    }

    /// <summary>503 while the <c>localcare</c> CLI holds the warehouse.</summary>
    public static ProblemHttpResult Busy() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The warehouse is busy",
        detail: "An import is running from the localcare command line. Try again in a few minutes.");

    public static async Task<Results<Ok<DataQualityReport>, ProblemHttpResult>> GetQuality(DataQueries data, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await data.QualityAsync(cancellationToken));
        }
        catch (WarehouseBusyException)
        {
            return Busy();
        }
    }

    public static async Task<Results<Ok<IReadOnlyList<ImportRun>>, ProblemHttpResult>> GetImports(DataQueries data, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await data.ImportsAsync(cancellationToken));
        }
        catch (WarehouseBusyException)
        {
            return Busy();
        }
    }

    public static Task<Results<Ok<FhirImportReport>, BadRequest<ProblemDetails>, UnprocessableEntity<ProblemDetails>, ProblemHttpResult>> PostFhir(
        HttpRequest request, FhirUpload upload, CancellationToken cancellationToken) =>
        upload.ImportAsync(request, cancellationToken);
}
