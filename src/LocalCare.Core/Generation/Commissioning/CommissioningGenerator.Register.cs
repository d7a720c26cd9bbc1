using System.Globalization;

namespace LocalCare.Core.Generation.Commissioning;

/// <summary>The provider register, their CQC locations and the locations CQC rates that the register does not hold.</summary>
public sealed partial class CommissioningGenerator
{
    private const string CqcRegion = "North West";
    private const string OdsChars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    /// <summary>The LCO's own area on CQC's file (the ONSPD and commissioning codes of the demo city's ICB sub-location; the import ignores them).</summary>
    private static readonly Area HomeArea = new("", "M", [4, 8, 9, 11, 12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23, 40], CqcRegion, CqcRegion, "E38000217", "NHS Greater Manchester ICB - 14L", "14L");

    /// <summary>Other local authorities in CQC's file: neighbours (where some contracted providers are based) and the rest of England.</summary>
    private static readonly Area[] OtherAreas =
    [
        new("Salford", "M", [5, 6, 7, 27, 28, 30], CqcRegion, CqcRegion, "E38000143", "NHS Greater Manchester ICB - 01G", "01G"),
        new("Trafford", "M", [31, 32, 33, 41], CqcRegion, CqcRegion, "E38000187", "NHS Greater Manchester ICB - 02A", "02A"),
        new("Stockport", "SK", [1, 2, 3, 4, 5, 6, 7, 8], CqcRegion, CqcRegion, "E38000174", "NHS Greater Manchester ICB - 01W", "01W"),
        new("Tameside", "OL", [5, 6, 7], CqcRegion, CqcRegion, "E38000182", "NHS Greater Manchester ICB - 01Y", "01Y"),
        new("Oldham", "OL", [1, 2, 4, 8, 9], CqcRegion, CqcRegion, "E38000135", "NHS Greater Manchester ICB - 00Y", "00Y"),
        new("Bury", "BL", [0, 8, 9], CqcRegion, CqcRegion, "E38000024", "NHS Greater Manchester ICB - 00V", "00V"),
        new("Leeds", "LS", [1, 6, 7, 8, 11, 12, 15, 17], "Yorkshire and The Humber", "North East and Yorkshire", "E38000225", "NHS West Yorkshire ICB - 15F", "15F"),
        new("Liverpool", "L", [4, 6, 8, 11, 13, 15, 18, 25], CqcRegion, CqcRegion, "E38000101", "NHS Cheshire and Merseyside ICB - 99A", "99A"),
        new("Birmingham", "B", [5, 8, 13, 14, 17, 20, 23, 29], "West Midlands", "Midlands", "E38000220", "NHS Birmingham and Solihull ICB - 15E", "15E"),
        new("Bristol", "BS", [3, 4, 5, 6, 7, 9, 13, 16], "South West", "South West", "E38000222", "NHS Bristol, North Somerset and South Gloucestershire ICB - 15C", "15C"),
    ];

    private static readonly string[] PopulationGroups =
    [
        "Older people", "People with long term conditions", "Families, children and young people",
        "Working age people (including those recently retired and students)", "People whose circumstances may make them vulnerable",
        "People experiencing poor mental health (including people with dementia)",
    ];

