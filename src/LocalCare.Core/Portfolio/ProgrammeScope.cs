namespace LocalCare.Core.Portfolio;

/// <summary>
/// Where a programme is governed: <see cref="InScope"/> by the LCO's Transformation Portfolio Board, <see cref="InSight"/>
/// at system level with partners, the LCO leading or contributing.
/// </summary>
public enum ProgrammeScope
{
    InScope,
    InSight,
}

/// <summary>Text forms of <see cref="ProgrammeScope"/>.</summary>
public static class ProgrammeScopes
{
    public static IReadOnlyList<ProgrammeScope> All { get; } = Enum.GetValues<ProgrammeScope>();

    public static string ToCode(this ProgrammeScope scope) => scope switch
    {
        ProgrammeScope.InScope => "in_scope",
        ProgrammeScope.InSight => "in_sight",
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    public static string ToLabel(this ProgrammeScope scope) => scope switch
    {
        ProgrammeScope.InScope => "In scope",
        ProgrammeScope.InSight => "In sight",
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    /// <summary>Reads a scope code (<c>in_sight</c>), ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? text, out ProgrammeScope scope)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToCode(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                scope = candidate;
                return true;
            }
        }

        scope = default;
        return false;
    }

    /// <summary>Who governs programmes of this scope, in a sentence.</summary>
    public static string Governance(this ProgrammeScope scope) => scope switch
    {
        ProgrammeScope.InScope => "Governed by the Transformation Portfolio Board.",
        ProgrammeScope.InSight => "Led or supported by the LCO and governed at system level with partners, outside the Transformation Portfolio Board.",
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };
}
