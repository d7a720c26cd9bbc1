using LocalCare.Core.Organisation;

namespace LocalCare.Core.Generation;

/// <summary>One service as the generator sees it: its unit, profile, catchment, volume and the cumulative weights it draws from.</summary>
internal sealed class ServiceModel
{
    /// <summary>Outcomes in the order of <see cref="OutcomeCumulative"/>; null = not outcomed.</summary>
    public static readonly Attendance?[] Outcomes =
    [
        Attendance.Attended, Attendance.LateSeen, Attendance.LateNotSeen, Attendance.DidNotAttend,
        Attendance.CancelledByPatient, Attendance.CancelledByProvider, null,
    ];

    public static readonly ContactMode[] Modes = [ContactMode.FaceToFace, ContactMode.Telephone, ContactMode.Video, ContactMode.Other];

    private const double LateSeen = 0.02;
    private const double CancelledByPatient = 0.05;
    private const double CancelledByProvider = 0.03;
    private const double OtherMode = 0.01;

    public ServiceModel(OrganisationUnit unit, int ordinal, ServiceProfile profile, Catchment catchment, double annualContacts)
    {
        Unit = unit;
        Code = unit.Code;
        Ordinal = ordinal;
        Profile = profile;
        Catchment = catchment;
        AnnualContacts = annualContacts;
        var routine = 1 - profile.UrgentShare - profile.CrisisShare;
        AnnualReferrals = annualContacts / (profile.MeanContacts * (1 - (routine * profile.WithdrawnShare)));

        var lateNotSeen = profile.DnaShare * 0.15;
        var attended = 1 - LateSeen - lateNotSeen - profile.DnaShare - CancelledByPatient - CancelledByProvider - profile.NotOutcomedShare;
        OutcomeCumulative = Cumulative([attended, LateSeen, lateNotSeen, profile.DnaShare, CancelledByPatient, CancelledByProvider, profile.NotOutcomedShare]);
        AttendedShare = attended + LateSeen;
        ModeCumulative = Cumulative([1 - profile.TelephoneShare - profile.VideoShare - OtherMode, profile.TelephoneShare, profile.VideoShare, OtherMode]);
    }

    public OrganisationUnit Unit { get; }

    public string Code { get; }

    /// <summary>1-based position among the services; part of every key generated for the service.</summary>
    public int Ordinal { get; }

    public ServiceProfile Profile { get; }

    public Catchment Catchment { get; }

    /// <summary>Contacts a year at the middle of the range.</summary>
    public double AnnualContacts { get; }

    public double AnnualReferrals { get; }

    /// <summary>Expected share of appointments attended (5 or 6).</summary>
    public double AttendedShare { get; }

    public double[] OutcomeCumulative { get; }

    public double[] ModeCumulative { get; }

    /// <summary>Mean of the daily demand intensity over the range, so intensities average to 1.</summary>
    public double MeanIntensity { get; set; } = 1;

    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        var running = 0.0;
        var cumulative = new double[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            cumulative[i] = running / total;
        }

        cumulative[^1] = 1;
        return cumulative;
    }
}
