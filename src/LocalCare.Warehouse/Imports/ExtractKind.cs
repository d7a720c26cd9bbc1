namespace LocalCare.Warehouse.Imports;

/// <summary>The operational extracts of data-contract.md, plus manual metric values (metrics.md).</summary>
public enum ExtractKind
{
    Referrals,
    Contacts,
    ActivityPlan,
    Workforce,
    Incidents,
    Experience,
    VirtualWard,
    MetricValues,
}
