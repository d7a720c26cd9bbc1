using LocalCare.Core.Inputs;

namespace LocalCare.Core.Commissioning.Audits;

/// <summary>A new action of an audit's action plan as someone typed it: the key question it is for, what is to be done, its owner and due date.</summary>
public sealed record NewAuditAction(string? KeyQuestion, string? Description, string? Owner, string? DueDate)
{
    /// <summary>The problems in the order the fields appear; empty when it may be saved. It may not be due before the audit's date.</summary>
    public IReadOnlyList<FieldProblem> Problems(QualityAudit audit)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(KeyQuestion))
        {
            problems.Add(new(AuditFields.KeyQuestion, "Select the key question the action is for"));
        }
        else if (!KeyQuestions.TryParse(KeyQuestion, out _))
        {
            problems.Add(new(AuditFields.KeyQuestion, "The key question must be safe, effective, caring, responsive or well-led"));
        }

        AuditActionChange.Texts(Description, Owner, problems);
        if (AuditFields.RequiredDate(DueDate, AuditFields.DueDate, "the date the action is due", problems) is { } due && due < audit.AuditDate)
        {
            problems.Add(new(AuditFields.DueDate, $"The date the action is due must be the same as or after the date of the audit, {AuditFields.Format(audit.AuditDate)}"));
        }

        return problems;
    }

    /// <summary>The open action of a checked edit (see <see cref="Problems"/>), trimmed.</summary>
    public AuditAction ToAction(string code, string auditCode)
    {
        if (!KeyQuestions.TryParse(KeyQuestion, out var question) || AuditFields.ParseDate(DueDate) is not { } due)
        {
            throw new InvalidOperationException("Check the action's problems before saving it.");
        }

        return new AuditAction
        {
            Code = code,
            AuditCode = auditCode,
            KeyQuestion = question,
            Description = AuditFields.Clean(Description),
            Owner = AuditFields.Clean(Owner),
            DueDate = due,
        };
    }
}

/// <summary>
/// A change to an action as someone typed it: what is to be done, its owner, its due date and the date it was completed (empty:
/// still open; clearing it opens the action again). The key question stays as raised.
/// </summary>
public sealed record AuditActionChange(string? Description, string? Owner, string? DueDate, string? CompletedDate)
{
    /// <summary>The change that leaves the action as it is: what the form starts from.</summary>
    public static AuditActionChange From(AuditAction action) => new(
        action.Description,
        action.Owner,
        action.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        action.CompletedDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The problems in the order the fields appear; empty when it may be saved. The due date may not be before the audit's date;
    /// the completed date, when given, is on or after the audit's date and no later than <paramref name="today"/>.
    /// </summary>
    public IReadOnlyList<FieldProblem> Problems(QualityAudit audit, DateOnly today)
    {
        var problems = new List<FieldProblem>();
        Texts(Description, Owner, problems);
        if (AuditFields.RequiredDate(DueDate, AuditFields.DueDate, "the date the action is due", problems) is { } due && due < audit.AuditDate)
        {
            problems.Add(new(AuditFields.DueDate, $"The date the action is due must be the same as or after the date of the audit, {AuditFields.Format(audit.AuditDate)}"));
        }

        if (!string.IsNullOrWhiteSpace(CompletedDate) && AuditFields.RealDate(CompletedDate, AuditFields.CompletedDate, "the date the action was completed", problems) is { } completed)
        {
            if (completed > today)
            {
                problems.Add(new(AuditFields.CompletedDate, "The date the action was completed must be today or in the past"));
            }
            else if (completed < audit.AuditDate)
            {
                problems.Add(new(AuditFields.CompletedDate, $"The date the action was completed must be the same as or after the date of the audit, {AuditFields.Format(audit.AuditDate)}"));
            }
        }

        return problems;
    }

    /// <summary>Writes a checked change (see <see cref="Problems"/>) to the action, trimmed.</summary>
    public void ApplyTo(AuditAction action)
    {
        if (AuditFields.ParseDate(DueDate) is not { } due)
        {
            throw new InvalidOperationException("Check the change's problems before applying it.");
        }

        action.Description = AuditFields.Clean(Description);
        action.Owner = AuditFields.Clean(Owner);
        action.DueDate = due;
        action.CompletedDate = string.IsNullOrWhiteSpace(CompletedDate) ? null : AuditFields.ParseDate(CompletedDate);
    }

    internal static void Texts(string? description, string? owner, List<FieldProblem> problems)
    {
        AuditFields.RequiredText(description, AuditFields.Description, "what needs to be done", "The description", AuditFields.MaxDescription, problems);
        AuditFields.RequiredText(owner, AuditFields.Owner, "who owns the action", "The owner", AuditFields.MaxOwner, problems);
    }
}

/// <summary>Whether an audit may be marked complete now: not already complete, and <see cref="AuditCompletion"/>'s rule.</summary>
public static class AuditCompletionCheck
{
    public static IReadOnlyList<FieldProblem> Problems(QualityAudit audit, IEnumerable<AuditAction> actions)
    {
        if (audit.CompletedOn is { } completed)
        {
            return [new(AuditFields.Complete, $"Audit {audit.Code} was already marked complete on {AuditFields.Format(completed)}")];
        }

        return AuditCompletion.Problem(audit, actions) is { } problem ? [new(AuditFields.Complete, problem)] : [];
    }
}

/// <summary>
/// The codes of audits and actions recorded in the app: <c>APP-A-0001</c> and <c>APP-X-0001</c>, numbered on from the highest
/// number in use (imported codes, which do not start so, are left alone).
/// </summary>
public static class AuditCodes
{
    public const string AuditPrefix = "APP-A-";
    public const string ActionPrefix = "APP-X-";

    public static string NextAudit(IEnumerable<string> existing) => Next(AuditPrefix, existing);

    public static string NextAction(IEnumerable<string> existing) => Next(ActionPrefix, existing);

    /// <summary>The prefix and one more than the highest number after it in <paramref name="existing"/>, at least four digits.</summary>
    public static string Next(string prefix, IEnumerable<string> existing)
    {
        var highest = existing
            .Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(c => int.TryParse(c.AsSpan(prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return prefix + (highest + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
