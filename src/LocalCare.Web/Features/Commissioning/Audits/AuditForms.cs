using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;

namespace LocalCare.Web.Features.Commissioning.Audits;

/// <summary>The record-an-audit form as posted: date, auditor, overall and the five key questions (<c>not_looked_at</c> or empty: not looked at).</summary>
public sealed class AuditInput
{
    public string? AuditDate { get; set; }

    public string? Auditor { get; set; }

    public string? Overall { get; set; }

    public string? Safe { get; set; }

    public string? Effective { get; set; }

    public string? Caring { get; set; }

    public string? Responsive { get; set; }

    public string? WellLed { get; set; }

    public string? RatingOf(KeyQuestion question) => question switch
    {
        KeyQuestion.Safe => Safe,
        KeyQuestion.Effective => Effective,
        KeyQuestion.Caring => Caring,
        KeyQuestion.Responsive => Responsive,
        KeyQuestion.WellLed => WellLed,
        _ => throw new ArgumentOutOfRangeException(nameof(question)),
    };

    /// <summary>The form field name of a key question's rating.</summary>
    public static string NameOf(KeyQuestion question) => question == KeyQuestion.WellLed ? nameof(WellLed) : question.Label();

    public NewAudit ToNew(string? providerCode) => new(providerCode, AuditDate, Auditor, Overall, Safe, Effective, Caring, Responsive, WellLed);
}

/// <summary>The raise-an-action form as posted.</summary>
public sealed class ActionInput
{
    public string? KeyQuestion { get; set; }

    public string? Description { get; set; }

    public string? Owner { get; set; }

    public string? DueDate { get; set; }

    public NewAuditAction ToNew() => new(KeyQuestion, Description, Owner, DueDate);
}

/// <summary>An action's update form as posted: which action, and its description, owner, due date and completed date.</summary>
public sealed class ActionChangeInput
{
    public string? ActionCode { get; set; }

    public string? Description { get; set; }

    public string? Owner { get; set; }

    public string? DueDate { get; set; }

    public string? CompletedDate { get; set; }

    public AuditActionChange ToChange() => new(Description, Owner, DueDate, CompletedDate);

    public static ActionChangeInput From(AuditAction action)
    {
        var change = AuditActionChange.From(action);
        return new() { ActionCode = action.Code, Description = change.Description, Owner = change.Owner, DueDate = change.DueDate, CompletedDate = change.CompletedDate };
    }
}
