using System.Text;
using LocalCare.Core.Commissioning.Files;
using LocalCare.Core.Inputs;
using LocalCare.Data.Commissioning;
using LocalCare.Data.Imports;
using LocalCare.Data.Tests.Commissioning.Cqc;

namespace LocalCare.Data.Tests.Commissioning;

/// <summary>How a commissioning file's header is read: names trimmed and matched case-insensitively, a BOM ignored.</summary>
public sealed class CommissioningCsvTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void HeaderNames_AreMatchedAfterTrimmingSpaces_AndIgnoringCase()
    {
        var path = _temp.Write("spend.csv", "  Month ,\tCONTRACT_CODE\t, amount \n2024-04,C1,100.00\n");
        var warnings = new List<string>();

        var read = CommissioningCsv.Read(path, CommissioningFiles.Spend, warnings);

        var row = Assert.Single(read.Rows);
        Assert.Equal((2, "2024-04", "C1", "100.00"), (row.Line, row["month"], row["contract_code"], row["amount"]));
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AUtf8BomOnTheFirstHeader_IsIgnored(bool spaced)
    {
        var path = _temp.File("providers.csv");
        var header = spaced ? " provider_code , name,service_type,local" : "provider_code,name,service_type,local";
        File.WriteAllText(path, header + "\nP1,Oak House,homecare,Y\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var warnings = new List<string>();

        var read = CommissioningCsv.Read(path, CommissioningFiles.Providers, warnings);

        Assert.Equal(0xEF, File.ReadAllBytes(path)[0]);
        Assert.Equal("P1", Assert.Single(read.Rows)["provider_code"]);
        Assert.Empty(warnings);
    }

    [Fact]
    public void ABomTheReaderDidNotTake_IsIgnoredToo()
    {
        var content = NumberedCsv.Read(new StringReader("\uFEFF month ,contract_code,amount\n2024-04,C1,1\n"), "spend.csv");

        Assert.Equal(["month", "contract_code", "amount"], content.Header);
    }

    [Fact]
    public void AnUnknownColumn_IsWarnedAboutByItsTrimmedName_AndAMissingOneNamesTheTrimmedHeader()
    {
        var spend = _temp.Write("spend.csv", "month , contract_code , amount , colour \n2024-04,C1,1,blue\n");
        var budget = _temp.Write("budget.csv", "\uFEFF month , budget \n");
        var warnings = new List<string>();

        CommissioningCsv.Read(spend, CommissioningFiles.Spend, warnings);
        var e = Assert.Throws<InvalidInputException>(() => CommissioningCsv.Read(budget, CommissioningFiles.Budget, warnings));

        Assert.Equal(["spend.csv:1: column 'colour' is not part of spend.csv and was ignored"], warnings);
        Assert.Equal(
            ["budget.csv:1: service_code: the required column is missing from the header (the file has: month, budget)"],
            e.Errors.Select(x => x.ToString()));
    }
}
