namespace LocalCare.Web.Features.Alignment;

/// <summary>Registers the alignment matrix: deliverables against partner priorities, read by every signed-in role, and the partner priorities it is drawn against (edited by executives and administrators).</summary>
public static class AlignmentFeature
{
    public static WebApplicationBuilder AddLocalCareAlignment(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AlignmentQuery>();
        builder.Services.AddScoped<PartnerPriorityEditor>();
        return builder;
    }
}
