using System.Diagnostics;
using System.IO.Compression;
using LocalCare.Data.Commissioning.Cqc;

namespace LocalCare.Data.Tests.Commissioning.Cqc;

/// <summary>Runs alone, so that other tests' allocations do not count against the memory measured here.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class LargeFileCollection;

[Collection(typeof(LargeFileCollection))]
public sealed class CqcLargeOdsTests(ITestOutputHelper output)
{
    private const int Rows = 70_000;
    private const long MiB = 1 << 20;
    private static readonly string[] Domains = ["Overall", "Safe", "Effective", "Caring", "Responsive", "Well-led"];
    private static readonly string[] Ratings = ["Good", "Outstanding", "Requires improvement", "Inadequate", "Not Rated"];

    /// <summary>CQC-shaped rows: six domains per location, a tenth of locations with a second service/population group.</summary>
    private static IEnumerable<CqcLocationRow> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var location = i / 6;
            var id = "1-" + (100000000 + location).ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return new CqcLocationRow(
                0, id, "Care location " + location, location % 10 == 0 && i % 12 >= 6 ? "Older people" : "Overall", Domains[i % 6], Ratings[(i / 6 + i) % 5],
                new DateOnly(2015, 1, 1).AddDays(location % 3650), "1-" + (location / 3 + 500000000), "Provider number " + (location / 3) + " Ltd");
        }
    }

    [Fact]
    public void Read_LargeOds_StreamsWithFlatMemory()
    {
        using var temp = new TempDirectory();
        var path = temp.File("large_Latest_ratings.ods");
        var clock = Stopwatch.StartNew();
        CqcOdsWriter.Write(path, Generate(Rows));
        var writing = clock.Elapsed;
        long contentBytes;
        using (var zip = ZipFile.OpenRead(path))
        {
            contentBytes = zip.GetEntry("content.xml")!.Length;
        }

        Assert.InRange(contentBytes, 150 * MiB, 300 * MiB);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var peakWorkingSetBefore = process.PeakWorkingSet64;
        var heapPeak = heapBefore;
        long calls = 0;
        bool Keep(string id)
        {
            if (++calls % 1000 == 0)
            {
                heapPeak = Math.Max(heapPeak, GC.GetTotalMemory(forceFullCollection: false));
            }

            return id[^1] == '7';
        }

        var stats = new CqcReadStats();
        long kept = 0;
        var lastLine = 0;
        clock.Restart();
        foreach (var row in CqcRatingsFile.Read(path, Keep, stats))
        {
            kept++;
            lastLine = row.Line;
        }

        var reading = clock.Elapsed;
        process.Refresh();
        var peakWorkingSetGrowth = process.PeakWorkingSet64 - peakWorkingSetBefore;
        var heapGrowth = heapPeak - heapBefore;
        output.WriteLine(
            $"file {new FileInfo(path).Length / MiB} MiB (content.xml {contentBytes / MiB} MiB, {Rows} rows); written in {writing.TotalSeconds:F1} s, read in {reading.TotalSeconds:F1} s; "
            + $"managed heap peak growth {heapGrowth / (double)MiB:F1} MiB; peak working set growth {peakWorkingSetGrowth / (double)MiB:F1} MiB; "
            + $"{GC.CollectionCount(2)} gen2 collections");

        Assert.Equal(Rows, stats.RowsRead);
        Assert.Equal(kept, stats.RowsKept);
        Assert.Equal(Rows - kept, stats.RowsSkipped);
        Assert.InRange(kept, Rows / 20, Rows / 5);
        Assert.InRange(lastLine, Rows + 1 - 60, Rows + 1); // a location ending in 7 comes every ten locations of six rows
        Assert.InRange(heapGrowth, long.MinValue, 100 * MiB);
        Assert.InRange(peakWorkingSetGrowth, long.MinValue, 100 * MiB);
    }
}
