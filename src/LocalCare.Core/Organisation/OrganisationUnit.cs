namespace LocalCare.Core.Organisation;

/// <summary>A part of the LCO that work and figures are counted against: the LCO, a locality, a neighbourhood or a service.</summary>
public sealed class OrganisationUnit
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public required UnitKind Kind { get; set; }

    /// <summary>Null for the LCO; otherwise the unit this one sits under.</summary>
    public string? ParentCode { get; set; }

    /// <summary>Services only.</summary>
    public ServiceGroup? ServiceGroup { get; set; }

    /// <summary>The unit reference used by metrics (metrics.md): <c>lco</c>, <c>locality:X</c>, <c>neighbourhood:X</c>, <c>service:X</c>.</summary>
    public string UnitRef => Kind == UnitKind.Lco ? "lco" : $"{Kind.ToCode()}:{Code}";
}
