using System.Collections;
using System.Globalization;

namespace LocalCare.Web.Features.Performance;

/// <summary>A form's problems in the order its fields appear: the id of the field to link to, and the message in service-manual words.</summary>
public sealed class FormErrors : IReadOnlyList<(string Field, string Message)>
{
    private readonly List<(string Field, string Message)> _errors = [];

    public int Count => _errors.Count;

    public (string Field, string Message) this[int index] => _errors[index];

    public void Add(string field, string message) => _errors.Add((field, message));

    /// <summary>The problems a rule in Core found, in its order.</summary>
    public static FormErrors Of(IEnumerable<Core.Inputs.FieldProblem> problems)
    {
        var errors = new FormErrors();
        foreach (var problem in problems)
        {
            errors.Add(problem.Field, problem.Message);
        }

        return errors;
    }

    /// <summary>The first message for a field; null when it has none.</summary>
    public string? For(string field) => _errors.FirstOrDefault(e => e.Field == field).Message;

    public IEnumerator<(string Field, string Message)> GetEnumerator() => _errors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Reads a number people typed: "95", "95%", "1,200" or "0.5"; null when it is not a finite number.</summary>
    public static double? Number(string? text)
    {
        var cleaned = text?.Trim().TrimEnd('%').Replace(",", "", StringComparison.Ordinal).Trim();
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    /// <summary>"4,000".</summary>
    public static string Thousands(int count) => count.ToString("#,0", CultureInfo.InvariantCulture);
}

/// <summary>A field's error message for the <c>_FieldError</c> partial: shown with id <c>{Id}-error</c> when there is one.</summary>
public sealed record FieldError(string Id, string? Message)
{
    /// <summary>" nhsuk-form-group--error" when there is a message, for the field's form group.</summary>
    public string GroupClass => Message is null ? "" : " nhsuk-form-group--error";

    /// <summary>The field's aria-describedby: its hint and error ids that exist.</summary>
    public string? DescribedBy(string? hint = null) =>
        string.Join(' ', new[] { hint, Message is null ? null : Id + "-error" }.Where(id => id is not null)) is { Length: > 0 } ids ? ids : null;
}
