using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalCare.Core.Spc;

namespace LocalCare.Core.Boards.Packs;

/// <summary>
/// A pack's content as board-packs.md's JSON (<c>localcare pack --format json</c>, the stored figures of a published version):
/// board, month, metrics, matrix, exceptions, actions; with the meeting date, version and decisions beside them, and the risks
/// above the board's appetite (docs/risks.md) when the pack has a risk section.
/// </summary>
public static class PackJson
{
    /// <summary>The pack as indented UTF-8 JSON; the same pack always gives the same bytes.</summary>
    public static byte[] Write(BoardPack pack)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("board", pack.Meeting.BoardCode);
            json.WriteString("month", pack.Meeting.ReportingMonth.ToString());
            json.WriteString("meeting", pack.Meeting.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("version", pack.Meeting.Version);
            json.WriteStartArray("metrics");
            foreach (var metric in pack.Metrics)
            {
                json.WriteStartObject();
                json.WriteString("metric", metric.Id);
                Number(json, "value", metric.Value);
                Number(json, "target", metric.Target);
                NullableString(json, "variation", metric.Variation?.ToCode());
                NullableString(json, "assurance", metric.Assurance?.ToCode());
                json.WriteBoolean("exception", metric.IsException);
                json.WriteBoolean("stale", metric.Stale);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("matrix");
            foreach (var row in SummaryMatrix.Rows)
            {
                foreach (var column in SummaryMatrix.Columns)
                {
                    Strings(json, $"{row.ToCode()}/{column.ToCode()}", pack.Matrix[row, column]);
                }
            }

            json.WriteEndObject();
            Strings(json, "exceptions", [.. pack.Exceptions.Select(m => m.Id)]);
            json.WriteStartArray("actions");
            foreach (var row in pack.Actions)
            {
                var action = row.Action;
                json.WriteStartObject();
                json.WriteString("reference", action.Reference);
                json.WriteString("raised", action.RaisedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("description", action.Description);
                json.WriteString("owner", action.Owner);
                json.WriteString("due", action.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("status", action.Status.ToCode());
                json.WriteBoolean("overdue", row.Overdue);
                NullableString(json, "latestUpdate", action.LatestUpdate);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("decisions");
            foreach (var decision in pack.Decisions)
            {
                json.WriteStartObject();
                json.WriteString("reference", decision.Reference);
                json.WriteString("made", decision.MadeAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("decision", decision.Decision);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (pack.Risks is { } risks)
            {
                // Only packs made with the risk register carry this: earlier versions' stored JSON stays as it was.
                json.WriteStartObject("risks");
                json.WriteNumber("appetite", risks.Appetite);
                json.WriteStartArray("aboveAppetite");
                foreach (var risk in risks.AboveAppetite)
                {
                    json.WriteStartObject();
                    json.WriteString("code", risk.Code);
                    json.WriteString("title", risk.Title);
                    json.WriteString("owner", risk.Owner);
                    json.WriteString("category", risk.Category);
                    json.WriteNumber("likelihood", risk.Current.Likelihood);
                    json.WriteNumber("consequence", risk.Current.Consequence);
                    json.WriteNumber("score", risk.Current.Score);
                    json.WriteString("band", Risks.RiskScoreBands.ToCode(risk.Current.Band));
                    json.WriteNumber("targetScore", risk.Target.Score);
                    json.WriteString("reviewDate", risk.ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    json.WriteBoolean("reviewOverdue", risk.ReviewOverdue);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    /// <summary>The pack's JSON as text.</summary>
    public static string ToText(BoardPack pack) => Encoding.UTF8.GetString(Write(pack));

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
