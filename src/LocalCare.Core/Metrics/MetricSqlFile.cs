using System.Globalization;
using LocalCare.Core.Inputs;

namespace LocalCare.Core.Metrics;

/// <summary>
/// A metric written as one SQL file: a header of <c>-- key: value</c> lines (id, name, kind, direction, target, board,
/// definition) then the query. Built-in metrics ship as such files; an analyst's custom metric is the same format.
/// </summary>
public sealed record MetricSqlFile(MetricDefinition Metric, string Sql)
{
    private static readonly string[] Required = ["id", "name", "kind", "direction", "target", "board", "definition"];

    /// <summary>Reads <paramref name="text"/>; every problem is reported against <paramref name="file"/> and its line.</summary>
    public static MetricSqlFile Parse(string file, string text)
    {
        var errors = new List<InputError>();
        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var body = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("--", StringComparison.Ordinal))
            {
                body = i;
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue; // a plain comment
            }

            var key = line[2..colon].Trim();
            if (Required.Contains(key, StringComparer.OrdinalIgnoreCase) && !fields.TryAdd(key, (line[(colon + 1)..].Trim(), i + 1)))
            {
                errors.Add(new InputError(file, i + 1, key, "is given twice"));
            }
        }

        foreach (var missing in Required.Where(k => !fields.ContainsKey(k)))
        {
            errors.Add(new InputError(file, 0, missing, $"is missing: the header needs a line '-- {missing}: ...'"));
        }

        var sql = string.Join('\n', lines.Skip(body)).Trim();
        if (sql.Length == 0)
        {
            errors.Add(new InputError(file, 0, null, "has no query after its header"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        var metric = Definition(file, fields, errors);
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }

        return new MetricSqlFile(metric, sql);
    }

    private static MetricDefinition Definition(string file, Dictionary<string, (string Value, int Line)> fields, List<InputError> errors)
    {
        string Text(string key, int max)
        {
            var (value, line) = fields[key];
            if (value.Length == 0 || value.Length > max)
            {
                errors.Add(new InputError(file, line, key, $"must be 1 to {max} characters"));
            }

            return value;
        }

        var id = Text("id", 64);
        if (id.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            errors.Add(new InputError(file, fields["id"].Line, "id", $"'{id}' may only hold a-z, 0-9 and '-'"));
        }

        var kind = fields["kind"].Value.ToLowerInvariant() switch
        {
            "ratio" => MetricKind.Ratio,
            "count" => MetricKind.Count,
            "mean" => MetricKind.Mean,
            var other => Fail(MetricKind.Ratio, "kind", $"'{other}' is not ratio, count or mean"),
        };
        var direction = fields["direction"].Value.ToLowerInvariant() switch
        {
            "higher" => Direction.HigherIsBetter,
            "lower" => Direction.LowerIsBetter,
            var other => Fail(Direction.HigherIsBetter, "direction", $"'{other}' is not higher or lower"),
        };
        double? target = fields["target"].Value.ToLowerInvariant() switch
        {
            "none" => null,
            var number when double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) && double.IsFinite(t) => t,
            var other => Fail<double?>(null, "target", $"'{other}' is not a number or none"),
        };

        return new MetricDefinition
        {
            Id = id,
            Name = Text("name", 200),
            Kind = kind,
            Direction = direction,
            DefaultTarget = target,
            BoardCode = Text("board", 32),
            Definition = Text("definition", 2000),
        };

        T Fail<T>(T fallback, string key, string reason)
        {
            errors.Add(new InputError(file, fields[key].Line, key, reason));
            return fallback;
        }
    }

    /// <summary>The file text for a metric: its header then its query (what <see cref="Parse"/> reads back).</summary>
    public static string Write(MetricDefinition metric, string sql) =>
        $"""
        -- id: {metric.Id}
        -- name: {metric.Name}
        -- kind: {metric.Kind.ToCode()}
        -- direction: {metric.Direction.ToCode()}
        -- target: {(metric.DefaultTarget is { } t ? t.ToString(CultureInfo.InvariantCulture) : "none")}
        -- board: {metric.BoardCode}
        -- definition: {metric.Definition}
        {sql.Trim()}

        """;
}
