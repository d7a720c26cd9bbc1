using System.Globalization;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.Generation.Commissioning;

/// <summary>
/// Generates the commissioning files of commissioning.md for an organisation: the provider register and CQC's ratings of its
/// locations (with locations the register does not hold, as CQC's file covers all England), contracts and their monthly spend,
/// council quality audits and their actions, concerns, social value commitments, the budget per service and month, and the
/// Value for Patients schemes with their delivery. Pure and deterministic: the same units and settings give the same records.
/// About <see cref="ProvidersPerYear"/> providers a year of history, at most <see cref="MaxProviders"/>; providers enter and leave the market over the years.
/// </summary>
public sealed partial class CommissioningGenerator
{
    public const int ProvidersPerYear = 40;
    public const int MaxProviders = 400;
    public const int MinProviders = 10;

    /// <summary>Prices are quoted at this year's level and inflated by <see cref="AnnualInflation"/> a year.</summary>
    private const int PriceYear = 2024;
    private const double AnnualInflation = 0.035;
    private const double WeeksPerYear = 52.14;

    // Streams of Seeds.For(seed, Seeds.Commissioning, stream, index).
    private const int RegisterStream = 0;
    private const int ContractStream = 1;
    private const int AuditStream = 2;
    private const int ConcernStream = 3;
    private const int CqcStream = 4;
    private const int BudgetStream = 5;
    private const int VfpStream = 6;
    private const int OtherLocationStream = 7;

    private static readonly double[] ServiceTypeMix = Cumulative([0.22, 0.15, 0.25, 0.16, 0.08, 0.05, 0.04, 0.05]);

    private readonly DateOnly _first;
    private readonly DateOnly _last;
    private readonly OrganisationUnit[] _neighbourhoods;
    private readonly OrganisationUnit[] _localities;
    private readonly OrganisationUnit[] _services;
    private readonly string[][] _placesByNeighbourhood;
    private readonly string[] _places;
    private readonly string _localAuthority;

    public CommissioningGenerator(IReadOnlyList<OrganisationUnit> units, GenerationSettings settings)
    {
        settings.Validate();
        Units = units;
        Settings = settings;
        _first = settings.FirstMonth.FirstDay;
        _last = settings.LastMonth.LastDay;

        // By code, so the same organisation gives the same records whatever order its units come in.
        _neighbourhoods = [.. units.Where(u => u.Kind == UnitKind.Neighbourhood).OrderBy(u => u.Code, StringComparer.Ordinal)];
        _localities = [.. units.Where(u => u.Kind == UnitKind.Locality).OrderBy(u => u.Code, StringComparer.Ordinal)];
        _services = [.. units.Where(u => u.Kind == UnitKind.Service).OrderBy(u => u.Code, StringComparer.Ordinal)];
        _placesByNeighbourhood = [.. _neighbourhoods.Select(n => PlacesIn(n.Name))];
        _places = [.. _placesByNeighbourhood.SelectMany(p => p).Distinct(StringComparer.Ordinal)];
        if (_places.Length == 0)
        {
            _places = CommissioningNames.FallbackPlaces;
        }

        var lco = units.FirstOrDefault(u => u.Kind == UnitKind.Lco)?.Name ?? "Local";
        _localAuthority = lco.EndsWith(" Local Care Organisation", StringComparison.Ordinal) ? lco[..^" Local Care Organisation".Length] : lco;
        ProviderCount = ProvidersFor(settings);
    }

    public IReadOnlyList<OrganisationUnit> Units { get; }

    public GenerationSettings Settings { get; }

    /// <summary>Providers in the register: <see cref="ProvidersPerYear"/> a year of history, from <see cref="MinProviders"/> to <see cref="MaxProviders"/>.</summary>
    public int ProviderCount { get; }

    /// <summary>The last month of budget.csv: the March that ends the plan year after the last month generated, so there are always months with a budget and no actual yet.</summary>
    public YearMonth BudgetLastMonth => PlanYearStart(Settings.LastMonth.AddMonths(1)).AddMonths(11);

    public static int ProvidersFor(GenerationSettings settings) =>
        Math.Clamp((int)Math.Round(ProvidersPerYear * settings.MonthCount / 12.0), MinProviders, MaxProviders);

