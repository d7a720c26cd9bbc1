using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;

namespace LocalCare.Core.ServicePlans;

/// <summary>
/// A service's or neighbourhood team's plan for one year: its sections, where it is in the workflow, who submitted it and
/// when, who approved or returned it and when, and the comments it was last returned with. One per unit and plan year.
/// </summary>
/// <remarks>
/// The methods change the plan as <see cref="ServicePlanWorkflow"/> allows; they refuse (throw) a change the workflow's
/// statuses do not allow, but who may act is for the caller to check with <see cref="ServicePlanWorkflow.Refusal"/>.
/// </remarks>
public sealed class ServicePlan
{
    public required PlanYear PlanYear { get; init; }

    public required string UnitCode { get; init; }

    public ServicePlanStatus Status { get; set; } = ServicePlanStatus.Draft;

    public List<ServicePlanSection> Sections { get; set; } = [];

    /// <summary>What the executive asked to change when they last returned the plan; kept after it is submitted again.</summary>
    public string? ReturnComment { get; set; }

    public string? SubmittedBy { get; set; }

    /// <summary>When it was last submitted (UTC).</summary>
    public DateTime? SubmittedAt { get; set; }

    /// <summary>Who last approved or returned it.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>When it was last approved or returned (UTC).</summary>
    public DateTime? DecidedAt { get; set; }

    /// <summary>Who last wrote its sections.</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>When its sections were last written (UTC).</summary>
    public required DateTime UpdatedAt { get; set; }

    /// <summary>Whether units of a kind write service plans: every neighbourhood team and every service (not the LCO or a locality).</summary>
    public static bool IsWrittenBy(UnitKind kind) => kind is UnitKind.Neighbourhood or UnitKind.Service;

    /// <summary>The text of a section; null when it is empty.</summary>
    public string? TextOf(string key) => Sections.FirstOrDefault(s => s.Key == key)?.Text;

    /// <summary>
    /// Sets every section of <paramref name="template"/> to its text in <paramref name="texts"/> (trimmed, line breaks as <c>\n</c>
    /// whatever the browser sent; blank or absent empties the section). The status stays as it is: a returned plan stays returned
    /// until it is submitted again.
    /// </summary>
    public void Write(ServicePlanTemplate template, IReadOnlyDictionary<string, string?> texts, string by, DateTime at)
    {
        Require(ServicePlanStatus.Draft, ServicePlanStatus.Returned);
        foreach (var section in template.Sections)
        {
            var text = texts.GetValueOrDefault(section.Key)?.ReplaceLineEndings("\n").Trim();
            var existing = Sections.FirstOrDefault(s => s.Key == section.Key);
            if (string.IsNullOrEmpty(text))
            {
                if (existing is not null)
                {
                    Sections.Remove(existing);
                }
            }
            else if (existing is null)
            {
                Sections.Add(new ServicePlanSection { PlanYear = PlanYear, UnitCode = UnitCode, Key = section.Key, Text = text });
            }
            else
            {
                existing.Text = text;
            }
        }

        UpdatedBy = by;
        UpdatedAt = at;
    }

    /// <summary>Sends the plan for approval.</summary>
    public void Submit(string by, DateTime at)
    {
        Require(ServicePlanStatus.Draft, ServicePlanStatus.Returned);
        Status = ServicePlanStatus.Submitted;
        SubmittedBy = by;
        SubmittedAt = at;
    }

    public void Approve(string by, DateTime at)
    {
        Require(ServicePlanStatus.Submitted);
        Status = ServicePlanStatus.Approved;
        DecidedBy = by;
        DecidedAt = at;
    }

    /// <summary>Sends the plan back to the service with what needs to change.</summary>
    public void Return(string comment, string by, DateTime at)
    {
        Require(ServicePlanStatus.Submitted);
        Status = ServicePlanStatus.Returned;
        ReturnComment = comment.ReplaceLineEndings("\n").Trim();
        DecidedBy = by;
        DecidedAt = at;
    }

    private void Require(params ServicePlanStatus[] statuses)
    {
        if (!statuses.Contains(Status))
        {
            throw new InvalidOperationException($"The service plan of {UnitCode} for {PlanYear.Label} is {Status.ToLabel().ToLowerInvariant()}: it cannot be changed that way.");
        }
    }
}
