namespace LocalCare.Core.Generation;

/// <summary>A row of referrals.csv. Times are UK local time.</summary>
public readonly record struct GeneratedReferral(
    RecordKey ReferralId,
    PersonKey PersonId,
    string ServiceCode,
    string? NeighbourhoodCode,
    DateTime ReceivedAt,
    Urgency Urgency,
    DateTime? DischargedAt);

/// <summary>A row of contacts.csv: one diary appointment. <c>Attendance</c> null = not outcomed; <c>DurationMinutes</c> only for attended contacts.</summary>
public readonly record struct GeneratedContact(
    RecordKey ContactId,
    RecordKey? ReferralId,
    PersonKey PersonId,
    string ServiceCode,
    string? NeighbourhoodCode,
    DateTime ScheduledAt,
    Attendance? Attendance,
    ContactMode ContactMode,
    int? DurationMinutes);

/// <summary>A row of activity_plan.csv.</summary>
public readonly record struct GeneratedPlanMonth(YearMonth Month, string ServiceCode, int PlannedContacts);

/// <summary>A row of workforce.csv: one service's workforce position at the end of a month.</summary>
public readonly record struct GeneratedWorkforceMonth(
    YearMonth Month,
    string ServiceCode,
    decimal BudgetedWte,
    decimal ContractedWte,
    int Headcount,
    int Leavers,
    decimal FteDaysAvailable,
    decimal FteDaysLostSickness,
    int AppraisalsDue,
    int AppraisalsCompleted);

/// <summary>A row of incidents.csv. <c>AcquiredInCare</c> is set for pressure ulcers only.</summary>
public readonly record struct GeneratedIncident(
    RecordKey IncidentId,
    DateTime OccurredAt,
    string ServiceCode,
    string? NeighbourhoodCode,
    IncidentCategory Category,
    IncidentGrade? Grade,
    bool? AcquiredInCare);

/// <summary>A row of experience.csv: wmtm and qcr scores 0..100, fft 1..6.</summary>
public readonly record struct GeneratedExperience(
    RecordKey ResponseId,
    DateOnly RespondedAt,
    string ServiceCode,
    string? NeighbourhoodCode,
    ExperienceInstrument Instrument,
    decimal Score);

/// <summary>A row of virtual_ward.csv: one Hospital at Home ward's beds on one day.</summary>
public readonly record struct GeneratedBedDay(DateOnly Date, string WardCode, int CapacityBeds, int OccupiedBeds);
