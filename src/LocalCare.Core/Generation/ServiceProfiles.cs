using LocalCare.Core.Organisation;

namespace LocalCare.Core.Generation;

/// <summary>
/// The profile of each service: a default per service group, refined for the services of the demo organisation by
/// their codes (prefixes, so CRISIS-N, CRISIS-C and CRISIS-S share one). Any organisation works; unknown codes take their group's default.
/// </summary>
internal static class ServiceProfiles
{
    private static readonly ServiceProfile Children = new()
    {
        Weight = 1.0,
        MeanContacts = 4,
        IntervalDays = 28,
        RoutineWaitDays = 42,
        LongWaitShare = 0.0015,
        UrgentShare = 0.08,
        DnaShare = 0.08,
        TelephoneShare = 0.1,
        VideoShare = 0.05,
        MeanMinutes = 40,
        Season = Seasonality.SchoolTerm,
        ContactsPerWte = 480,
    };

    private static readonly ServiceProfile Locality = new()
    {
        Weight = 1.5,
        MeanContacts = 8,
        IntervalDays = 3,
        SevenDay = true,
        RoutineWaitDays = 7,
        LongWaitShare = 0,
        UrgentShare = 0.4,
        DnaShare = 0.02,
        TelephoneShare = 0.06,
        VideoShare = 0.01,
        MeanMinutes = 40,
        HomeCare = true,
        WinterAmplitude = 0.15,
        ContactsPerWte = 380,
    };

    private static readonly ServiceProfile Citywide = new()
    {
        Weight = 1.0,
        MeanContacts = 5,
        IntervalDays = 21,
        RoutineWaitDays = 42,
        LongWaitShare = 0.0015,
        UrgentShare = 0.1,
        DnaShare = 0.08,
        TelephoneShare = 0.1,
        VideoShare = 0.04,
        MeanMinutes = 35,
        ContactsPerWte = 560,
    };

    private static readonly ServiceProfile AdultSocialCare = new()
    {
        Weight = 1.0,
        MeanContacts = 5,
        IntervalDays = 14,
        RoutineWaitDays = 21,
        LongWaitShare = 0.001,
        UrgentShare = 0.2,
        DnaShare = 0.03,
        TelephoneShare = 0.2,
        VideoShare = 0.02,
        MeanMinutes = 55,
        HomeCare = true,
        ContactsPerWte = 260,
    };

    private static readonly ServiceProfile Neighbourhood = new()
    {
        Weight = 4.0,
        MeanContacts = 10,
        IntervalDays = 4,
        SevenDay = true,
        RoutineWaitDays = 4,
        LongWaitShare = 0,
        UrgentShare = 0.4,
        DnaShare = 0.02,
        TelephoneShare = 0.05,
        VideoShare = 0.01,
        MeanMinutes = 35,
        HomeCare = true,
        WinterAmplitude = 0.12,
        ContactsPerWte = 420,
    };

    private static readonly ServiceProfile VirtualWard = new()
    {
        Weight = 0.6,
        MeanContacts = 8,
        IntervalDays = 1,
        SevenDay = true,
        LongWaitShare = 0,
        UrgentShare = 0.7,
        CrisisShare = 0.3,
        DnaShare = 0.005,
        TelephoneShare = 0.1,
        VideoShare = 0.05,
        MeanMinutes = 45,
        HomeCare = true,
        WinterAmplitude = 0.18,
        ContactsPerWte = 300,
        VirtualWard = true,
        WithdrawnShare = 0,
    };