    private List<ProviderModel> Register()
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, RegisterStream, 0));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var groups = Enumerable.Range(0, Math.Max(2, ProviderCount / 15))
            .Select(_ => $"{Pick(random, CommissioningNames.Words)} {Pick(random, (string[])["Care Group", "Healthcare", "Living", "Care Homes", "Support"])} Ltd")
            .Distinct(StringComparer.Ordinal)
            .Select(name => (Name: name, Id: NewId(random, ids)))
            .ToList();
        var span = _last.DayNumber - _first.DayNumber;
        var startShare = 1 / (1 + (Settings.MonthCount / 12.0 / 6));
        var providers = new List<ProviderModel>(ProviderCount);
        for (var i = 1; i <= ProviderCount; i++)
        {
            var type = ProviderServiceTypes.All[random.Pick(ServiceTypeMix)];
            var careHome = ProviderServiceTypes.IsCareHome(type);
            int? beds = type switch
            {
                ProviderServiceTypes.CareHomeNursing => random.Next(30, 91),
                ProviderServiceTypes.CareHomeResidential => random.Next(20, 76),
                _ => null,
            };
            var local = random.Chance(careHome ? 0.88 : 0.82);
            var neighbourhood = local && _neighbourhoods.Length > 0 && (careHome || random.Chance(0.85)) ? random.Next(_neighbourhoods.Length) : -1;
            var places = neighbourhood >= 0 && _placesByNeighbourhood[neighbourhood].Length > 0 ? _placesByNeighbourhood[neighbourhood] : _places;
            var name = UniqueName(random, type, places, names, i);
            var registered = random.Chance(type switch
            {
                ProviderServiceTypes.DayService => 0.2,
                ProviderServiceTypes.Other => 0.25,
                _ => 0.97,
            });
            var locationId = registered ? NewId(random, ids) : null;

            // Part of the market is there before the first month; the rest enters over the years (at least three months before the last),
            // about as fast as providers leave, so the market keeps its size: with providers staying about six years, the share
            // there at the start is 1 / (1 + years / 6).
            var entry = random.Chance(startShare)
                ? _first.AddDays(-random.Next(1, 5 * 365))
                : _first.AddDays((int)random.Uniform(0, Math.Max(0, span - 90)));
            if (random.Chance(0.75))
            {
                entry = new DateOnly(entry.Year, entry.Month, 1);
            }

            var quality = 0.9 * random.Normal();
            var slope = 0.08 * random.Normal();
            var value = BaseValue(random, type, beds ?? 0);
            var row = new ProviderRow(ProviderCode(i), name, locationId, type, beds, neighbourhood >= 0 ? _neighbourhoods[neighbourhood].Code : null, local);
            var provider = new ProviderModel(i, row, quality, slope, entry, value);
            if (locationId is not null)
            {
                var group = random.Chance(careHome ? 0.4 : 0.25) ? groups[random.Next(groups.Count)] : (Name: $"{name} Ltd", Id: NewId(random, ids));
                var area = local ? HomeArea with { Name = _localAuthority } : OtherAreas[random.Next(6)];
                provider.Location = Location(random, locationId, name, careHome, area, places, group.Id, group.Name);
            }

            providers.Add(provider);
        }

        // A few community services are rated per service at their latest inspection, their Overall left unrated.
        var multiService = providers
            .Where(p => p.Location is not null && p.Type is ProviderServiceTypes.Homecare or ProviderServiceTypes.SupportedLiving or ProviderServiceTypes.ExtraCare or ProviderServiceTypes.SharedLives)
            .ToList();
        foreach (var provider in multiService.OrderBy(_ => random.Next()).Take(Math.Max(2, multiService.Count / 25)))
        {
            provider.ServiceGroups = provider.Type switch
            {
                ProviderServiceTypes.SupportedLiving => ["Supported living", "Homecare agencies"],
                ProviderServiceTypes.ExtraCare => ["Extra Care housing services", "Homecare agencies"],
                ProviderServiceTypes.SharedLives => ["Shared Lives", "Homecare agencies"],
                _ => ["Homecare agencies", "Supported living"],
            };
        }

        return providers;
    }

    private static string ProviderCode(int ordinal) => string.Create(CultureInfo.InvariantCulture, $"PRV{ordinal:0000}");

    /// <summary>A CQC id: <c>1-</c> and 9 or 10 digits, unique among the ids drawn.</summary>
    private static string NewId(Random random, HashSet<string> ids)
    {
        while (true)
        {
            long number = random.Chance(0.6) ? 100_000_000 + random.Next(900_000_000) : 1_000_000_000L + random.Next(1_100_000_000);
            var id = string.Create(CultureInfo.InvariantCulture, $"1-{number}");
            if (ids.Add(id))
            {
                return id;
            }
        }
    }

    private static string UniqueName(Random random, string type, string[] places, HashSet<string> names, int ordinal)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var name = NameFor(random, type, places);
            if (names.Add(name))
            {
                return name;
            }
        }

        var numbered = string.Create(CultureInfo.InvariantCulture, $"{NameFor(random, type, places)} ({ordinal})");
        names.Add(numbered);
        return numbered;
    }

    private static string NameFor(Random random, string type, string[] places)
    {
        var word = Pick(random, CommissioningNames.Words);
        var place = Pick(random, places);
        return type switch
        {
            ProviderServiceTypes.CareHomeNursing => random.Chance(0.4) ? $"{word} {Pick(random, CommissioningNames.CareHomePlaces)} Nursing Home" : $"{word} {Pick(random, CommissioningNames.CareHomePlaces)}",
            ProviderServiceTypes.CareHomeResidential => $"{word} {Pick(random, CommissioningNames.CareHomePlaces)}",
            ProviderServiceTypes.Homecare => Pick(random, (string[])[$"{word} Home Care", $"{place} Homecare", $"{word} Care at Home", $"{place} Home Support"]),
            ProviderServiceTypes.SupportedLiving => Pick(random, (string[])[$"{word} Supported Living", $"{word} Housing and Support", $"{place} Supported Living"]),
            ProviderServiceTypes.DayService => Pick(random, (string[])[$"{place} Day Centre", $"{word} Day Opportunities"]),
            ProviderServiceTypes.ExtraCare => Pick(random, (string[])[$"{word} Court Extra Care", $"{place} Extra Care"]),
            ProviderServiceTypes.SharedLives => Pick(random, (string[])[$"{place} Shared Lives", $"{word} Shared Lives Scheme"]),
            _ => Pick(random, (string[])[$"{word} Advocacy", $"{place} Carers Centre", $"{word} Community Support"]),
        };
    }

    /// <summary>Annual contract value at <see cref="PriceYear"/> prices, from beds, weekly hours or people supported and the going rates.</summary>
    private static double BaseValue(Random random, string type, int beds) => type switch
    {
        ProviderServiceTypes.CareHomeNursing => beds * random.Uniform(0.45, 0.85) * random.Uniform(880, 1150) * WeeksPerYear,
        ProviderServiceTypes.CareHomeResidential => beds * random.Uniform(0.4, 0.8) * random.Uniform(650, 880) * WeeksPerYear,
        ProviderServiceTypes.Homecare => Math.Clamp(random.LogNormal(700, 0.7), 80, 6000) * random.Uniform(20.5, 24.5) * WeeksPerYear,
        ProviderServiceTypes.SupportedLiving => Math.Clamp(random.LogNormal(18, 0.6), 3, 120) * random.Uniform(900, 1700) * WeeksPerYear,
        ProviderServiceTypes.DayService => Math.Clamp(random.LogNormal(250_000, 0.6), 40_000, 1_500_000),
        ProviderServiceTypes.ExtraCare => Math.Clamp(random.LogNormal(600_000, 0.5), 150_000, 2_500_000),
        ProviderServiceTypes.SharedLives => Math.Clamp(random.LogNormal(250_000, 0.5), 60_000, 900_000),
        _ => Math.Clamp(random.LogNormal(180_000, 0.8), 20_000, 2_000_000),
    };

    private static CqcLocation Location(
        Random random, string id, string name, bool careHome, Area area, string[] places, string providerId, string providerName)
    {
        var category = careHome ? "Residential social care" : "Community based adult social care services";
        return NewLocation(random, id, name, careHome, "Social Care Org", category, area, places, providerId, providerName);
    }

    private static CqcLocation NewLocation(
        Random random, string id, string name, bool careHome, string locationType, string category, Area area, string[] places, string providerId, string providerName)
    {
        var ods = string.Create(5, random, static (span, r) =>
        {
            span[0] = 'V';
            for (var i = 1; i < span.Length; i++)
            {
                span[i] = OdsChars[r.Next(OdsChars.Length)];
            }
        });
        var street = string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 250)} {Pick(random, CommissioningNames.Words)} {Pick(random, CommissioningNames.Streets)}");
        var line2 = area.Name.Length > 0 && random.Chance(0.5) ? Pick(random, places) : null;
        var postcode = string.Create(CultureInfo.InvariantCulture,
            $"{area.PostcodeArea}{Pick(random, area.Districts)} {random.Next(1, 10)}{OdsChars[random.Next(24)]}{OdsChars[random.Next(24)]}");
        return new CqcLocation(
            id, ods, name, careHome, locationType, category, street, line2, area.Name, postcode, area.Name, area.Region, area.NhsRegion,
            area.OnspdCcgCode, area.CcgName, area.CommissioningCode, area.CcgName, providerId, providerName);
    }

    /// <summary>
    /// Locations CQC rates that are not in the register: care homes and homecare agencies in the area the LCO does not contract with,
    /// GP practices (rated per population group too) and services elsewhere in England.
    /// </summary>
    private List<CqcRatingRow> OtherLocations(List<ProviderModel> providers)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, OtherLocationStream, 0));
        var ids = new HashSet<string>(providers.SelectMany(p => p.Location is { } l ? [l.LocationId, l.ProviderId] : Array.Empty<string>()), StringComparer.Ordinal);
        var names = new HashSet<string>(providers.Select(p => p.Row.Name), StringComparer.Ordinal);
        var count = Math.Max(10, providers.Count * 2 / 5);
        var rows = new List<CqcRatingRow>();
        for (var i = 0; i < count; i++)
        {
            var kind = random.NextDouble();
            var home = kind < 0.55;
            var area = home ? HomeArea with { Name = _localAuthority } : OtherAreas[random.Next(OtherAreas.Length)];
            var places = home ? _places : CommissioningNames.FallbackPlaces;
            var id = NewId(random, ids);
            var providerId = NewId(random, ids);
            CqcLocation location;
            string[]? populationGroups = null;
            if (kind is >= 0.35 and < 0.55)
            {
                var name = $"{Pick(random, places)} {Pick(random, (string[])["Medical Practice", "Surgery", "Health Centre", "Family Practice"])}";
                location = NewLocation(random, id, name, false, "Primary Medical Services", "GP Practices", area, places, providerId, name);
                populationGroups = PopulationGroups;
            }
            else
            {
                var type = random.Chance(0.5) ? ProviderServiceTypes.CareHomeResidential : ProviderServiceTypes.Homecare;
                var name = UniqueName(random, type, places, names, 1000 + i);
                location = Location(random, id, name, type == ProviderServiceTypes.CareHomeResidential, area, places, providerId, $"{name} Ltd");
            }

            var quality = 0.9 * random.Normal();
            var publication = _first.AddDays(-random.Next(0, 1500));
            while (publication <= _last)
            {
                var overall = Publish(random, location, CqcDomains.Overall, quality, publication, inherited: false, rows);
                if (populationGroups is not null)
                {
                    foreach (var group in populationGroups)
                    {
                        rows.Add(new CqcRatingRow(location, group, CqcDomains.Overall, random.Chance(0.8) ? overall : DomainRating(random, quality), publication, false));
                    }
                }

                publication = publication.AddDays(NextInspection(random, overall));
            }
        }

        return rows;
    }

    /// <summary>An area on CQC's file: its local authority (and city), postcodes, regions and CCG codes.</summary>
    private sealed record Area(
        string Name, string PostcodeArea, int[] Districts, string Region, string NhsRegion, string OnspdCcgCode, string CcgName, string CommissioningCode);
}
