using Sylvan.Data.Csv;

namespace LocalCare.Warehouse.Imports;

/// <summary>
/// Finds the physical line of CSV records by their position among the data records, as DuckDB numbers them
/// (1-based, blank lines skipped). A quoted field may span lines, so lines are counted, not records.
/// </summary>
public static class CsvLineMap
{
    /// <summary>One pass over the file; only the asked positions are kept.</summary>
    public static Dictionary<long, long> Lines(string path, IReadOnlySet<long> ordinals)
    {
        var lines = new Dictionary<long, long>();
        if (ordinals.Count == 0)
        {
            return lines;
        }

        var last = ordinals.Max();
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = CsvDataReader.Create(reader, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        long line = 2 + Enumerable.Range(0, csv.FieldCount).Sum(i => LineBreaks(csv.GetName(i)));
        long ordinal = 0;
        while (ordinal < last && csv.Read())
        {
            var breaks = 0;
            var blank = csv.RowFieldCount == 1 && csv.GetString(0).Length == 0;
            for (var i = 0; i < csv.RowFieldCount; i++)
            {
                breaks += LineBreaks(csv.GetString(i));
            }

            if (!blank)
            {
                ordinal++;
                if (ordinals.Contains(ordinal))
                {
                    lines[ordinal] = line;
                }
            }

            line += 1 + breaks;
        }

        return lines;
    }

    private static int LineBreaks(string text) => text.AsSpan().Count('\n');
}
