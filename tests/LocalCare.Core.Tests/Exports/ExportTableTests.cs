using LocalCare.Core.Exports;

namespace LocalCare.Core.Tests.Exports;

/// <summary>An export table checks each value against its column's type as rows are added.</summary>
public sealed class ExportTableTests
{
    private static ExportTable Table() => new("t", "one row per test", [
        new("text", ExportType.Text, ""), new("integer", ExportType.Integer, ""), new("number", ExportType.Number, ""),
        new("flag", ExportType.Boolean, ""), new("day", ExportType.Date, ""), new("at", ExportType.Timestamp, ""),
    ]);

    [Fact]
    public void Values_AreStoredAsTheirColumnsType_IntsAsLongs_NonFiniteNumbersAsEmpty()
    {
        var table = Table()
            .Add("a", 1, 2, true, new DateOnly(2026, 1, 31), new DateTime(2026, 1, 31, 10, 0, 0, DateTimeKind.Unspecified))
            .Add(null, 3L, double.NaN, null, null, null);

        Assert.Equal(["a", 1L, 2.0, true, new DateOnly(2026, 1, 31), new DateTime(2026, 1, 31, 10, 0, 0)], table.Rows[0]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)table.Rows[0][5]!).Kind);
        Assert.Equal([null, 3L, null, null, null, null], table.Rows[1]);
    }

    [Fact]
    public void AValueOfTheWrongType_OrTheWrongCount_IsRefused()
    {
        var wrongType = Assert.Throws<ArgumentException>(() => Table().Add(1, 1, 1, true, null, null));
        var wrongCount = Assert.Throws<ArgumentException>(() => Table().Add("a"));

        Assert.StartsWith("Table t, column text (text): a Int32 is not one.", wrongType.Message, StringComparison.Ordinal);
        Assert.StartsWith("Table t has 6 columns; a row gave 1 values.", wrongCount.Message, StringComparison.Ordinal);
    }
}
