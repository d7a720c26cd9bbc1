using System.Globalization;
using System.Text;
using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Data;
using LocalCare.Data.Metrics;
using LocalCare.Web.Features.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Performance;

/// <summary>The new metric form as posted: the SQL file's header fields, one by one, and its query.</summary>
public sealed class NewMetricInput
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Direction { get; set; }

    /// <summary>As people read it: 95 for 95% when the kind is ratio; empty for none.</summary>
    public string? Target { get; set; }

    public string? Board { get; set; }

    public string? Definition { get; set; }

    public string? Sql { get; set; }
}

/// <summary>
/// Adds an analyst's custom metric from the web: the form becomes the same SQL file <c>localcare metric add</c> reads, so it is
/// parsed by <see cref="MetricSqlFile.Parse"/> and checked against the warehouse by <see cref="CustomMetrics.SaveAsync"/>.
/// </summary>
public sealed class NewMetricForm(LocalCareDbContext db, CustomMetrics customMetrics, WarehouseGate gate)
{
    /// <summary>The name problems are reported against (never shown: messages name the field).</summary>
    public const string FileName = "new-metric.sql";

    /// <summary>Ids a metric may not take because a page has that address.</summary>
    public static IReadOnlyList<string> ReservedIds { get; } = ["new"];

    private static readonly (string Field, string Label)[] Fields =
    [
        ("id", "Id"), ("name", "Name"), ("kind", "Kind"), ("direction", "Direction"), ("target", "Target"), ("board", "Board"), ("definition", "Definition"),
    ];

    /// <summary>Checks and saves; returns the saved metric, or the problems in the order the fields appear.</summary>
    /// <exception cref="WarehouseBusyException">The CLI is importing.</exception>
    public async Task<(MetricDefinition? Metric, FormErrors Errors)> SaveAsync(NewMetricInput input, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        Require(errors, "id", input.Id, "Enter an id");
        Require(errors, "name", input.Name, "Enter a name");
        Require(errors, "kind", input.Kind, "Select the kind of metric");
        Require(errors, "direction", input.Direction, "Select which way is better");
        double? target = null;
        if (!string.IsNullOrWhiteSpace(input.Target))
        {
            target = FormErrors.Number(input.Target);
            if (target is null)
            {
                errors.Add("target", "Target must be a number, like 95, or left empty");
            }
            else if (input.Kind == "ratio")
            {
                target /= 100;
            }
        }

        Require(errors, "board", input.Board, "Select a board");
        Require(errors, "definition", input.Definition, "Enter a definition");
        Require(errors, "sql", input.Sql, "Enter the SQL query");
        var id = input.Id?.Trim() ?? "";
        if (ReservedIds.Contains(id))
        {
            errors.Add("id", $"Id '{id}' is reserved: choose another id");
        }
        else if (id.Length > 0 && await db.Metrics.AnyAsync(m => m.Id == id && m.Sql != null, cancellationToken))
        {
            errors.Add("id", $"Id '{id}' is already a custom metric: choose another id");
        }

        if (errors.Count > 0)
        {
            return (null, Ordered(errors));
        }

        try
        {
            var file = MetricSqlFile.Parse(FileName, FileText(input, target));
            var metric = await gate.WriteAsync(() => customMetrics.SaveAsync(FileName, file, replace: false, cancellationToken), cancellationToken);
            return (metric, errors);
        }
        catch (InvalidInputException invalid)
        {
            foreach (var error in invalid.Errors)
            {
                errors.Add(FieldOf(error.Column), Message(error));
            }

            if (invalid.Errors.Count == 0)
            {
                errors.Add("sql", invalid.Message);
            }

            return (null, Ordered(errors));
        }
    }

    /// <summary>The SQL file the form stands for: its header (one line per field) then the query.</summary>
    public static string FileText(NewMetricInput input, double? target)
    {
        static string Line(string? value) => string.Join(' ', (value ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"-- id: {Line(input.Id)}\n");
        text.Append(CultureInfo.InvariantCulture, $"-- name: {Line(input.Name)}\n");
        text.Append(CultureInfo.InvariantCulture, $"-- kind: {Line(input.Kind)}\n");
        text.Append(CultureInfo.InvariantCulture, $"-- direction: {Line(input.Direction)}\n");
        text.Append(CultureInfo.InvariantCulture, $"-- target: {(target is { } t ? t.ToString("R", CultureInfo.InvariantCulture) : "none")}\n");
        text.Append(CultureInfo.InvariantCulture, $"-- board: {Line(input.Board)}\n");
        text.Append(CultureInfo.InvariantCulture, $"-- definition: {Line(input.Definition)}\n");
        text.Append(input.Sql?.Trim());
        text.Append('\n');
        return text.ToString();
    }

    private static void Require(FormErrors errors, string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
    }

    /// <summary>The field an error from the file's parser or checks belongs to: a header key, else the query.</summary>
    private static string FieldOf(string? column) =>
        column is not null && Fields.Any(f => f.Field == column) ? column : "sql";

    /// <summary>"Id 'x' may only hold a-z, 0-9 and '-'", "The query does not run: ...".</summary>
    private static string Message(InputError error)
    {
        var label = Fields.FirstOrDefault(f => f.Field == error.Column).Label;
        var text = label is null ? error.Reason : $"{label} {error.Reason}";
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static FormErrors Ordered(FormErrors errors)
    {
        var order = Fields.Select(f => f.Field).Append("sql").ToList();
        var sorted = new FormErrors();
        foreach (var (field, message) in errors.OrderBy(e => order.IndexOf(e.Field)))
        {
            sorted.Add(field, message);
        }

        return sorted;
    }
}
