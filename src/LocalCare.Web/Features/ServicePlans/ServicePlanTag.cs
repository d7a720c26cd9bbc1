using LocalCare.Core.ServicePlans;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>How a service plan's status looks as an NHS.UK tag; the label is always shown, never colour alone.</summary>
public sealed record ServicePlanTag(string Code, string Label, string Colour)
{
    public string CssClass => $"nhsuk-tag nhsuk-tag--{Colour}";

    /// <summary>For a status code of a read model (<c>not_started</c> included); an unknown code shows as itself in white.</summary>
    public static ServicePlanTag For(string code) => new(code, ServicePlanStatuses.LabelOf(code), code switch
    {
        ServicePlanStatuses.NotStarted => "grey",
        "draft" => "white",
        "submitted" => "blue",
        "approved" => "green",
        "returned" => "orange",
        _ => "white",
    });
}
