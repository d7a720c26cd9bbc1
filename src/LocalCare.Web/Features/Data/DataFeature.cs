using LocalCare.Web.Features.Shared;

namespace LocalCare.Web.Features.Data;

/// <summary>Registers the data feature: the warehouse's turns, its queries and FHIR import.</summary>
public static class DataFeature
{
    public static WebApplicationBuilder AddLocalCareDataFeature(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WarehouseGate>();
        builder.Services.AddScoped<DataQueries>();
        builder.Services.AddScoped<FhirUpload>();
        return builder;
    }

    /// <summary>An import run's status as an NHS.UK tag.</summary>
    public static StatusTag ImportStatus(string status) => status switch
    {
        "stored" => new(status, "Stored", "green"),
        "stored_with_rejects" => new(status, "Stored with rejects", "yellow"),
        "rejected" => new(status, "Rejected — nothing stored", "red"),
        _ => new(status, status, "white"),
    };
}
