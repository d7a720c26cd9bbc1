using System.IO.Compression;
using LocalCare.Core.Inputs;
using LocalCare.Data.Commissioning.Cqc;
using static LocalCare.Data.Tests.Commissioning.Cqc.OdsTestFile;

namespace LocalCare.Data.Tests.Commissioning.Cqc;

public sealed class CqcRatingsOdsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Cells for a data row, with cells given as raw XML replacing the default cell at that column.</summary>
    private static string DataRow(string[] fields, Dictionary<string, string>? rawCells = null, string attributes = "")
    {
        var cells = fields.Select((f, i) => rawCells is not null && rawCells.TryGetValue(CqcLayout.Header[i], out var raw) ? raw : Cell(f));
        return $"<table:table-row{attributes}>{string.Concat(cells)}</table:table-row>";
    }

    private static string HeaderRow() =>
        "<table:table-header-rows><table:table-row>"
        + string.Concat(CqcLayout.Header.Select(h => h == "Location ID"
            ? "<table:table-cell office:value-type=\"string\"><text:p>Location <text:span text:style-name=\"T1\">ID</text:span></text:p></table:table-cell>"
            : Cell(h)))
        + "<table:table-cell table:number-columns-repeated=\"16358\"/></table:table-row></table:table-header-rows>";

    [Fact]
    public void Read_Ods_FindsTheLocationsSheet_AndReadsRepeatsDatesCoveredCellsAndParagraphs()
    {
        var fields = CqcLayout.Fields("1-101");
        var notes = Table("Notes", Row(["Location ID", "Domain"]), Row(["not", "data"]));
        var locations = Table(
            "Locations",
            HeaderRow(),
            DataRow(CqcLayout.Fields("1-101"), new()
            {
                ["Location Name"] = "<table:table-cell office:value-type=\"string\"><text:p>Hillside</text:p><text:p>North <text:span>wing</text:span></text:p></table:table-cell>",
                ["Provider Name"] = "<table:table-cell office:value-type=\"string\"><text:p>A<text:s text:c=\"3\"/>B<text:s/>C<text:tab/>D</text:p></table:table-cell>",
                ["Publication Date"] = "<table:table-cell office:value-type=\"date\" office:date-value=\"2024-03-05T00:00:00\"><text:p>Tuesday 5 March 2024</text:p></table:table-cell>",
            }),
            DataRow(CqcLayout.Fields("1-101", domain: "Safe", date: "06/03/2024"), attributes: " table:number-rows-repeated=\"2\""),
            DataRow(CqcLayout.Fields("1-202")),
            EmptyRows(3),
            DataRow(CqcLayout.Fields("1-303", domain: "Caring"), new()
            {
                // A merged cell over the ODS code and Care Home? columns, its covered cell after it: columns stay in place.
                ["Location ODS Code"] = "<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>VN303</text:p></table:table-cell>",
                ["Care Home?"] = "<table:covered-table-cell/>",
                ["Location Name"] = "<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>Ann</dc:creator><text:p>a comment</text:p></office:annotation><text:p>The Mill</text:p></table:table-cell>",
            }),
            "<table:table-row>"
            + string.Concat(CqcLayout.Fields("1-404").Take(CqcLayout.Index("Provider ID")).Select(Cell))
            + "<table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>Same</text:p></table:table-cell>"
            + "<table:table-cell table:number-columns-repeated=\"16356\"/></table:table-row>",
            EmptyRows(1048566));
        var providers = Table("Providers", Row(["Provider ID", "Domain"]), Row(["1-P1", "Safe"]));
        var path = _temp.File("latest_ratings.ods");
        Write(path, notes + locations + providers);
        var stats = new CqcReadStats();

        var rows = CqcRatingsFile.Read(path, id => id != "1-202", stats).ToList();

        Assert.Equal([2, 3, 4, 9, 10], rows.Select(r => r.Line));
        Assert.Equal(
            new CqcLocationRow(2, "1-101", "Hillside\nNorth wing", "Overall", "Overall", "Good", new DateOnly(2024, 3, 5), "1-P1", "A   B C\tD"),
            rows[0]);
        Assert.Equal(rows[1] with { Line = 4 }, rows[2]);
        Assert.Equal(("Safe", new DateOnly(2024, 3, 6)), (rows[1].Domain, rows[1].PublicationDate));
        Assert.Equal(("1-303", "The Mill", "Caring", "1-P1"), (rows[3].LocationId, rows[3].LocationName, rows[3].Domain, rows[3].ProviderId));
        Assert.Equal(("1-404", "Same", "Same"), (rows[4].LocationId, rows[4].ProviderId, rows[4].ProviderName));
        Assert.Equal((6L, 5L, 1L), (stats.RowsRead, stats.RowsKept, stats.RowsSkipped));
        Assert.Equal(fields.Length, CqcLayout.Header.Count);
    }

    [Fact]
    public void Read_Ods_HeaderIsTheFirstNonEmptyRow_AndLinesAreSheetRows()
    {
        var path = _temp.File("ratings.ods");
        Write(path, Table("Locations", EmptyRows(2), Row(CqcLayout.Header), Row(CqcLayout.Fields("1-1"))));

        var row = Assert.Single(CqcRatingsFile.Read(path, _ => true, new CqcReadStats()));

        Assert.Equal(4, row.Line);
    }

    [Fact]
    public void Read_Ods_BadDate_IsReportedWithItsSheetRowAndColumn()
    {
        var path = _temp.File("ratings.ods");
        Write(path, Table("Locations", Row(CqcLayout.Header), Row(CqcLayout.Fields("1-1")), EmptyRows(5), Row(CqcLayout.Fields("1-2", date: "5 March"))));

        var e = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(path, _ => true, new CqcReadStats()).ToList());

        Assert.Equal("ratings.ods:8: Publication Date: '5 March' is not a date DD/MM/YYYY", e.Message);
    }

    [Fact]
    public void Read_Ods_MissingColumn_AndMissingSheet_AreInputErrors()
    {
        var noColumn = _temp.File("no_column.ods");
        Write(noColumn, Table("Locations", Row(CqcLayout.Header.Where(h => h != "Latest Rating"))));
        var noSheet = _temp.File("no_sheet.ods");
        Write(noSheet, Table("Providers", Row(CqcLayout.Header)));

        var column = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(noColumn, _ => true, new CqcReadStats()).ToList());
        var sheet = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(noSheet, _ => true, new CqcReadStats()).ToList());

        Assert.Equal("no_column.ods:1: Latest Rating: required column is missing", column.Message);
        Assert.Equal("no_sheet.ods: has no sheet named 'Locations'", sheet.Message);
    }

    [Fact]
    public void Read_BrokenOds_IsAnInputError()
    {
        var path = _temp.File("broken.ods");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open());
            content.Write($"<office:document-content {Namespaces}><office:body><office:spreadsheet><table:table table:name=\"Locations\"><table:table-row>");
        }

        var e = Assert.Throws<InvalidInputException>(() => CqcRatingsFile.Read(path, _ => true, new CqcReadStats()).ToList());

        Assert.StartsWith("broken.ods: is not a readable OpenDocument spreadsheet: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LooksLikeCqcRatings_Ods_NeedsALocationsSheet()
    {
        var ratings = _temp.File("a.ods");
        Write(ratings, Table("Notes", Row(["x"])) + Table("Locations", Row(CqcLayout.Header)));
        var other = _temp.File("b.ods");
        Write(other, Table("Sheet1", Row(CqcLayout.Header)));
        var notOds = _temp.File("c.zip");
        using (var zip = ZipFile.Open(notOds, ZipArchiveMode.Create))
        {
            zip.CreateEntry("readme.txt");
        }

        Assert.True(CqcRatingsFile.LooksLikeCqcRatings(ratings));
        Assert.False(CqcRatingsFile.LooksLikeCqcRatings(other));
        Assert.False(CqcRatingsFile.LooksLikeCqcRatings(notOds));
    }

    [Fact]
    public void Writer_WritesAnOdsTheReaderReadsBack()
    {
        var path = _temp.File("written.ods");
        CqcLocationRow[] written =
        [
            new(0, "1-1", "Hillside\nHouse", "Overall", "Overall", "Good", new DateOnly(2024, 3, 5), "1-P1", "Hillside <Care> & Co"),
            new(0, "1-2", "Elsewhere", "Older people", "Well-led", "Requires improvement", new DateOnly(2025, 12, 31), "1-P2", "Elsewhere Ltd"),
        ];

        CqcOdsWriter.Write(path, written);
        var read = CqcRatingsFile.Read(path, _ => true, new CqcReadStats()).ToList();

        Assert.True(CqcRatingsFile.LooksLikeCqcRatings(path));
        Assert.Equal(written.Select((r, i) => r with { Line = i + 2 }), read);
        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["mimetype", "META-INF/manifest.xml", "content.xml"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(zip.Entries[0].Length, zip.Entries[0].CompressedLength);
    }
}
