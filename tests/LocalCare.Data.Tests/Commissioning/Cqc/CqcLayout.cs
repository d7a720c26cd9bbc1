using LocalCare.Data.Commissioning.Cqc;

namespace LocalCare.Data.Tests.Commissioning.Cqc;

/// <summary>Rows in CQC's Locations layout for tests: the used columns given, the others filled in.</summary>
public static class CqcLayout
{
    public static IReadOnlyList<string> Header => CqcOdsWriter.LocationsHeader;

    public static string[] Fields(
        string locationId, string date = "05/03/2024", string domain = "Overall", string rating = "Good", string group = "Overall",
        string name = "Hillside House", string providerId = "1-P1", string providerName = "Hillside Care Ltd")
    {
        var fields = Header.Select(h => "about " + h).ToArray();
        fields[Index("Location ID")] = locationId;
        fields[Index("Location Name")] = name;
        fields[Index("Service / Population Group")] = group;
        fields[Index("Domain")] = domain;
        fields[Index("Latest Rating")] = rating;
        fields[Index("Publication Date")] = date;
        fields[Index("Provider ID")] = providerId;
        fields[Index("Provider Name")] = providerName;
        return fields;
    }

    public static int Index(string column) => Header.ToList().IndexOf(column);

    /// <summary>A CSV record (no line end), quoting fields that need it.</summary>
    public static string Csv(IEnumerable<string> fields) =>
        string.Join(",", fields.Select(f => f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
}
