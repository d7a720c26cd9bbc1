using LocalCare.Core.Organisation;

namespace LocalCare.Core.Generation;

/// <summary>
/// Generates realistic operational extracts (data-contract.md) for an organisation: referrals and their contacts,
/// the activity plan, workforce, incidents, experience and virtual-ward beds. Pure and deterministic: the same units
/// and settings give the same records in the same order. Care records are generated in partitions (one month's
/// referrals to one service, with their whole episodes), each with its own random stream, so partitions can be
/// generated in parallel and still be written in partition order.
/// </summary>
public sealed partial class ExtractGenerator
{
    /// <summary>Demand grows by this share a year; the middle of the range is at the requested volume.</summary>
    private const double AnnualGrowth = 0.015;

    /// <summary>
    /// Care is simulated from this many months before the first month, so the first month already has a full caseload
    /// and waiting list: referrals received earlier that are still open then are written too (with the contact that
    /// stopped their waiting clock, if any), as a real cumulative extract holds them.
    /// </summary>
    private const int WarmUpMonths = 24;

    // Sunday first, as DayOfWeek counts.
    private static readonly double[] WorkingWeek = [0.06, 1.25, 1.12, 1.08, 1.05, 1.0, 0.1];
    private static readonly double[] SevenDayWeek = [0.8, 1.1, 1.05, 1.05, 1.05, 1.05, 0.85];
    private static readonly double[] SchoolTerm = [1.05, 1.0, 1.05, 0.9, 1.02, 1.05, 0.85, 0.6, 1.08, 1.05, 1.1, 0.85];
    private static readonly double[] SchoolOnly = [1.1, 1.05, 1.15, 0.75, 1.1, 1.15, 0.7, 0.1, 1.2, 1.15, 1.2, 0.85];

    private readonly ServiceModel[] _services;
    private readonly WorkingCalendar _calendar;
    private readonly int _warmUpDay;
    private readonly int _firstDay;
    private readonly int _lastDay;
    private readonly DateTime _start;
    private readonly int _horizonDay;
    private readonly double _middleDay;

    public ExtractGenerator(IReadOnlyList<OrganisationUnit> units, GenerationSettings settings)
    {
        settings.Validate();
        Units = units;
        Settings = settings;
        _warmUpDay = settings.FirstMonth.AddMonths(-WarmUpMonths).FirstDay.DayNumber;
        _firstDay = settings.FirstMonth.FirstDay.DayNumber;
        _lastDay = settings.LastMonth.LastDay.DayNumber;
        _start = settings.FirstMonth.FirstDay.ToDateTime(TimeOnly.MinValue);
        _horizonDay = _lastDay + FutureDays;
        _middleDay = (_firstDay + _lastDay) / 2.0;
        _calendar = new WorkingCalendar(DateOnly.FromDayNumber(_warmUpDay), DateOnly.FromDayNumber(_horizonDay + 40));

        // By code, so the same organisation gives the same records whatever order its units come in.
        var neighbourhoods = units.Where(u => u.Kind == UnitKind.Neighbourhood).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var services = units.Where(u => u.Kind == UnitKind.Service).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var profiles = services.Select(ServiceProfiles.For).ToList();
        var totalWeight = profiles.Sum(p => p.Weight);
        _services = services
            .Select((s, i) => new ServiceModel(s, i + 1, profiles[i], Catchment.For(s, neighbourhoods), settings.ContactsPerYear * profiles[i].Weight / totalWeight))
            .ToArray();
        foreach (var service in _services)
        {
            service.MeanIntensity = MeanIntensity(service);
        }

        Months = Enumerable.Range(0, settings.MonthCount).Select(settings.FirstMonth.AddMonths).ToList();
        CarePartitions = Enumerable.Range(-WarmUpMonths, WarmUpMonths + settings.MonthCount)
            .Select(settings.FirstMonth.AddMonths)
            .SelectMany(m => _services.Select(s => new CarePartition(m, s.Ordinal - 1, s.Code)))
            .ToList();
    }

    /// <summary>Appointments are booked up to this many days after the last month (attendance 0, future).</summary>
    public const int FutureDays = 28;

    /// <summary>The organisation's units, as given (organisation.csv is written from them).</summary>
    public IReadOnlyList<OrganisationUnit> Units { get; }

    public GenerationSettings Settings { get; }

    /// <summary>The months generated, first to last.</summary>
    public IReadOnlyList<YearMonth> Months { get; }

    /// <summary>
    /// The units of care generation, in output order: month by month, the organisation's services by code within each
    /// month. The first months are before <see cref="GenerationSettings.FirstMonth"/>: their batches hold only the referrals still open at its start.
    /// </summary>
    public IReadOnlyList<CarePartition> CarePartitions { get; }

    /// <summary>Every care partition generated in order, one after another.</summary>
    public IEnumerable<CareBatch> Care() => CarePartitions.Select(GenerateCare);

    public IEnumerable<GeneratedReferral> Referrals() => Care().SelectMany(b => b.Referrals);

    public IEnumerable<GeneratedContact> Contacts() => Care().SelectMany(b => b.Contacts);

    private static double DayOfYearAngle(int day) => 2 * Math.PI * (DateOnly.FromDayNumber(day).DayOfYear - 15) / 365.25;

    /// <summary>Demand this day relative to an average day: growth, season, day of the week and holidays.</summary>
    private double Intensity(ServiceModel service, int day)
    {
        var profile = service.Profile;
        var trend = 1 + (AnnualGrowth * (day - _middleDay) / 365.25);
        var season = profile.Season switch
        {
            Seasonality.SchoolTerm => SchoolTerm[DateOnly.FromDayNumber(day).Month - 1],
            Seasonality.SchoolOnly => SchoolOnly[DateOnly.FromDayNumber(day).Month - 1],
            _ => 1 + (profile.WinterAmplitude * Math.Cos(DayOfYearAngle(day))),
        };

        var weekday = (profile.SevenDay || profile.CrisisShare > 0 ? SevenDayWeek : WorkingWeek)[(int)DateOnly.FromDayNumber(day).DayOfWeek];
        if (_calendar.IsChristmasClosure(day))
        {
            weekday = profile.SevenDay ? 0.5 : 0.03;
        }
        else if (_calendar.IsBankHoliday(day))
        {
            weekday = profile.SevenDay ? 0.8 : 0.06;
        }
        else if (_calendar.IsFestive(day))
        {
            weekday *= 0.75;
        }

        return trend * season * weekday;
    }

    private double MeanIntensity(ServiceModel service)
    {
        var total = 0.0;
        for (var day = _firstDay; day <= _lastDay; day++)
        {
            total += Intensity(service, day);
        }

        return total / (_lastDay - _firstDay + 1);
    }
}

/// <summary>One month's referrals to one service: the unit of care generation.</summary>
/// <param name="Month">The month the referrals are received in.</param>
/// <param name="ServiceIndex">Position among the organisation's services in code order (0-based).</param>
/// <param name="ServiceCode">The service's code.</param>
public readonly record struct CarePartition(YearMonth Month, int ServiceIndex, string ServiceCode);

/// <summary>The referrals received in one partition, in the order received, and all their contacts (each referral's in date order).</summary>
public sealed record CareBatch(CarePartition Partition, IReadOnlyList<GeneratedReferral> Referrals, IReadOnlyList<GeneratedContact> Contacts);