    /// <summary>Refinements by code prefix, longest prefix first where two overlap (MCR-D2A before MCR).</summary>
    private static readonly (string Prefix, Func<ServiceProfile, ServiceProfile> Refine)[] ByCode =
    [
        ("CYP-HV", p => p with { Weight = 5.0, MeanContacts = 6, IntervalDays = 56, RoutineWaitDays = 10, LongWaitShare = 0, UrgentShare = 0.03, DnaShare = 0.06, MeanMinutes = 45, HomeCare = true, Season = Seasonality.Winter, WinterAmplitude = 0.03 }),
        ("CYP-CCNT", p => p with { Weight = 1.2, MeanContacts = 6, IntervalDays = 4, SevenDay = true, RoutineWaitDays = 3, LongWaitShare = 0, UrgentShare = 0.5, DnaShare = 0.03, HomeCare = true, Season = Seasonality.Winter, WinterAmplitude = 0.12 }),
        ("CYP-VBS", p => p with { Weight = 0.5, MeanContacts = 8, IntervalDays = 14, RoutineWaitDays = 7, LongWaitShare = 0, UrgentShare = 0.3, HomeCare = true }),
        ("CYP-SCHOOL-HEALTH", p => p with { Weight = 2.5, MeanContacts = 3, IntervalDays = 60, RoutineWaitDays = 21, LongWaitShare = 0, Season = Seasonality.SchoolOnly, MeanMinutes = 25 }),
        ("CYP-HEALTHY-SCHOOLS", p => p with { Weight = 0.4, MeanContacts = 2, IntervalDays = 90, RoutineWaitDays = 30, LongWaitShare = 0, UrgentShare = 0, Season = Seasonality.SchoolOnly }),
        ("CYP-PAEDS", p => p with { Weight = 1.2, MeanContacts = 3, IntervalDays = 120, RoutineWaitDays = 90, LongWaitShare = 0.006, DnaShare = 0.1, MeanMinutes = 60 }),
        ("CYP-SALT", p => p with { Weight = 1.5, MeanContacts = 6, IntervalDays = 21, RoutineWaitDays = 80, LongWaitShare = 0.005, DnaShare = 0.09 }),
        ("CYP-PHYSIO", p => p with { Weight = 0.8, MeanContacts = 5, IntervalDays = 21, RoutineWaitDays = 50 }),
        ("CYP-OT", p => p with { Weight = 0.8, MeanContacts = 5, IntervalDays = 21, RoutineWaitDays = 50 }),
        ("CYP-AUDIO", p => p with { Weight = 0.9, MeanContacts = 3, IntervalDays = 60, RoutineWaitDays = 45, LongWaitShare = 0.0025 }),
        ("CYP-ORTHOPTICS", p => p with { Weight = 0.6, MeanContacts = 3, IntervalDays = 90, RoutineWaitDays = 40 }),
        ("CRISIS", p => p with { Weight = 1.0, MeanContacts = 4, IntervalDays = 1, UrgentShare = 0, CrisisShare = 1, DnaShare = 0.01, MeanMinutes = 60, WithdrawnShare = 0, WinterAmplitude = 0.2 }),
        ("HOME-PATH", p => p with { Weight = 1.5, MeanContacts = 8, IntervalDays = 2, UrgentShare = 0.5 }),
        ("MCR-D2A", p => p with { Weight = 1.2, MeanContacts = 10, IntervalDays = 2, UrgentShare = 0.7, RoutineWaitDays = 3 }),
        ("MCR-ICT", p => p with { Weight = 2.2, MeanContacts = 12, IntervalDays = 2.5, UrgentShare = 0.5 }),
        ("MCR", p => p with { Weight = 1.2, MeanContacts = 4, IntervalDays = 2, UrgentShare = 0.6, TelephoneShare = 0.3, RoutineWaitDays = 3 }),
        ("CHD-HF", p => p with { Weight = 0.8, MeanContacts = 6, IntervalDays = 21, SevenDay = false, RoutineWaitDays = 35, LongWaitShare = 0.001, UrgentShare = 0.15, DnaShare = 0.07, HomeCare = false }),
        ("DIABETES", p => p with { Weight = 1.0, MeanContacts = 5, IntervalDays = 42, SevenDay = false, RoutineWaitDays = 42, LongWaitShare = 0.0015, UrgentShare = 0.05, DnaShare = 0.09, HomeCare = false }),
        ("LOWER-LIMB", p => p with { Weight = 1.4, MeanContacts = 12, IntervalDays = 7, SevenDay = false, RoutineWaitDays = 14, UrgentShare = 0.2, DnaShare = 0.04 }),
        ("AAA", p => p with { Weight = 0.35, MeanContacts = 1, RoutineWaitDays = 60, LongWaitShare = 0.001, UrgentShare = 0, DnaShare = 0.12, MeanMinutes = 20, WinterAmplitude = 0 }),
        ("DENTAL", p => p with { Weight = 2.0, MeanContacts = 4, IntervalDays = 28, RoutineWaitDays = 70, LongWaitShare = 0.004, DnaShare = 0.1, MeanMinutes = 30 }),
        ("COMPLEX-NEEDS", p => p with { Weight = 0.8, MeanContacts = 10, IntervalDays = 14, RoutineWaitDays = 21, HomeCare = true }),
        ("EPP", p => p with { Weight = 0.3, MeanContacts = 6, IntervalDays = 7, RoutineWaitDays = 30, LongWaitShare = 0, UrgentShare = 0, MeanMinutes = 90 }),
        ("IV", p => p with { Weight = 1.3, MeanContacts = 10, IntervalDays = 1, SevenDay = true, RoutineWaitDays = 1, LongWaitShare = 0, UrgentShare = 0.8, DnaShare = 0.01, HomeCare = true, WinterAmplitude = 0.12 }),
        ("MCM", p => p with { Weight = 1.6, MeanContacts = 10, IntervalDays = 21, RoutineWaitDays = 14, LongWaitShare = 0, UrgentShare = 0.2, HomeCare = true, TelephoneShare = 0.25 }),
        ("MSK", p => p with { Weight = 3.5, MeanContacts = 5, IntervalDays = 14, RoutineWaitDays = 49, LongWaitShare = 0.003, DnaShare = 0.08, TelephoneShare = 0.15, VideoShare = 0.1 }),
        ("PODIATRY", p => p with { Weight = 3.0, MeanContacts = 7, IntervalDays = 42, RoutineWaitDays = 35, LongWaitShare = 0.002, DnaShare = 0.08, MeanMinutes = 30 }),
        ("NUTRITION", p => p with { Weight = 0.6, MeanContacts = 4, IntervalDays = 28, RoutineWaitDays = 35, TelephoneShare = 0.3 }),
        ("SICKLE-CELL", p => p with { Weight = 0.4, MeanContacts = 6, IntervalDays = 30, RoutineWaitDays = 14, LongWaitShare = 0 }),
        ("STROKE-NEURO", p => p with { Weight = 1.2, MeanContacts = 10, IntervalDays = 7, RoutineWaitDays = 14, LongWaitShare = 0, UrgentShare = 0.3, HomeCare = true, MeanMinutes = 50 }),
        ("ASC-REABLEMENT", p => p with { Weight = 3.0, MeanContacts = 15, IntervalDays = 1.5, SevenDay = true, RoutineWaitDays = 3, LongWaitShare = 0, UrgentShare = 0.6, DnaShare = 0.01, WinterAmplitude = 0.12, MeanMinutes = 45 }),
        ("ASC-ACM", p => p with { Weight = 2.5, MeanContacts = 4, IntervalDays = 21, RoutineWaitDays = 28, LongWaitShare = 0.0015, TelephoneShare = 0.3, MeanMinutes = 60 }),
        ("ASC-CATEC", p => p with { Weight = 1.5, MeanContacts = 4, IntervalDays = 30, SevenDay = true, RoutineWaitDays = 7, LongWaitShare = 0, UrgentShare = 0.3, TelephoneShare = 0.5, MeanMinutes = 30 }),
        ("ASC-MEAP", p => p with { Weight = 1.0, MeanContacts = 3, IntervalDays = 21, RoutineWaitDays = 35, LongWaitShare = 0.002, MeanMinutes = 45 }),
        ("ASC-SAFEGUARDING", p => p with { Weight = 0.9, MeanContacts = 4, IntervalDays = 7, RoutineWaitDays = 2, LongWaitShare = 0, UrgentShare = 0.7, TelephoneShare = 0.3 }),
        ("ASC-ILD", p => p with { Weight = 1.0, MeanContacts = 12, IntervalDays = 28, RoutineWaitDays = 21 }),
        ("ASC-DSAS", p => p with { Weight = 1.5, MeanContacts = 20, IntervalDays = 7, RoutineWaitDays = 28, TelephoneShare = 0.05, MeanMinutes = 90 }),
        ("ASC-BROKERAGE", p => p with { Weight = 0.6, MeanContacts = 3, IntervalDays = 14, RoutineWaitDays = 14, LongWaitShare = 0, TelephoneShare = 0.5, HomeCare = false }),
    ];

    public static ServiceProfile For(OrganisationUnit service)
    {
        var profile = service.ServiceGroup switch
        {
            ServiceGroup.Children => Children,
            ServiceGroup.Locality => Locality,
            ServiceGroup.AdultSocialCare => AdultSocialCare,
            ServiceGroup.Neighbourhood => Neighbourhood,
            ServiceGroup.VirtualWard => VirtualWard,
            _ => Citywide,
        };

        if (service.ServiceGroup != ServiceGroup.VirtualWard)
        {
            foreach (var (prefix, refine) in ByCode)
            {
                if (service.Code.StartsWith(prefix, StringComparison.Ordinal))
                {
                    profile = refine(profile);
                    break;
                }
            }
        }

        // Each service differs a little from its kind: volume ±15% and recording quality (not outcomed 5% to 14%).
        return profile with
        {
            Weight = profile.Weight * (0.85 + (0.3 * Seeds.Trait(service.Code, 1))),
            NotOutcomedShare = 0.05 + (0.09 * Seeds.Trait(service.Code, 2)),
        };
    }
}
