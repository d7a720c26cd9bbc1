namespace LocalCare.Core.Commissioning.Files;

/// <summary>The commissioning import files of commissioning.md (the CQC ratings sheet is read by its own reader).</summary>
public enum CommissioningFileKind
{
    Providers,
    Contracts,
    Spend,
    SocialValue,
    Audits,
    AuditActions,
    Concerns,
    Budget,
    VfpSchemes,
    VfpDelivery,
}
