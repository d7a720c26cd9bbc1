using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LocalCare.Web.Tests.Features.Data;

/// <summary>Small FHIR R4 test input in the demo organisation's codes (service MSK, neighbourhood INT-ABC), keyed by a prefix so each test's rows are its own.</summary>
public static class FhirBundles
{
    /// <summary>A transaction Bundle: referral <c>{prefix}-REF</c> and appointments <c>{prefix}-APT-1</c> (attended) and <c>{prefix}-APT-2</c> (booked).</summary>
    public static JsonObject Transaction(string prefix, string service = "MSK") => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = "transaction",
        ["entry"] = new JsonArray(
            Entry(Uuid(prefix, "sr"), ServiceRequest(prefix, service)),
            Entry(Uuid(prefix, "a1"), Appointment($"{prefix}-APT-1", Uuid(prefix, "sr"), "fulfilled", "2025-01-06T10:00:00Z", service)),
            Entry(Uuid(prefix, "a2"), Appointment($"{prefix}-APT-2", Uuid(prefix, "sr"), "booked", "2025-01-20T10:00:00Z", service))),
    };

    public static JsonObject ServiceRequest(string prefix, string service = "MSK") => new()
    {
        ["resourceType"] = "ServiceRequest",
        ["identifier"] = new JsonArray(new JsonObject { ["value"] = $"{prefix}-REF" }),
        ["status"] = "active",
        ["intent"] = "order",
        ["priority"] = "routine",
        ["subject"] = new JsonObject { ["reference"] = $"Patient/{prefix}-P" },
        ["authoredOn"] = "2025-01-02T09:00:00Z",
        ["performer"] = new JsonArray(new JsonObject { ["reference"] = $"HealthcareService/{service}" }),
        ["locationCode"] = new JsonArray(new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["code"] = "INT-ABC" }) }),
    };

    public static JsonObject Appointment(string id, string basedOn, string status, string start, string service = "MSK") => new()
    {
        ["resourceType"] = "Appointment",
        ["identifier"] = new JsonArray(new JsonObject { ["value"] = id }),
        ["status"] = status,
        ["basedOn"] = new JsonArray(new JsonObject { ["reference"] = basedOn }),
        ["start"] = start,
        ["minutesDuration"] = 30,
        ["participant"] = new JsonArray(
            new JsonObject { ["actor"] = new JsonObject { ["reference"] = $"Patient/{id}-P" }, ["status"] = "accepted" },
            new JsonObject { ["actor"] = new JsonObject { ["reference"] = $"HealthcareService/{service}" }, ["status"] = "accepted" }),
    };

    public static StringContent Content(JsonNode json, string contentType = "application/fhir+json") =>
        new(json.ToJsonString(), Encoding.UTF8, contentType);

    /// <summary>The same <c>urn:uuid:</c> for the same names, so a test's references resolve and its input never varies.</summary>
    private static string Uuid(string prefix, string name) =>
        "urn:uuid:" + new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{prefix}/{name}")).AsSpan(0, 16));

    private static JsonObject Entry(string fullUrl, JsonObject resource) => new()
    {
        ["fullUrl"] = fullUrl,
        ["resource"] = resource,
        ["request"] = new JsonObject { ["method"] = "POST", ["url"] = resource["resourceType"]!.GetValue<string>() },
    };
}
