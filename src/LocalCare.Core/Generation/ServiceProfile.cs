namespace LocalCare.Core.Generation;

/// <summary>How a kind of service behaves in the generated data: its share of activity, episodes, waits, outcomes and staffing.</summary>
internal sealed record ServiceProfile
{
    /// <summary>Relative share of the LCO's contacts.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Mean diary appointments per referral (of every outcome), at least 1.</summary>
    public double MeanContacts { get; init; } = 4;

    /// <summary>Mean days between appointments of an episode.</summary>
    public double IntervalDays { get; init; } = 14;

    /// <summary>Works weekends and bank holidays (fewer contacts then); otherwise Monday to Friday.</summary>
    public bool SevenDay { get; init; }

    /// <summary>Median days from a routine referral to its first appointment.</summary>
    public double RoutineWaitDays { get; init; } = 35;

    /// <summary>Share of routine referrals that wait very long (29 to 69 weeks): the waiting list's tail.</summary>
    public double LongWaitShare { get; init; } = 0.001;

    public double UrgentShare { get; init; } = 0.1;

    /// <summary>Share of referrals that are crisis referrals (responded to within 2 hours).</summary>
    public double CrisisShare { get; init; }

    /// <summary>Share of appointments the person does not attend (code 3).</summary>
    public double DnaShare { get; init; } = 0.06;

    /// <summary>Share of past appointments never outcomed (null).</summary>
    public double NotOutcomedShare { get; init; } = 0.09;

    public double TelephoneShare { get; init; } = 0.08;

    public double VideoShare { get; init; } = 0.02;

    /// <summary>Mean minutes of an attended face-to-face contact.</summary>
    public double MeanMinutes { get; init; } = 40;

    /// <summary>Cares for people at home (pressure ulcers, falls, What Matters to Me, Quality Care Rounds).</summary>
    public bool HomeCare { get; init; }

    /// <summary>Children's services follow school terms instead of winter pressures.</summary>
    public Seasonality Season { get; init; } = Seasonality.Winter;

    /// <summary>How much higher demand is in mid-winter than on average (0.1 = 10%).</summary>
    public double WinterAmplitude { get; init; } = 0.08;

    /// <summary>Contacts a year per budgeted whole-time equivalent.</summary>
    public double ContactsPerWte { get; init; } = 420;

    /// <summary>A Hospital at Home virtual ward (daily bed state).</summary>
    public bool VirtualWard { get; init; }

    public double WithdrawnShare { get; init; } = 0.03;
}

/// <summary>The shape of a service's demand over the year.</summary>
internal enum Seasonality
{
    /// <summary>Peaks in January.</summary>
    Winter,

    /// <summary>Lower in school holidays, lowest in August.</summary>
    SchoolTerm,

    /// <summary>Almost nothing outside term time (school nursing, healthy schools).</summary>
    SchoolOnly,
}
