using LocalCare.Core.Inputs;
using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Tests.Imports;

/// <summary>The general rules of data-contract.md that apply to every file.</summary>
public sealed class CsvRulesTests : IDisposable
{
    private const string Referrals = "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at";
    private readonly TestWarehouse _warehouse = new();

    [Fact]
    public void Header_IsMatchedIgnoringCaseAndOrder_AndUnknownColumnsAreIgnoredWithAWarning()
    {
        var path = _warehouse.Write("referrals.csv", """
            Urgency,REFERRAL_ID,Colour,Service_Code,person_id,received_at
            routine,R1,blue,POD,P1,2024-05-01T09:30
            """);

        var report = _warehouse.Import(path);

        Assert.Equal(["referrals.csv:1: column 'Colour' is not part of referrals.csv and was ignored"], report.Warnings);
        Assert.Equal(["R1|P1|POD|∅|05/01/2024 09:30:00|routine|∅"], _warehouse.Contents("referrals"));
    }

    [Fact]
    public void Header_MissingARequiredColumn_RejectsTheWholeFile()
    {
        var path = _warehouse.Write("referrals.csv", "referral_id,person_id,service_code\nR1,P1,POD\n");

        var error = Assert.Throws<InvalidInputException>(() => _warehouse.Import(path));

        Assert.Equal(
            ["referrals.csv:1: received_at: required column is missing", "referrals.csv:1: urgency: required column is missing"],
            error.Errors.Select(e => e.ToString()));
        Assert.False(_warehouse.Database.Exists);
    }

    [Fact]
    public void Header_WithARepeatedColumn_IsRejected()
    {
        var path = _warehouse.Write("referrals.csv", $"{Referrals},urgency\n");

        var error = Assert.Throws<InvalidInputException>(() => _warehouse.Import(path));

        Assert.Equal(["referrals.csv:1: urgency: the column appears more than once"], error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void AnEmptyFile_IsRejected()
    {
        var path = _warehouse.Write("referrals.csv", "");

        var error = Assert.Throws<InvalidInputException>(() => _warehouse.Import(path));

        Assert.Equal(["referrals.csv:1: the file is empty; it needs a header row"], error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void AByteOrderMark_AndCrLfLineEnds_AreTolerated()
    {
        var path = Path.Combine(_warehouse.InputDirectory, "referrals.csv");
        File.WriteAllText(path, $"\uFEFF{Referrals}\r\nR1,P1,POD,,2024-05-01T09:30,routine,\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        _warehouse.Import(path);

        Assert.Equal(["R1|P1|POD|∅|05/01/2024 09:30:00|routine|∅"], _warehouse.Contents("referrals"));
    }

    [Fact]
    public void LineNumbers_CountQuotedLineBreaksAndBlankLines()
    {
        var path = _warehouse.Write("referrals.csv", $"""
            {Referrals}
            "R1","P1","POD",,2024-05-01T09:30,routine,

            "R2
            continued",P2,POD,,2024-05-01T09:30,routine,
            R3,P3,POD,,2024-05-01T09:30,never,
            """);

        Assert.Equal(["referrals.csv:6: urgency: 'never' is not one of routine, urgent, crisis"], _warehouse.Rejections(path));
    }

    [Fact]
    public void AnUnclosedQuote_RejectsTheFile_NamingTheLine()
    {
        var path = _warehouse.Write("referrals.csv", $"{Referrals}\nR1,P1,POD,,2024-05-01T09:30,routine,\nR2,\"P2,POD,,2024-05-01T09:30,routine,\n");

        var error = Assert.Throws<InvalidInputException>(() => _warehouse.Import(path));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("referrals.csv", 3), (only.File, only.Line));
        Assert.Equal("is not valid CSV: Value with unterminated quote found", only.Reason);
    }

    [Fact]
    public void ARowWithTooFewFields_RejectsTheFile_NamingTheLine()
    {
        var path = _warehouse.Write("referrals.csv", $"{Referrals}\nR1,P1,POD,,2024-05-01T09:30,routine,\nR2,P2,POD\n");

        var error = Assert.Throws<InvalidInputException>(() => _warehouse.Import(path));

        var only = Assert.Single(error.Errors);
        Assert.Equal(3, only.Line);
        Assert.Equal("is not valid CSV: Expected Number of Columns: 7 Found: 3", only.Reason);
    }

    [Fact]
    public void TrailingSpaces_AreTrimmed_AndBlankCellsAreNull()
    {
        var path = _warehouse.Write("referrals.csv", $"{Referrals}\n R1 ,P1,POD,  ,2024-05-01T09:30 , routine ,\n");

        _warehouse.Import(path);

        Assert.Equal(["R1|P1|POD|∅|05/01/2024 09:30:00|routine|∅"], _warehouse.Contents("referrals"));
    }

    public void Dispose() => _warehouse.Dispose();
}
