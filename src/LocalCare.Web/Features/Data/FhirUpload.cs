using LocalCare.Core.Inputs;
using LocalCare.Data.Imports;
using LocalCare.Warehouse.Fhir;
using LocalCare.Warehouse.Imports;
using LocalCare.Warehouse.Quality;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace LocalCare.Web.Features.Data;

/// <summary>What <c>POST /api/fhir</c> stored: the import run's id, per extract the rows read, stored and rejected (as the import history shows them), and the warnings.</summary>
public sealed record FhirImportReport(int ImportId, IReadOnlyList<ImportRunFile> Files, IReadOnlyList<string> Warnings);

/// <summary>
/// Imports a FHIR R4 Bundle or NDJSON posted to <c>POST /api/fhir</c> with the rules and atomicity of <c>localcare import</c>:
/// the body is buffered to a temporary file, read by <see cref="FhirExtract"/>, and the rows go through <see cref="WarehouseImport"/>.
/// </summary>
/// <remarks>
/// Only JSON and NDJSON content types are read: an HTML form (url-encoded, multipart or text/plain) gets 415, so a cross-site
/// form post cannot import (docs/decisions/0006-fhir-api-content-types-instead-of-antiforgery.md).
/// </remarks>
public sealed class FhirUpload(ImportRunner importRunner, WarehouseGate gate)
{
    /// <summary>The largest body read: 100 MiB, well over 100,000 contacts as a Bundle (larger loads: NDJSON files through <c>localcare import</c>).</summary>
    public const long MaxBodyBytes = 100L * 1024 * 1024;

    /// <summary>How many problem lines a ProblemDetails lists.</summary>
    public const int ErrorsListed = 1000;

    /// <summary>The content types read, and the shape each names.</summary>
    public static readonly IReadOnlyList<(string ContentType, FhirFormat Format)> ContentTypes =
    [
        ("application/fhir+json", FhirFormat.Bundle),
        ("application/json", FhirFormat.Bundle),
        ("application/fhir+ndjson", FhirFormat.Ndjson),
        ("application/x-ndjson", FhirFormat.Ndjson),
    ];

    public async Task<Results<Ok<FhirImportReport>, BadRequest<ProblemDetails>, UnprocessableEntity<ProblemDetails>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (FormatOf(request.ContentType) is not { } format)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported content type",
                detail: $"Send a FHIR R4 Bundle as application/fhir+json (or application/json), or NDJSON as application/fhir+ndjson (or application/x-ndjson), in UTF-8; '{request.ContentType}' is not read.");
        }

        var fileName = format == FhirFormat.Ndjson ? "bundle.ndjson" : "bundle.json";
        await using var body = TemporaryFile();
        if (!await BufferAsync(request, body, cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Too large",
                detail: $"The body is larger than {MaxBodyBytes / (1024 * 1024)} MB. Split it, or import NDJSON files with 'localcare import'.");
        }

        body.Position = 0;
        var read = FhirExtract.Read(body, fileName, format);
        if (read.Errors.Count > 0)
        {
            return TypedResults.BadRequest(Problem(StatusCodes.Status400BadRequest, "The FHIR could not be read",
                "Nothing was imported. Fix the problems listed in errors and send it again.",
                new() { ["errors"] = Lines(read.Errors), ["errorCount"] = read.Errors.Count, ["warnings"] = read.Warnings }));
        }

        if (read.Tables.Count == 0)
        {
            return TypedResults.BadRequest(Problem(StatusCodes.Status400BadRequest, "Nothing to import",
                "It holds no ServiceRequest, Appointment or Encounter to import.",
                new() { ["errors"] = Array.Empty<string>(), ["errorCount"] = 0, ["warnings"] = read.Warnings }));
        }

        var sources = read.Tables.Select(t => (ImportSource)new TextSource(Extracts.Of(t.Kind), t)).ToList();
        var options = new ImportOptions(request.HttpContext.User.Identity?.Name ?? "api");
        try
        {
            var report = await gate.WriteAsync(() => importRunner.RunAsync(sources, options, cancellationToken), cancellationToken);
            return TypedResults.Ok(new FhirImportReport(report.ImportId, Files(report), [.. read.Warnings, .. report.Warnings]));
        }
        catch (ImportRejectedException rejected)
        {
            var report = rejected.Report;
            var detail = $"{report.RowsRejected} {(report.RowsRejected == 1 ? "row was" : "rows were")} rejected; nothing was stored."
                         + (report.Rejects.Count >= ErrorsListed ? $" The first {ErrorsListed} problems are listed in errors." : "");
            return TypedResults.UnprocessableEntity(Problem(StatusCodes.Status422UnprocessableEntity, "Rows were rejected", detail, new()
            {
                ["importId"] = report.ImportId,
                ["files"] = Files(report),
                ["rowsRejected"] = report.RowsRejected,
                ["errors"] = Lines(report.Rejects),
                ["warnings"] = read.Warnings,
            }));
        }
        catch (WarehouseBusyException)
        {
            return DataApi.Busy();
        }
    }

    /// <summary>The shape a content type names: JSON is a Bundle, NDJSON one resource per line; null for anything else, or a charset other than UTF-8.</summary>
    public static FhirFormat? FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || (media.Charset.HasValue && !media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return ContentTypes.Where(t => media.MediaType.Equals(t.ContentType, StringComparison.OrdinalIgnoreCase)).Select(t => (FhirFormat?)t.Format).FirstOrDefault();
    }

    /// <summary>Copies at most <paramref name="limit"/> bytes; false (and stops reading) when there are more.</summary>
    public static async Task<bool> CopyAtMostAsync(Stream from, Stream to, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        var total = 0L;
        int count;
        while ((count = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += count;
            if (total > limit)
            {
                return false;
            }

            await to.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
        }

        return true;
    }

    /// <summary>The body into <paramref name="file"/>, within <see cref="MaxBodyBytes"/> (Kestrel's own limit is raised to match).</summary>
    private static async Task<bool> BufferAsync(HttpRequest request, Stream file, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return false;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            return await CopyAtMostAsync(request.Body, file, MaxBodyBytes, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }
    }

    private static FileStream TemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), $"localcare-fhir-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    /// <summary>The rows per extract, named as the import history names them: <c>bundle.json</c> as <c>referrals.csv</c>.</summary>
    private static List<ImportRunFile> Files(ImportReport report) =>
        report.Files.Select(f => new ImportRunFile(f.File, Extracts.Of(f.Kind).FileName, f.RowsRead, f.RowsStored, f.RowsRejected)).ToList();

    private static List<string> Lines(IEnumerable<InputError> errors) => errors.Take(ErrorsListed).Select(e => e.ToString()).ToList();

    private static ProblemDetails Problem(int status, string title, string detail, Dictionary<string, object?> extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
