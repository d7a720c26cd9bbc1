using LocalCare.Core.Inputs;
using LocalCare.Data.Organisation;

namespace LocalCare.Data.Tests.Organisation;

public sealed class OrganisationCsvTests
{
    [Fact]
    public void Read_MatchesHeadersIgnoringCaseAndOrder_AndKeepsLineNumbers()
    {
        var csv = "Kind,NAME,Code,Parent_Code\nlco,Test LCO,LCO,\n\nlocality,\"North, inner\",NORTH,LCO\n";

        var content = OrganisationCsv.Read(new StringReader(csv), "organisation.csv");

        Assert.Equal(2, content.Rows.Count);
        Assert.Equal((2, "LCO", "lco"), (content.Rows[0].Line, content.Rows[0].Code, content.Rows[0].Kind));
        Assert.Equal((4, "North, inner", "LCO"), (content.Rows[1].Line, content.Rows[1].Name, content.Rows[1].ParentCode));
        Assert.Null(content.Rows[0].ServiceGroup);
        Assert.Empty(content.Warnings);
    }

    [Fact]
    public void Read_CountsPhysicalLines_WhenAQuotedNameSpansTwoLines()
    {
        var csv = "code,name,kind\nLCO,\"Test\nLCO\",lco\nNORTH,North,locality\n";

        var content = OrganisationCsv.Read(new StringReader(csv), "organisation.csv");

        Assert.Equal([2, 4], content.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Read_ToleratesAByteOrderMark()
    {
        var bytes = "\uFEFFcode,name,kind\nLCO,Test,lco\n"u8.ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);

        var content = OrganisationCsv.Read(reader, "organisation.csv");

        Assert.Equal("LCO", Assert.Single(content.Rows).Code);
    }

    [Fact]
    public void Read_WarnsAboutUnknownColumns()
    {
        var content = OrganisationCsv.Read(new StringReader("code,name,kind,colour\nLCO,Test,lco,blue\n"), "org.csv");

        Assert.Equal(["org.csv:1: column 'colour' is not part of organisation.csv and was ignored"], content.Warnings);
    }

    [Fact]
    public void Read_WhenARequiredColumnIsMissing_RejectsTheFile()
    {
        var error = Assert.Throws<InvalidInputException>(() => OrganisationCsv.Read(new StringReader("code,name\nLCO,Test\n"), "organisation.csv"));

        Assert.Equal(["organisation.csv:1: kind: required column is missing"], error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Read_WhenAQuoteIsNeverClosed_SaysTheFileIsNotValidCsv()
    {
        var error = Assert.Throws<InvalidInputException>(() => OrganisationCsv.Read(new StringReader("code,name,kind\nLCO,\"Test,lco\n"), "organisation.csv"));

        var only = Assert.Single(error.Errors);
        Assert.Equal("organisation.csv", only.File);
        Assert.StartsWith("is not valid CSV", only.Reason);
    }
}
