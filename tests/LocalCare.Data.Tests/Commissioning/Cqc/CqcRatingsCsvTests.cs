using System.Text;
using LocalCare.Core.Inputs;
using LocalCare.Data.Commissioning.Cqc;

namespace LocalCare.Data.Tests.Commissioning.Cqc;

public sealed class CqcRatingsCsvTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "Commissioning", "Cqc", "cqc_latest_ratings_sample.csv");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void SampleFile_HasCqcsLocationsHeader_AsTheWriterWritesIt()
    {
        var header = File.ReadLines(Sample).First();

        Assert.Equal(string.Join(",", CqcOdsWriter.LocationsHeader), header);
        Assert.Equal(28, CqcOdsWriter.LocationsHeader.Count);
        Assert.Equal(
            "Location ID,Location ODS Code,Location Name,Care Home?,Location Type,Location Primary Inspection Category,Location Street Address,"
            + "Location Address Line 2,Location City,Location Post Code,Location Local Authority,Location Region,Location NHS Region,"
            + "Location ONSPD CCG Code,Location ONSPD CCG,Location Commissioning CCG Code,Location Commissioning CCG Name,"
            + "Service / Population Group,Domain,Latest Rating,Publication Date,Report Type,Inherited Rating (Y/N),URL,Provider ID,Provider Name,"
            + "Brand ID,Brand Name",
            header);
    }

    [Fact]
    public void Read_SampleFile_KeepsOnlyRegisteredLocations_WithLinesAndFields_AndCountsTheSkipped()
    {
        var register = new HashSet<string> { "1-101", "1-303" };
        var stats = new CqcReadStats();

        var rows = CqcRatingsFile.Read(Sample, register.Contains, stats).ToList();

        Assert.Equal([2, 3, 5, 7], rows.Select(r => r.Line));
        Assert.Equal(
            new CqcLocationRow(2, "1-101", "Hillside House", "Overall", "Overall", "Good", new DateOnly(2024, 3, 5), "1-P1", "Hillside Care Ltd"),
            rows[0]);
        Assert.Equal(("Safe", "Requires improvement"), (rows[1].Domain, rows[1].LatestRating));
        Assert.Equal(
            new CqcLocationRow(5, "1-303", "The Mill, North", "Older people", "Well-led", "Inadequate", new DateOnly(2025, 2, 28), "1-P3", "\"Mill\" Homes, Ltd"),
            rows[2]);
        Assert.Equal(("Not Rated", new DateOnly(2025, 4, 1)), (rows[3].LatestRating, rows[3].PublicationDate));
        Assert.Equal((5L, 4L, 1L, 0L), (stats.RowsRead, stats.RowsKept, stats.RowsSkipped, stats.RowsRejected));
    }

    [Fact]
    public void Read_MatchesHeadersIgnoringCaseSpacesAndOrder_AndAcceptsKeyQuestion()
    {
        var csv = "  provider name ,KEY QUESTION,Latest rating,location id,Publication date,Something else,Service / population group,Location name,provider ID\n"
                  + "Acme Care,Caring,Good,1-9,01/02/2020,x,Overall,Acme House,1-P9\n";
        var path = _temp.Write("older.csv", csv);

        var row = Assert.Single(CqcRatingsFile.Read(path, _ => true, new CqcReadStats()));

        Assert.Equal(new CqcLocationRow(2, "1-9", "Acme House", "Overall", "Caring", "Good", new DateOnly(2020, 2, 1), "1-P9", "Acme Care"), row);
    }

    [Fact]
    public void Read_QuotedFieldsWithLineBreaks_CountPhysicalLines_WithCrLfAndABom()
    {
        var records = new[]
        {
            CqcLayout.Csv(CqcLayout.Header),
            CqcLayout.Csv(CqcLayout.Fields("1-1", name: "Two\r\nlines", providerName: "Quote \"here\", and comma")),
            "",
            CqcLayout.Csv(CqcLayout.Fields("1-2", name: "Three\r\nphysical\r\nlines")),
            CqcLayout.Csv(CqcLayout.Fields("1-3", providerName: "\n")),
            CqcLayout.Csv(CqcLayout.Fields("1-4")),
        };
        var path = _temp.File("quoted.csv");
        File.WriteAllText(path, string.Join("\r\n", records) + "\r\n", new UTF8Encoding(true));
        var stats = new CqcReadStats();

        var rows = CqcRatingsFile.Read(path, _ => true, stats).ToList();

        Assert.Equal([2, 5, 8, 10], rows.Select(r => r.Line));
        Assert.Equal(("Two\r\nlines", "Quote \"here\", and comma"), (rows[0].LocationName, rows[0].ProviderName));
        Assert.Equal("", rows[2].ProviderName);
        Assert.Equal("1-4", rows[3].LocationId);
        Assert.Equal(4, stats.RowsRead);
    }

    [Fact]
    public void Read_MissingColumns_RejectTheFileOnLine1_NamingEachColumn()
    {
        var header = CqcLayout.Header.Where(h => h is not ("Provider Name" or "Domain"));
        var path = _temp.Write("ratings.csv", string.Join(",", header) + "\n1-1\n");

        var e = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(path, _ => true, new CqcReadStats()).ToList());

        Assert.Equal(
            ["ratings.csv:1: Domain: required column is missing (older files call it 'Key Question')", "ratings.csv:1: Provider Name: required column is missing"],
            e.Errors.Select(x => x.ToString()));
        Assert.Equal("2 problems in the input; nothing was stored.", e.Message);
    }

    [Fact]
    public void Read_OneMissingColumn_IsTheMessage()
    {
        var path = _temp.Write("ratings.csv", string.Join(",", CqcLayout.Header.Where(h => h != "Publication Date")) + "\n");

        var e = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(path, _ => true, new CqcReadStats()).ToList());

        Assert.Equal("ratings.csv:1: Publication Date: required column is missing", e.Message);
        Assert.Equal(new InputError("ratings.csv", 1, "Publication Date", "required column is missing"), Assert.Single(e.Errors));
    }

    [Fact]
    public void Read_BadDatesAndEmptyIdsOnKeptRows_AreReportedTogether_WithLineAndColumn_AndNoRowFollowsTheFirst()
    {
        var records = new[]
        {
            CqcLayout.Csv(CqcLayout.Header),
            CqcLayout.Csv(CqcLayout.Fields("1-1")),
            CqcLayout.Csv(CqcLayout.Fields("1-2", date: "2024-03-05")),
            CqcLayout.Csv(CqcLayout.Fields("1-9", date: "not a date")), // skipped: not checked
            CqcLayout.Csv(CqcLayout.Fields("", date: "")),
            CqcLayout.Csv(CqcLayout.Fields("1-3", date: "31/02/2024")),
            CqcLayout.Csv(CqcLayout.Fields("1-4")),
        };
        var path = _temp.Write("ratings.csv", string.Join("\n", records) + "\n");
        var stats = new CqcReadStats();
        var returned = new List<CqcLocationRow>();

        var e = Assert.Throws<InvalidInputException>(() => returned.AddRange(CqcRatingsFile.Read(path, id => id != "1-9", stats)));

        Assert.Equal(
            [
                "ratings.csv:3: Publication Date: '2024-03-05' is not a date DD/MM/YYYY",
                "ratings.csv:5: Location ID: is empty; every row needs a location id",
                "ratings.csv:5: Publication Date: is empty; a date DD/MM/YYYY is required",
                "ratings.csv:6: Publication Date: '31/02/2024' is not a date DD/MM/YYYY",
            ],
            e.Errors.Select(x => x.ToString()));
        Assert.Equal(new InputError("ratings.csv", 3, "Publication Date", "'2024-03-05' is not a date DD/MM/YYYY"), e.Errors[0]);
        Assert.Equal(["1-1"], returned.Select(r => r.LocationId));
        Assert.Equal((6L, 2L, 1L, 3L), (stats.RowsRead, stats.RowsKept, stats.RowsSkipped, stats.RowsRejected));
    }

    [Fact]
    public void Read_ManyBadRows_ReportsEveryOne_WithFileLineColumnAndReason()
    {
        var path = _temp.File("ratings.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine(CqcLayout.Csv(CqcLayout.Header));
            for (var i = 0; i < 1500; i++)
            {
                writer.WriteLine(CqcLayout.Csv(CqcLayout.Fields("1-" + i, date: "soon")));
            }
        }

        var stats = new CqcReadStats();

        var e = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(path, _ => true, stats).ToList());

        Assert.Equal(1500, e.Errors.Count);
        Assert.Equal(1500, stats.RowsRejected);
        Assert.Equal(Enumerable.Range(2, 1500), e.Errors.Select(x => x.Line));
        Assert.Equal(new InputError("ratings.csv", 1501, "Publication Date", "'soon' is not a date DD/MM/YYYY"), e.Errors[^1]);
    }

    [Fact]
    public void Read_WithRejectsAllowed_KeepsEveryProblem_AndReturnsEveryGoodRow()
    {
        var path = _temp.File("ratings.csv");
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine(CqcLayout.Csv(CqcLayout.Header));
            for (var i = 0; i < 1200; i++)
            {
                writer.WriteLine(CqcLayout.Csv(CqcLayout.Fields("1-" + i, domain: i % 2 == 0 ? "Kindness" : "Safe")));
            }
        }

        var stats = new CqcReadStats();

        var rows = CqcRatingsFile.Read(path, _ => true, stats, allowRejects: true).ToList();

        Assert.Equal(600, rows.Count);
        Assert.Equal((600L, 600L), (stats.RowsKept, stats.RowsRejected));
        Assert.Equal(600, stats.Rejects.Count);
        Assert.Equal(
            "ratings.csv:1200: Domain: 'Kindness' is not a CQC domain (Overall, Safe, Effective, Caring, Responsive, Well-led)",
            stats.Rejects[^1].ToString());
    }

    [Fact]
    public void Read_ABadDomain_IsNamedByTheFilesOwnColumnName()
    {
        var csv = "Location ID,Location Name,Service / Population Group,Key Question,Latest Rating,Publication Date,Provider ID,Provider Name\n"
                  + "1-1,Oak,Overall,Kindness,Good,01/02/2020,1-P1,Oak Care\n"
                  + "1-1,Oak,Overall,,Good,01/02/2020,1-P1,Oak Care\n";
        var path = _temp.Write("older.csv", csv);

        var e = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(path, _ => true, new CqcReadStats()).ToList());

        Assert.Equal(
            [
                "older.csv:2: Key Question: 'Kindness' is not a CQC domain (Overall, Safe, Effective, Caring, Responsive, Well-led)",
                "older.csv:3: Key Question: is empty; a CQC domain is required (Overall, Safe, Effective, Caring, Responsive, Well-led)",
            ],
            e.Errors.Select(x => x.ToString()));
    }

    [Fact]
    public void Read_UnclosedQuote_IsACsvErrorOnTheLineItStarts()
    {
        var path = _temp.Write("ratings.csv", CqcLayout.Csv(CqcLayout.Header) + "\n" + CqcLayout.Csv(CqcLayout.Fields("1-1")) + "\n1-2,\"no end\n\n");

        var e = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(path, _ => true, new CqcReadStats()).ToList());

        Assert.Equal("ratings.csv:3: is not valid CSV: a quoted field starting on this line is not closed", e.Message);
    }

    [Fact]
    public void Read_EmptyFile_NeedsAHeader()
    {
        var path = _temp.Write("ratings.csv", "\n\n");

        var e = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(path, _ => true, new CqcReadStats()).ToList());

        Assert.Equal("ratings.csv:1: the file is empty; it needs a header row", e.Message);
    }

    [Theory]
    [InlineData("Location ID,Domain,Latest Rating\n", true)]
    [InlineData("\uFEFF location id , key question\n1-1,Safe\n", true)]
    [InlineData("\"Location\nID\",Domain\n", false)]
    [InlineData("Location ID,Rating\n", false)]
    [InlineData("code,name,kind\n", false)]
    [InlineData("", false)]
    public void LooksLikeCqcRatings_TellsACsvByItsHeader(string text, bool expected)
    {
        var path = _temp.Write("whatever.txt", text);

        Assert.Equal(expected, CqcRatingsFile.LooksLikeCqcRatings(path));
    }

    [Fact]
    public void LooksLikeCqcRatings_SampleFile_IsOne_AndAHugeFirstLineIsNot()
    {
        var path = _temp.Write("huge.csv", new string('x', 1 << 20) + ",Location ID,Domain\n");

        Assert.True(CqcRatingsFile.LooksLikeCqcRatings(Sample));
        Assert.False(CqcRatingsFile.LooksLikeCqcRatings(path));
    }
}
