namespace LocalCare.Web.Features.History;

/// <summary>Registers the change-history reader every feature's pages use (the <c>_History</c> partial).</summary>
public static class HistoryFeature
{
    public static WebApplicationBuilder AddLocalCareHistory(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ChangeHistory>();
        return builder;
    }
}
