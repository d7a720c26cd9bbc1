using LocalCare.Core.Exports;
using LocalCare.Web.Features.Shared;
using LocalCare.Web.Features.WaitingLists;

namespace LocalCare.Web.Tests.Features.Shared;

/// <summary>Every CSV the pages download defuses formulas by the one rule the exports use (<see cref="FormulaGuard"/>).</summary>
public sealed class SpreadsheetCsvTests
{
    public static TheoryData<char> Triggers => [.. FormulaGuard.Triggers];

    [Theory]
    [MemberData(nameof(Triggers))]
    public void TextStartingWithAnyTrigger_IsDefused_InThePagesCsvAndTheWaitingListCsv(char trigger)
    {
        var text = trigger + "cmd|' /C calc'!A0";

        var field = SpreadsheetCsv.Field(text);

        Assert.StartsWith("'" + trigger, field.TrimStart('"'), StringComparison.Ordinal);
        Assert.Equal(field, WaitingListsCsv.Field(text));
    }

    [Fact]
    public void OrdinaryText_IsAsWritten_AndAComma_IsQuoted()
    {
        Assert.Equal("North", SpreadsheetCsv.Field("North"));
        Assert.Equal("\"North, Central\"", SpreadsheetCsv.Field("North, Central"));
        Assert.Equal("", SpreadsheetCsv.Field(null));
    }
}
