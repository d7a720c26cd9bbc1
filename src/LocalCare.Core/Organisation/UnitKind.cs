namespace LocalCare.Core.Organisation;

/// <summary>What an organisation unit is: the LCO itself, a locality, a neighbourhood team or a service.</summary>
public enum UnitKind
{
    Lco,
    Locality,
    Neighbourhood,
    Service,
}
