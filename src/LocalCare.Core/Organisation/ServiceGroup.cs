namespace LocalCare.Core.Organisation;

/// <summary>How the service-plan section groups services (data-contract.md, organisation.csv).</summary>
public enum ServiceGroup
{
    Children,
    Neighbourhood,
    Locality,
    Citywide,
    AdultSocialCare,
    VirtualWard,
}
