namespace LocalCare.Core.Commissioning;

/// <summary>A contract's social value commitment under a theme (social_value.csv): a measure, its unit, committed and delivered to date.</summary>
public sealed class SocialValueCommitment
{
    public required string ContractCode { get; set; }

    public required SocialValueTheme Theme { get; set; }

    public required string Measure { get; set; }

    public required string Unit { get; set; }

    public required decimal Committed { get; set; }

    /// <summary>Cumulative to date.</summary>
    public required decimal Delivered { get; set; }
}
