namespace LocalCare.Core.Generation;

/// <summary>How urgently a service must respond to a referral (referrals.csv <c>urgency</c>).</summary>
public enum Urgency
{
    Routine,
    Urgent,
    Crisis,
}

/// <summary>NHS "Attended or did not attend" codes (contacts.csv <c>attendance</c>); the value is the code.</summary>
public enum Attendance
{
    Future = 0,
    CancelledByPatient = 2,
    DidNotAttend = 3,
    CancelledByProvider = 4,
    Attended = 5,
    LateSeen = 6,
    LateNotSeen = 7,
}

/// <summary>How a contact took place (contacts.csv <c>contact_mode</c>).</summary>
public enum ContactMode
{
    FaceToFace,
    Telephone,
    Video,
    Other,
}

/// <summary>incidents.csv <c>category</c>.</summary>
public enum IncidentCategory
{
    PressureUlcer,
    Fall,
    Medication,
    Other,
}

/// <summary>incidents.csv <c>grade</c>: pressure ulcer categories, then harm levels for every other category.</summary>
public enum IncidentGrade
{
    Cat1,
    Cat2,
    Cat3,
    Cat4,
    Unstageable,
    Dti,
    NoHarm,
    Low,
    Moderate,
    Severe,
    Death,
}

/// <summary>experience.csv <c>instrument</c>.</summary>
public enum ExperienceInstrument
{
    Wmtm,
    Qcr,
    Fft,
}

/// <summary>The data contract's text for each generated code.</summary>
public static class ExtractCodes
{
    public static string ToCode(this Urgency urgency) => urgency switch
    {
        Urgency.Routine => "routine",
        Urgency.Urgent => "urgent",
        Urgency.Crisis => "crisis",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency)),
    };

    /// <summary>The attendance code: <c>0</c>, <c>2</c> … <c>7</c>.</summary>
    public static char ToCode(this Attendance attendance) => (char)('0' + (int)attendance);

    /// <summary>Attended for the metrics: 5 (on time) or 6 (late but seen).</summary>
    public static bool IsAttended(this Attendance attendance) => attendance is Attendance.Attended or Attendance.LateSeen;

    public static string ToCode(this ContactMode mode) => mode switch
    {
        ContactMode.FaceToFace => "face_to_face",
        ContactMode.Telephone => "telephone",
        ContactMode.Video => "video",
        ContactMode.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    public static string ToCode(this IncidentCategory category) => category switch
    {
        IncidentCategory.PressureUlcer => "pressure_ulcer",
        IncidentCategory.Fall => "fall",
        IncidentCategory.Medication => "medication",
        IncidentCategory.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    public static string ToCode(this IncidentGrade grade) => grade switch
    {
        IncidentGrade.Cat1 => "cat1",
        IncidentGrade.Cat2 => "cat2",
        IncidentGrade.Cat3 => "cat3",
        IncidentGrade.Cat4 => "cat4",
        IncidentGrade.Unstageable => "unstageable",
        IncidentGrade.Dti => "dti",
        IncidentGrade.NoHarm => "none",
        IncidentGrade.Low => "low",
        IncidentGrade.Moderate => "moderate",
        IncidentGrade.Severe => "severe",
        IncidentGrade.Death => "death",
        _ => throw new ArgumentOutOfRangeException(nameof(grade)),
    };

    /// <summary>Pressure ulcers are graded by category; every other incident by harm.</summary>
    public static bool IsPressureUlcerGrade(this IncidentGrade grade) => grade <= IncidentGrade.Dti;

    public static string ToCode(this ExperienceInstrument instrument) => instrument switch
    {
        ExperienceInstrument.Wmtm => "wmtm",
        ExperienceInstrument.Qcr => "qcr",
        ExperienceInstrument.Fft => "fft",
        _ => throw new ArgumentOutOfRangeException(nameof(instrument)),
    };
}
