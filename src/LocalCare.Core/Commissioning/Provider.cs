namespace LocalCare.Core.Commissioning;

/// <summary>A provider on the register (providers.csv): its CQC location, service type, beds (care homes), neighbourhood and whether it is local.</summary>
public sealed class Provider
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>CQC location id, e.g. <c>1-123456789</c>; null when the provider has none (it counts as unrated).</summary>
    public string? CqcLocationId { get; set; }

    public required ProviderServiceType ServiceType { get; set; }

    /// <summary>Beds: given for <c>care_home_*</c> providers, null otherwise.</summary>
    public int? Beds { get; set; }

    public string? NeighbourhoodCode { get; set; }

    /// <summary>Based in the LCO's area (for local spend).</summary>
    public required bool IsLocal { get; set; }
}
