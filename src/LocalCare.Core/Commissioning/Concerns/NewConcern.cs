using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Inputs;

namespace LocalCare.Core.Commissioning.Concerns;

/// <summary>
/// A concern about a provider as a commissioner recorded it in the app: its kind (<c>safeguarding</c>, <c>whistleblowing</c>,
/// <c>complaint_upheld</c>, <c>other</c>), the date it was opened, the date it was closed (empty while open) and a summary.
/// It scores in the risk rating exactly as an imported concern (commissioning.md).
/// </summary>
public sealed record NewConcern(string? Kind, string? Opened, string? Closed, string? Summary)
{
    public const string KindField = "kind";
    public const string OpenedField = "opened";
    public const string ClosedField = "closed";
    public const string SummaryField = "summary";
    public const int MaxSummary = 2000;

    /// <summary>The prefix of codes of concerns recorded in the app: <c>APP-K-0001</c>, …</summary>
    public const string CodePrefix = "APP-K-";

    /// <summary>
    /// The problems in the order of the form (kind, opened, closed, summary); empty when it may be saved. Both dates must be
    /// <paramref name="today"/> or earlier, and closed on or after opened.
    /// </summary>
    public IReadOnlyList<FieldProblem> Problems(DateOnly today)
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(Kind))
        {
            problems.Add(new(KindField, "Select the kind of concern"));
        }
        else if (!ConcernKinds.TryParse(Kind, out _))
        {
            problems.Add(new(KindField, "The kind of concern must be safeguarding, whistleblowing, complaint upheld or other"));
        }

        var opened = AuditFields.RequiredDate(Opened, OpenedField, "the date the concern was opened", problems);
        if (opened > today)
        {
            problems.Add(new(OpenedField, "The date the concern was opened must be today or in the past"));
        }

        if (!string.IsNullOrWhiteSpace(Closed) && AuditFields.RealDate(Closed, ClosedField, "the date the concern was closed", problems) is { } closed)
        {
            if (closed > today)
            {
                problems.Add(new(ClosedField, "The date the concern was closed must be today or in the past"));
            }
            else if (opened is { } from && closed < from)
            {
                problems.Add(new(ClosedField, "The date the concern was closed must be the same as or after the date it was opened"));
            }
        }

        AuditFields.RequiredText(Summary, SummaryField, "a summary of the concern", "The summary", MaxSummary, problems);
        return problems;
    }

    /// <summary>The concern of a checked record (see <see cref="Problems"/>), trimmed.</summary>
    public ProviderConcern ToConcern(string code, string providerCode)
    {
        if (!ConcernKinds.TryParse(Kind, out var kind) || AuditFields.ParseDate(Opened) is not { } opened)
        {
            throw new InvalidOperationException("Check the concern's problems before saving it.");
        }

        return new ProviderConcern
        {
            Code = code,
            ProviderCode = providerCode,
            Kind = kind,
            Opened = opened,
            Closed = string.IsNullOrWhiteSpace(Closed) ? null : AuditFields.ParseDate(Closed),
            Summary = AuditFields.Clean(Summary),
        };
    }

    /// <summary>The next free app code after <paramref name="existing"/>.</summary>
    public static string NextCode(IEnumerable<string> existing) => AuditCodes.Next(CodePrefix, existing);
}