    /// <summary>The financial (plan) year a month is in, written as commissioning.md writes it: <c>2024/25</c>.</summary>
    public static string PlanYear(YearMonth month)
    {
        var start = PlanYearStart(month).Year;
        return string.Create(CultureInfo.InvariantCulture, $"{start}/{(start + 1) % 100:00}");
    }

    /// <summary>April of the plan year <paramref name="month"/> is in.</summary>
    public static YearMonth PlanYearStart(YearMonth month) => new(month.Month >= 4 ? month.Year : month.Year - 1, 4);

    /// <summary>Every record, each list in file order.</summary>
    public CommissioningRecords Generate()
    {
        var providers = Register();
        var contracts = new List<ContractRow>();
        var spend = new List<SpendRow>();
        var socialValue = new List<SocialValueRow>();
        var audits = new List<AuditRow>();
        var actions = new List<AuditActionRow>();
        var concerns = new List<ConcernRow>();
        var ratings = new List<CqcRatingRow>();
        var managers = People(new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, RegisterStream, 1)), 8);
        var auditors = People(new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, RegisterStream, 2)), 6);
        foreach (var provider in providers)
        {
            ContractsOf(provider, managers);
            contracts.AddRange(provider.Contracts);
            foreach (var contract in provider.Contracts)
            {
                SpendOf(contract, spend);
            }

            SocialValueOf(provider, socialValue);
            AuditsOf(provider, auditors, audits, actions);
            ConcernsOf(provider, concerns);
            if (provider.Location is { } location)
            {
                RatingsOf(provider, location, ratings);
            }
        }

        ratings.AddRange(OtherLocations(providers));
        var cqc = ratings
            .OrderBy(r => r.Location.LocationId, StringComparer.Ordinal)
            .ThenBy(r => r.PublicationDate)
            .ToList();
        var (schemes, delivery) = ValueForPatients();
        return new CommissioningRecords(
            [.. providers.Select(p => p.Row)],
            contracts,
            [.. spend.OrderBy(s => s.Month).ThenBy(s => s.ContractCode, StringComparer.Ordinal)],
            audits,
            actions,
            concerns,
            socialValue,
            Budget(),
            schemes,
            delivery,
            cqc);
    }

    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        var running = 0.0;
        return [.. weights.Select(w => (running += w) / total)];
    }

    /// <summary>The place names in a neighbourhood's name: "Moss Side, Hulme and Rusholme" gives Moss Side, Hulme and Rusholme.</summary>
    private static string[] PlacesIn(string name) =>
        [.. name.Split([", ", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 2 && p.All(c => char.IsLetter(c) || c is ' ' or '\'' or '-'))];

    private static string[] People(Random random, int count)
    {
        var names = new List<string>();
        while (names.Count < count)
        {
            var name = $"{Pick(random, CommissioningNames.FirstNames)} {Pick(random, CommissioningNames.LastNames)}";
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static decimal Money(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Moves a weekend date to the Monday after.</summary>
    private static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static double Inflation(DateOnly date) => Math.Pow(1 + AnnualInflation, date.Year - PriceYear);

    /// <summary>One provider while it is generated: its row, its quality over time and its contracts.</summary>
    private sealed class ProviderModel(int ordinal, ProviderRow row, double quality, double slope, DateOnly entry, double baseValue)
    {
        public int Ordinal { get; } = ordinal;

        public ProviderRow Row { get; set; } = row;

        public string Code => Row.ProviderCode;

        public string Type => Row.ServiceType;

        /// <summary>When its first contract starts.</summary>
        public DateOnly Entry { get; } = entry;

        /// <summary>Annual contract value at <see cref="PriceYear"/> prices.</summary>
        public double BaseValue { get; } = baseValue;

        public List<ContractRow> Contracts { get; } = [];

        public CqcLocation? Location { get; set; }

        /// <summary>Per-service rating (its Overall unrated) at its latest CQC publication: these two service groups.</summary>
        public string[]? ServiceGroups { get; set; }

        public DateOnly ContractsStart => Contracts.Min(c => c.StartDate);

        public DateOnly ContractsEnd => Contracts.Max(c => c.EndDate);

        /// <summary>How good the provider is (standard normal scale, higher is better) on a date: a trait that drifts over the years.</summary>
        public double QualityAt(DateOnly date, DateOnly origin) => Math.Clamp(quality + (slope * (date.DayNumber - origin.DayNumber) / 365.25), -3, 3);
    }
}
