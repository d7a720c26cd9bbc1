using LocalCare.Core.Plans;

namespace LocalCare.Core.Commissioning;

/// <summary>A Value for Patients savings scheme (vfp_schemes.csv): a service's annual target in a plan year, and its QIA status.</summary>
public sealed class VfpScheme
{
    public required string Code { get; set; }

    public required string Title { get; set; }

    public required string ServiceCode { get; set; }

    public required PlanYear PlanYear { get; set; }

    public required decimal AnnualTarget { get; set; }

    public required bool Recurrent { get; set; }

    public required QiaStatus QiaStatus { get; set; }
}
