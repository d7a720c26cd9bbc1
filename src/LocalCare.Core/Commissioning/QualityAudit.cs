namespace LocalCare.Core.Commissioning;

/// <summary>A council quality audit of a provider (audits.csv): an overall rating and one per key question looked at.</summary>
public sealed class QualityAudit
{
    public required string Code { get; set; }

    public required string ProviderCode { get; set; }

    public required DateOnly AuditDate { get; set; }

    public required string Auditor { get; set; }

    public required AuditRating Overall { get; set; }

    public AuditRating? Safe { get; set; }

    public AuditRating? Effective { get; set; }

    public AuditRating? Caring { get; set; }

    public AuditRating? Responsive { get; set; }

    public AuditRating? WellLed { get; set; }

    /// <summary>The day it was marked complete in the app; null while in progress.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>The rating for one key question; null when the audit did not look at it.</summary>
    public AuditRating? RatingFor(KeyQuestion question) => question switch
    {
        KeyQuestion.Safe => Safe,
        KeyQuestion.Effective => Effective,
        KeyQuestion.Caring => Caring,
        KeyQuestion.Responsive => Responsive,
        KeyQuestion.WellLed => WellLed,
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };
}
