namespace LocalCare.Core.Commissioning.Files;

/// <summary>What a run is checked against besides its own files: the organisation's codes and the commissioning data already stored.</summary>
/// <param name="Neighbourhoods">Neighbourhood codes of the organisation.</param>
/// <param name="Services">Service codes of the organisation.</param>
/// <param name="Providers">Stored provider codes with their CQC location id (null when none).</param>
/// <param name="Contracts">Stored contract codes.</param>
/// <param name="Audits">Stored audit codes with their overall rating.</param>
/// <param name="AuditsWithActions">Stored audits that have one or more actions.</param>
/// <param name="Schemes">Stored VfP scheme codes with their QIA status.</param>
public sealed record CommissioningStored(
    IReadOnlySet<string> Neighbourhoods,
    IReadOnlySet<string> Services,
    IReadOnlyDictionary<string, string?> Providers,
    IReadOnlySet<string> Contracts,
    IReadOnlyDictionary<string, AuditRating> Audits,
    IReadOnlySet<string> AuditsWithActions,
    IReadOnlyDictionary<string, QiaStatus> Schemes)
{
    /// <summary>Stored VfP schemes that have savings recorded (for the warning when such a scheme loses its approval).</summary>
    public IReadOnlySet<string> SchemesWithSavings { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>An organisation with nothing commissioning stored yet.</summary>
    public static CommissioningStored Empty(IEnumerable<string> neighbourhoods, IEnumerable<string> services) => new(
        neighbourhoods.ToHashSet(StringComparer.Ordinal), services.ToHashSet(StringComparer.Ordinal),
        new Dictionary<string, string?>(), new HashSet<string>(), new Dictionary<string, AuditRating>(), new HashSet<string>(), new Dictionary<string, QiaStatus>());
}
