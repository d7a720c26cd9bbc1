namespace LocalCare.Core.Generation.Commissioning;

/// <summary>providers.csv <c>service_type</c> (commissioning.md).</summary>
public static class ProviderServiceTypes
{
    public const string CareHomeNursing = "care_home_nursing";
    public const string CareHomeResidential = "care_home_residential";
    public const string Homecare = "homecare";
    public const string SupportedLiving = "supported_living";
    public const string DayService = "day_service";
    public const string ExtraCare = "extra_care";
    public const string SharedLives = "shared_lives";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [CareHomeNursing, CareHomeResidential, Homecare, SupportedLiving, DayService, ExtraCare, SharedLives, Other];

    public static bool IsCareHome(string serviceType) => serviceType is CareHomeNursing or CareHomeResidential;
}

/// <summary>The council audit scale of audits.csv, best first.</summary>
public static class AuditRatings
{
    public const string Excellent = "excellent";
    public const string Good = "good";
    public const string RequiresImprovement = "requires_improvement";
    public const string Poor = "poor";

    public static IReadOnlyList<string> All { get; } = [Excellent, Good, RequiresImprovement, Poor];
}

/// <summary>The five CQC key questions as audits.csv and audit_actions.csv name them.</summary>
public static class KeyQuestions
{
    public const string Safe = "safe";
    public const string Effective = "effective";
    public const string Caring = "caring";
    public const string Responsive = "responsive";
    public const string WellLed = "well_led";

    public static IReadOnlyList<string> All { get; } = [Safe, Effective, Caring, Responsive, WellLed];
}

/// <summary>concerns.csv <c>kind</c>.</summary>
public static class ConcernKinds
{
    public const string Safeguarding = "safeguarding";
    public const string Whistleblowing = "whistleblowing";
    public const string ComplaintUpheld = "complaint_upheld";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Safeguarding, Whistleblowing, ComplaintUpheld, Other];
}

/// <summary>The six social value themes of the commissioning plan (social_value.csv <c>theme</c>).</summary>
public static class SocialValueThemes
{
    public const string EmploymentSkills = "employment_skills";
    public const string GoodEmployer = "good_employer";
    public const string CleanAir = "clean_air";
    public const string LocalCommunity = "local_community";
    public const string LocalSupplyChain = "local_supply_chain";
    public const string Greener = "greener";

    public static IReadOnlyList<string> All { get; } = [EmploymentSkills, GoodEmployer, CleanAir, LocalCommunity, LocalSupplyChain, Greener];
}

/// <summary>vfp_schemes.csv <c>qia_status</c>: only approved schemes may record savings.</summary>
public static class QiaStatuses
{
    public const string NotStarted = "not_started";
    public const string InReview = "in_review";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    public static IReadOnlyList<string> All { get; } = [NotStarted, InReview, Approved, Rejected];
}

/// <summary>CQC's domains (the <c>Domain</c> column), Overall first.</summary>
public static class CqcDomains
{
    public const string Overall = "Overall";

    public static IReadOnlyList<string> All { get; } = [Overall, "Safe", "Effective", "Caring", "Responsive", "Well-led"];
}

/// <summary>CQC's rating texts (<c>Latest Rating</c>), best first, and the unrated texts the generator writes.</summary>
public static class CqcRatings
{
    public const string Outstanding = "Outstanding";
    public const string Good = "Good";
    public const string RequiresImprovement = "Requires improvement";
    public const string Inadequate = "Inadequate";
    public const string NotRated = "Not Rated";
    public const string InsufficientEvidence = "Insufficient evidence to rate";

    public static IReadOnlyList<string> Rated { get; } = [Outstanding, Good, RequiresImprovement, Inadequate];

    public static bool IsRated(string text) => Rated.Contains(text, StringComparer.OrdinalIgnoreCase);
}
