using LocalCare.Core.Commissioning;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>How commissioning states look as NHS.UK tags: always a text label, the colour only adds to it.</summary>
public static class CommissioningTags
{
    public static string BandLabel(RiskBand band) => band switch
    {
        RiskBand.Low => "Low",
        RiskBand.Medium => "Medium",
        RiskBand.High => "High",
        _ => band.ToCode(),
    };

    public static string BandClass(RiskBand band) => band switch
    {
        RiskBand.Low => "nhsuk-tag nhsuk-tag--green",
        RiskBand.Medium => "nhsuk-tag nhsuk-tag--yellow",
        RiskBand.High => "nhsuk-tag nhsuk-tag--red",
        _ => "nhsuk-tag nhsuk-tag--white",
    };

    public static string CqcText(CqcRating? rating) => rating?.ToText() ?? "Unrated";

    public static string AuditText(AuditRating? rating) => rating is { } r ? char.ToUpperInvariant(r.ToWords()[0]) + r.ToWords()[1..] : "Not looked at";

    public static string TypeLabel(ProviderServiceType type)
    {
        var words = type.ToCode().Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string ConcernLabel(ConcernKind kind) => kind switch
    {
        ConcernKind.Safeguarding => "Safeguarding",
        ConcernKind.Whistleblowing => "Whistleblowing",
        ConcernKind.ComplaintUpheld => "Complaint upheld",
        _ => "Other",
    };

    public static string QiaLabel(QiaStatus status) => status switch
    {
        QiaStatus.NotStarted => "Not started",
        QiaStatus.InReview => "In review",
        QiaStatus.Approved => "Approved",
        QiaStatus.Rejected => "Rejected",
        _ => status.ToCode(),
    };

    public static string QiaClass(QiaStatus status) => status switch
    {
        QiaStatus.NotStarted => "nhsuk-tag nhsuk-tag--grey",
        QiaStatus.InReview => "nhsuk-tag nhsuk-tag--yellow",
        QiaStatus.Approved => "nhsuk-tag nhsuk-tag--green",
        QiaStatus.Rejected => "nhsuk-tag nhsuk-tag--red",
        _ => "nhsuk-tag nhsuk-tag--white",
    };

    public static string KeyQuestionLabel(KeyQuestion question) => question switch
    {
        KeyQuestion.WellLed => "Well-led",
        _ => question.ToString(),
    };
}
