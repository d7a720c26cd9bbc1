using System.Text;
using System.Text.Json.Nodes;
using LocalCare.Warehouse.Fhir;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Tests.Fhir;

/// <summary>Builders for FHIR test input: the hand-written fixtures, and single resources to vary one element at a time.</summary>
internal static class FhirFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fhir", "Fixtures", name);

    /// <summary>A minimal valid referral: ServiceRequest sr-1, REF-1 for P-1 at CRISIS-N.</summary>
    public static JsonObject ServiceRequest() => new()
    {
        ["resourceType"] = "ServiceRequest",
        ["id"] = "sr-1",
        ["identifier"] = new JsonArray(new JsonObject { ["value"] = "REF-1" }),
        ["status"] = "active",
        ["intent"] = "order",
        ["priority"] = "routine",
        ["subject"] = new JsonObject { ["reference"] = "Patient/P-1" },
        ["authoredOn"] = "2025-06-02T09:00:00+01:00",
        ["performer"] = new JsonArray(new JsonObject { ["reference"] = "HealthcareService/CRISIS-N" }),
    };

    /// <summary>A minimal valid contact: Appointment a-1, APT-1 for P-1 at MSK, booked.</summary>
    public static JsonObject Appointment() => new()
    {
        ["resourceType"] = "Appointment",
        ["id"] = "a-1",
        ["identifier"] = new JsonArray(new JsonObject { ["value"] = "APT-1" }),
        ["status"] = "booked",
        ["start"] = "2025-06-02T10:00:00+01:00",
        ["participant"] = new JsonArray(
            new JsonObject { ["actor"] = new JsonObject { ["reference"] = "Patient/P-1" }, ["status"] = "accepted" },
            new JsonObject { ["actor"] = new JsonObject { ["reference"] = "HealthcareService/MSK" }, ["status"] = "accepted" }),
    };

    /// <summary>A minimal valid contact: Encounter e-1, ENC-1 for P-1 at MSK, finished, ambulatory.</summary>
    public static JsonObject Encounter() => new()
    {
        ["resourceType"] = "Encounter",
        ["id"] = "e-1",
        ["identifier"] = new JsonArray(new JsonObject { ["value"] = "ENC-1" }),
        ["status"] = "finished",
        ["class"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/v3-ActCode", ["code"] = "AMB" },
        ["subject"] = new JsonObject { ["reference"] = "Patient/P-1" },
        ["period"] = new JsonObject { ["start"] = "2025-06-02T10:00:00+01:00" },
        ["serviceProvider"] = new JsonObject { ["reference"] = "Organization/MSK" },
    };

    /// <summary>Reads the resources as the lines of <c>test.ndjson</c>.</summary>
    public static FhirReadResult ReadNdjson(params JsonNode[] resources) =>
        ReadNdjsonText(string.Join("\n", resources.Select(r => r.ToJsonString())));

    public static FhirReadResult ReadNdjsonText(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return FhirExtract.Read(stream, "test.ndjson", FhirFormat.Ndjson);
    }

    /// <summary>Reads the JSON as <c>bundle.json</c>.</summary>
    public static FhirReadResult ReadBundle(JsonNode bundle) => ReadBundleText(bundle.ToJsonString());

    public static FhirReadResult ReadBundleText(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return FhirExtract.Read(stream, "bundle.json", FhirFormat.Bundle);
    }

    public static JsonObject Bundle(string type, params JsonNode[] resources) => new()
    {
        ["resourceType"] = "Bundle",
        ["type"] = type,
        ["entry"] = new JsonArray(resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r }).ToArray()),
    };

    /// <summary>The one row the single resource became; fails on any error.</summary>
    public static IReadOnlyDictionary<string, string?> SingleRow(JsonNode resource)
    {
        var result = ReadNdjson(resource);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        return Assert.Single(Assert.Single(result.Tables).Rows).Fields;
    }

    /// <summary>The one error the single resource caused, as users see it.</summary>
    public static string SingleError(JsonNode resource)
    {
        var result = ReadNdjson(resource);
        return Assert.Single(result.Errors).ToString();
    }

    /// <summary>A row as one line in contract column order: <c>2: referral_id=REF-1 | ... | discharged_at=(null)</c>.</summary>
    public static string Render(TextRow row, IReadOnlyList<string> columns) =>
        $"{row.Line}: " + string.Join(" | ", columns.Select(c => $"{c}={row.Fields[c] ?? "(null)"}"));

    public static IReadOnlyList<string> Rows(FhirReadResult result, ExtractKind kind) =>
        result.Tables.Single(t => t.Kind == kind).Rows
            .Select(r => Render(r, kind == ExtractKind.Referrals ? FhirMapper.ReferralColumns : FhirMapper.ContactColumns))
            .ToList();
}
