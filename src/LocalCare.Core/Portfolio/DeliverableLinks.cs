using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Portfolio;

/// <summary>Checks the deliverable codes a programme is to be linked to: each must be a deliverable of the programme's plan year.</summary>
public static class DeliverableLinks
{
    /// <summary>
    /// The codes as stored (matched ignoring case, trimmed, each once, in the order given) and the problems, one per code at
    /// fault; <paramref name="deliverables"/> maps every deliverable code to its plan year.
    /// </summary>
    public static (IReadOnlyList<string> Codes, IReadOnlyList<FieldProblem> Problems) Check(
        IEnumerable<string?> requested, PlanYear year, IReadOnlyDictionary<string, PlanYear> deliverables)
    {
        var byCode = deliverables.ToDictionary(d => d.Key, d => (Code: d.Key, Year: d.Value), StringComparer.OrdinalIgnoreCase);
        var codes = new List<string>();
        var problems = new List<FieldProblem>();
        foreach (var text in requested)
        {
            var code = text?.Trim() ?? "";
            if (code.Length == 0)
            {
                problems.Add(new("deliverables", "Enter a deliverable code"));
            }
            else if (!byCode.TryGetValue(code, out var deliverable))
            {
                problems.Add(new("deliverables", $"There is no deliverable with code {code}"));
            }
            else if (deliverable.Year != year)
            {
                problems.Add(new("deliverables", $"{deliverable.Code} is a {deliverable.Year.Label} deliverable: link deliverables of {year.Label}"));
            }
            else if (!codes.Contains(deliverable.Code, StringComparer.Ordinal))
            {
                codes.Add(deliverable.Code);
            }
        }

        return (codes, problems);
    }
}
