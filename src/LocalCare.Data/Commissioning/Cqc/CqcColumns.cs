using LocalCare.Core.Inputs;

namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>Where the columns LocalCare uses are in a Locations sheet, matched by header text (trimmed, case-insensitive).</summary>
internal sealed class CqcColumns
{
    public const string LocationIdName = "Location ID";
    public const string LocationNameName = "Location Name";
    public const string ServiceGroupName = "Service / Population Group";
    public const string DomainName = "Domain";
    public const string KeyQuestionName = "Key Question";
    public const string LatestRatingName = "Latest Rating";
    public const string PublicationDateName = "Publication Date";
    public const string ProviderIdName = "Provider ID";
    public const string ProviderNameName = "Provider Name";

    private CqcColumns(IReadOnlyDictionary<string, int> header, string domain)
    {
        LocationId = header[LocationIdName];
        LocationName = header[LocationNameName];
        ServiceGroup = header[ServiceGroupName];
        Domain = header[domain];
        DomainHeader = domain;
        LatestRating = header[LatestRatingName];
        PublicationDate = header[PublicationDateName];
        ProviderId = header[ProviderIdName];
        ProviderName = header[ProviderNameName];
        int[] used = [LocationId, LocationName, ServiceGroup, Domain, LatestRating, PublicationDate, ProviderId, ProviderName];
        Wanted = new bool[used.Max() + 1];
        foreach (var column in used)
        {
            Wanted[column] = true;
        }
    }

    public int LocationId { get; }

    public int LocationName { get; }

    public int ServiceGroup { get; }

    public int Domain { get; }

    /// <summary>The domain column's name as the file has it: <c>Domain</c>, or <c>Key Question</c> in older files.</summary>
    public string DomainHeader { get; }

    public int LatestRating { get; }

    public int PublicationDate { get; }

    public int ProviderId { get; }

    public int ProviderName { get; }

    /// <summary>Which columns are read; the others are skipped.</summary>
    public bool[] Wanted { get; }

    /// <summary>Whether the header row is that of a Locations sheet: a <c>Location ID</c> and a <c>Domain</c> or <c>Key Question</c> column.</summary>
    public static bool IsRatingsHeader(SheetRow header)
    {
        var names = Names(header);
        return names.ContainsKey(LocationIdName) && (names.ContainsKey(DomainName) || names.ContainsKey(KeyQuestionName));
    }

    /// <summary>Finds the used columns; a missing or repeated one is an error for the whole file, reported on the header's line.</summary>
    public static CqcColumns Resolve(SheetRow header, string file)
    {
        var names = Names(header);
        var errors = new List<InputError>();
        var domain = names.ContainsKey(DomainName) || !names.ContainsKey(KeyQuestionName) ? DomainName : KeyQuestionName;
        foreach (var name in new[] { LocationIdName, LocationNameName, ServiceGroupName, domain, LatestRatingName, PublicationDateName, ProviderIdName, ProviderNameName })
        {
            if (!names.TryGetValue(name, out var column))
            {
                var reason = name == DomainName ? $"required column is missing (older files call it '{KeyQuestionName}')" : "required column is missing";
                errors.Add(new InputError(file, header.Line, name, reason));
            }
            else if (Enumerable.Range(column + 1, header.Count - column - 1).Any(c => Same(header.Text(c), name)))
            {
                errors.Add(new InputError(file, header.Line, name, "the column appears more than once"));
            }
        }

        return errors.Count > 0 ? throw new InvalidInputException(errors) : new CqcColumns(names, domain);
    }

    /// <summary>Each header name (trimmed) and its first column.</summary>
    private static Dictionary<string, int> Names(SheetRow header)
    {
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < header.Count; c++)
        {
            var name = header.Text(c).Trim();
            if (name.Length > 0)
            {
                names.TryAdd(name, c);
            }
        }

        return names;
    }

    private static bool Same(string text, string name) => string.Equals(text.Trim(), name, StringComparison.OrdinalIgnoreCase);
}
