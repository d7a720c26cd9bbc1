using System.Diagnostics.CodeAnalysis;

namespace LocalCare.Core.Organisation;

/// <summary>The text forms of unit kinds and service groups used in files, URLs and the API.</summary>
public static class OrganisationCodes
{
    private static readonly Dictionary<string, UnitKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lco"] = UnitKind.Lco,
        ["locality"] = UnitKind.Locality,
        ["neighbourhood"] = UnitKind.Neighbourhood,
        ["service"] = UnitKind.Service,
    };

    private static readonly Dictionary<string, ServiceGroup> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        ["children"] = ServiceGroup.Children,
        ["neighbourhood"] = ServiceGroup.Neighbourhood,
        ["locality"] = ServiceGroup.Locality,
        ["citywide"] = ServiceGroup.Citywide,
        ["adult_social_care"] = ServiceGroup.AdultSocialCare,
        ["virtual_ward"] = ServiceGroup.VirtualWard,
    };

    public static string KindList => string.Join(", ", Kinds.Keys);

    public static string GroupList => string.Join(", ", Groups.Keys);

    public static bool TryParseKind(string text, out UnitKind kind) => Kinds.TryGetValue(text.Trim(), out kind);

    public static bool TryParseGroup(string text, out ServiceGroup group) => Groups.TryGetValue(text.Trim(), out group);

    public static string ToCode(this UnitKind kind) => kind switch
    {
        UnitKind.Lco => "lco",
        UnitKind.Locality => "locality",
        UnitKind.Neighbourhood => "neighbourhood",
        UnitKind.Service => "service",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToCode(this ServiceGroup group) => group switch
    {
        ServiceGroup.Children => "children",
        ServiceGroup.Neighbourhood => "neighbourhood",
        ServiceGroup.Locality => "locality",
        ServiceGroup.Citywide => "citywide",
        ServiceGroup.AdultSocialCare => "adult_social_care",
        ServiceGroup.VirtualWard => "virtual_ward",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>Heading a person reads for a service group.</summary>
    public static string ToLabel(this ServiceGroup group) => group switch
    {
        ServiceGroup.Children => "Children's services (citywide)",
        ServiceGroup.Neighbourhood => "Neighbourhood services",
        ServiceGroup.Locality => "Community health and adult social care (locality)",
        ServiceGroup.Citywide => "Community health and adult social care (citywide)",
        ServiceGroup.AdultSocialCare => "Adult social care",
        ServiceGroup.VirtualWard => "Hospital at Home (virtual ward)",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>A unit code: 1..32 characters of A-Z, 0-9, '-' and '_'.</summary>
    public static bool IsValidCode([NotNullWhen(true)] string? code) =>
        code is { Length: >= 1 and <= 32 } && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_');
}
