namespace LocalCare.Web.Features.Boards;

/// <summary>Registers the boards feature's queries.</summary>
public static class BoardsFeature
{
    public static WebApplicationBuilder AddLocalCareBoards(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BoardQueries>();
        builder.Services.AddScoped<BoardLogs>();
        builder.Services.AddScoped<BoardMeetings>();
        builder.Services.AddScoped<BoardKloes>();
        builder.Services.AddScoped<Narratives>();
        builder.Services.AddScoped<Packs.PackDrafts>();
        builder.Services.AddScoped<Packs.PackPublisher>();
        builder.Services.AddScoped<Packs.MetricSignOffs>();
        builder.Services.AddScoped<Packs.MetricReviews>();

        // One Chromium for the app's lifetime, started on the first PDF; the container disposes it on shutdown.
        builder.Services.AddSingleton<Reports.Packs.PackPdfPrinter>();
        return builder;
    }

    /// <summary>"monthly" → "Monthly".</summary>
    public static string CadenceLabel(string cadence) =>
        cadence.Length == 0 ? cadence : char.ToUpperInvariant(cadence[0]) + cadence[1..];

    public static string DirectionLabel(string direction) => direction switch
    {
        "higher" => "Higher is better",
        "lower" => "Lower is better",
        _ => direction,
    };

    public static string KindLabel(string kind) => kind switch
    {
        "ratio" => "Percentage",
        "count" => "Count",
        "mean" => "Average score",
        _ => kind,
    };
}
