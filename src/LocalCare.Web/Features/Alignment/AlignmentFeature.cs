namespace LocalCare.Web.Features.Alignment;

/// <summary>Registers the alignment matrix: deliverables against partner priorities, read by every signed-in role.</summary>
public static class AlignmentFeature
{
    public static WebApplicationBuilder AddLocalCareAlignment(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AlignmentQuery>();
        return builder;
    }
}
