namespace LocalCare.Core.Commissioning;

/// <summary>An action of an audit's action plan (audit_actions.csv), against one key question, owned and due by a date.</summary>
public sealed class AuditAction
{
    public required string Code { get; set; }

    public required string AuditCode { get; set; }

    public required KeyQuestion KeyQuestion { get; set; }

    public required string Description { get; set; }

    public required string Owner { get; set; }

    public required DateOnly DueDate { get; set; }

    /// <summary>Null while open.</summary>
    public DateOnly? CompletedDate { get; set; }

    /// <summary>Overdue on a date: due before it (due_date &lt; date) and not completed on or before it.</summary>
    public bool IsOverdueOn(DateOnly date) => DueDate < date && !(CompletedDate is { } completed && completed <= date);
}
