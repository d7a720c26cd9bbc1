using LocalCare.Core.Generation;

namespace LocalCare.Core.Commissioning;

/// <summary>A month's saving delivered by a VfP scheme (vfp_delivery.csv).</summary>
public sealed class VfpDelivery
{
    public required YearMonth Month { get; set; }

    public required string SchemeCode { get; set; }

    public required decimal Saving { get; set; }
}
