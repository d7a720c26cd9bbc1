using System.Text.Json;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Metrics;
using static LocalCare.Core.Tests.Boards.Packs.PackSamples;

namespace LocalCare.Core.Tests.Boards.Packs;

public sealed class PackJsonTests
{
    private static readonly string[] MatrixKeys =
    [
        "concern/consistent_fail", "concern/inconsistent", "concern/consistent_pass", "concern/none",
        "common_cause/consistent_fail", "common_cause/inconsistent", "common_cause/consistent_pass", "common_cause/none",
        "improvement/consistent_fail", "improvement/inconsistent", "improvement/consistent_pass", "improvement/none",
        "neutral/consistent_fail", "neutral/inconsistent", "neutral/consistent_pass", "neutral/none",
    ];

    private static BoardPack Sample() => BoardPackBuilder.Build(Input(
        [
            Metric("concern", FlatThenSpikeUp(), Direction.LowerIsBetter, target: 5),
            Metric("calm", Alternating()),
            Metric("empty", []),
            Metric("late", Alternating(), last: new(2024, 9), target: 11),
        ],
        actions: [new PackAction("HPB-A1", new DateOnly(2024, 9, 18), "Review staffing", "COO", new DateOnly(2024, 10, 31), BoardActionStatus.Open, null)],
        decisions: [new PackDecision("HPB-D1", new DateOnly(2024, 9, 18), "Approved the plan")]));

    private static JsonElement Parse(BoardPack pack) => JsonDocument.Parse(PackJson.Write(pack)).RootElement.Clone();

    [Fact]
    public void BoardAndMonth()
    {
        var json = Parse(Sample());

        Assert.Equal("HPB", json.GetProperty("board").GetString());
        Assert.Equal("2024-10", json.GetProperty("month").GetString());
    }

    [Fact]
    public void HasTheSpecsKeys_PlusMeetingVersionAndDecisions()
    {
        var keys = Parse(Sample()).EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(["board", "month", "meeting", "version", "metrics", "matrix", "exceptions", "actions", "decisions"], keys);
    }

    [Fact]
    public void MetricsHaveExactlyTheSpecsFields_InTheBoardsOrder()
    {
        var metrics = Parse(Sample()).GetProperty("metrics").EnumerateArray().ToList();

        Assert.Equal(["concern", "calm", "empty", "late"], metrics.Select(m => m.GetProperty("metric").GetString()));
        Assert.All(metrics, m => Assert.Equal(
            ["metric", "value", "target", "variation", "assurance", "exception", "stale"], m.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void ExceptionMetric_ValueTargetIconsAndFlags()
    {
        var m = Parse(Sample()).GetProperty("metrics")[0];

        Assert.Equal(30, m.GetProperty("value").GetDouble());
        Assert.Equal(5, m.GetProperty("target").GetDouble());
        Assert.Equal("concern_high", m.GetProperty("variation").GetString());
        Assert.Equal("consistent_fail", m.GetProperty("assurance").GetString());
        Assert.True(m.GetProperty("exception").GetBoolean());
        Assert.False(m.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public void NoTarget_IsJsonNullTargetAndAssurance()
    {
        var m = Parse(Sample()).GetProperty("metrics")[1];

        Assert.Equal(12, m.GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, m.GetProperty("target").ValueKind);
        Assert.Equal("common_cause", m.GetProperty("variation").GetString());
        Assert.Equal(JsonValueKind.Null, m.GetProperty("assurance").ValueKind);
        Assert.False(m.GetProperty("exception").GetBoolean());
    }

    [Fact]
    public void NoData_IsJsonNullValueAndIcons_AndStale()
    {
        var m = Parse(Sample()).GetProperty("metrics")[2];

        Assert.Equal(JsonValueKind.Null, m.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("variation").ValueKind);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("assurance").ValueKind);
        Assert.False(m.GetProperty("exception").GetBoolean());
        Assert.True(m.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public void FiguresToTheMonthBefore_AreStale()
    {
        var m = Parse(Sample()).GetProperty("metrics")[3];

        Assert.Equal(12, m.GetProperty("value").GetDouble());
        Assert.Equal("inconsistent", m.GetProperty("assurance").GetString());
        Assert.True(m.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public void Matrix_HasSixteenRowSlashColumnKeys_EachAnArrayOfIds()
    {
        var matrix = Parse(Sample()).GetProperty("matrix");

        Assert.Equal(MatrixKeys, matrix.EnumerateObject().Select(p => p.Name));
        Assert.All(matrix.EnumerateObject(), p => Assert.Equal(JsonValueKind.Array, p.Value.ValueKind));
        Assert.Equal(["concern"], matrix.GetProperty("concern/consistent_fail").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["calm"], matrix.GetProperty("common_cause/none").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["late"], matrix.GetProperty("common_cause/inconsistent").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, matrix.EnumerateObject().Sum(p => p.Value.GetArrayLength()));
    }

    [Fact]
    public void Exceptions_AreTheExceptionMetricIds()
    {
        var exceptions = Parse(Sample()).GetProperty("exceptions");

        Assert.Equal(["concern"], exceptions.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Actions_CarryTheLogsFields_WithNullForNoUpdate()
    {
        var action = Parse(Sample()).GetProperty("actions")[0];

        Assert.Equal("HPB-A1", action.GetProperty("reference").GetString());
        Assert.Equal("2024-09-18", action.GetProperty("raised").GetString());
        Assert.Equal("Review staffing", action.GetProperty("description").GetString());
        Assert.Equal("COO", action.GetProperty("owner").GetString());
        Assert.Equal("2024-10-31", action.GetProperty("due").GetString());
        Assert.Equal("open", action.GetProperty("status").GetString());
        Assert.True(action.GetProperty("overdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, action.GetProperty("latestUpdate").ValueKind);
    }

    [Fact]
    public void MeetingVersionAndDecisions()
    {
        var json = Parse(Sample());

        Assert.Equal("2024-11-20", json.GetProperty("meeting").GetString());
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        var decision = json.GetProperty("decisions")[0];
        Assert.Equal("HPB-D1", decision.GetProperty("reference").GetString());
        Assert.Equal("2024-09-18", decision.GetProperty("made").GetString());
        Assert.Equal("Approved the plan", decision.GetProperty("decision").GetString());
    }

    [Fact]
    public void TheSamePackGivesTheSameBytes()
    {
        Assert.Equal(PackJson.Write(Sample()), PackJson.Write(Sample()));
    }

    [Fact]
    public void ToText_IsTheUtf8OfWrite_EndingInANewline()
    {
        var text = PackJson.ToText(Sample());

        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Equal(PackJson.Write(Sample()), System.Text.Encoding.UTF8.GetBytes(text));
    }
}
