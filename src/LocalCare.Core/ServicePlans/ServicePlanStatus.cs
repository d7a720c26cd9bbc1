namespace LocalCare.Core.ServicePlans;

/// <summary>Where a service plan is in the planning cycle: written (draft), waiting for approval, approved, or sent back with comments.</summary>
public enum ServicePlanStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
}

/// <summary>Text forms of <see cref="ServicePlanStatus"/> for URLs, the API and people; <c>not_started</c> names a unit with no plan yet.</summary>
public static class ServicePlanStatuses
{
    /// <summary>The code of a unit whose plan has not been started: it has no plan at all.</summary>
    public const string NotStarted = "not_started";

    public static IReadOnlyList<ServicePlanStatus> All { get; } = Enum.GetValues<ServicePlanStatus>();

    /// <summary>Every code a list can be filtered by: not started, then each status.</summary>
    public static IReadOnlyList<string> Codes { get; } = [NotStarted, .. All.Select(s => s.ToCode())];

    public static string ToCode(this ServicePlanStatus status) => status switch
    {
        ServicePlanStatus.Draft => "draft",
        ServicePlanStatus.Submitted => "submitted",
        ServicePlanStatus.Approved => "approved",
        ServicePlanStatus.Returned => "returned",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string ToLabel(this ServicePlanStatus status) => status switch
    {
        ServicePlanStatus.Draft => "Draft",
        ServicePlanStatus.Submitted => "Submitted",
        ServicePlanStatus.Approved => "Approved",
        ServicePlanStatus.Returned => "Returned",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The code of a unit's plan, or <c>not_started</c> when it has none.</summary>
    public static string CodeOf(ServicePlanStatus? status) => status?.ToCode() ?? NotStarted;

    /// <summary>"Not started" for <c>not_started</c>, else the status's label; the code itself when it is unknown.</summary>
    public static string LabelOf(string code) =>
        code == NotStarted ? "Not started" : TryParse(code, out var status) ? status.ToLabel() : code;

    public static bool TryParse(string? text, out ServicePlanStatus status)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToCode(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
