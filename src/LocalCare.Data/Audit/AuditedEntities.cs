using LocalCare.Core.Boards;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Core.ServicePlans;

namespace LocalCare.Data.Audit;

/// <summary>
/// The entities whose changes are recorded, each with the subject its history belongs to and its key within it; a type not
/// listed here is not audited. Natural keys, not generated ids: they are known before the row is saved.
/// </summary>
public static class AuditedEntities
{
    /// <summary>Fields whose values are never recorded: a change says only that it happened (a password reset).</summary>
    public static IReadOnlySet<string> ValuesNotRecorded { get; } = new HashSet<string>(StringComparer.Ordinal) { "PasswordHash" };

    /// <summary>Fields left out of the record: secrets and bookkeeping Identity rewrites on its own (stamps, normalised names, failed-attempt counts).</summary>
    public static IReadOnlySet<string> NotRecorded { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "SecurityStamp", "ConcurrencyStamp", "NormalizedUserName", "NormalizedEmail", "AccessFailedCount",
    };

    /// <summary>The subject and key of an audited entity; null for a type that is not audited.</summary>
    public static (string Subject, string Key)? Of(object entity) => entity switch
    {
        VisionStatement v => (Subjects.Plan(v.PlanYear), $"vision {v.Order}"),
        Priority p => (Subjects.Plan(p.PlanYear), $"priority {p.Code}"),
        Workplan w => ("workplan:" + w.Code, w.Code),
        Deliverable d => (Subjects.Deliverable(d.Code), d.Code),
        DeliverableUpdate u => (Subjects.Deliverable(u.DeliverableCode), $"Q{u.Quarter}"),
        DeliverableAlignment a => (Subjects.Deliverable(a.DeliverableCode), a.PartnerPriorityCode),
        DeliverableMetric m => (Subjects.Deliverable(m.DeliverableCode), "metric " + m.MetricId),
        Milestone m => (Subjects.Deliverable(m.DeliverableCode), $"milestone {m.Number}"),
        DeliverableReview r => (Subjects.Deliverable(r.DeliverableCode), "review"),
        QuarterLock l => (Subjects.Plan(l.PlanYear), $"Q{l.Quarter} lock"),
        Kloe k => (Subjects.Plan(k.PlanYear), "KLOE " + k.Code),
        Programme p => (Subjects.Programme(p.Code), p.Code),
        Project j => (Subjects.Programme(j.ProgrammeCode), j.Code),
        ProgrammeDeliverable l => (Subjects.Programme(l.ProgrammeCode), l.DeliverableCode),
        ServicePlan p => (Subjects.ServicePlan(p.PlanYear, p.UnitCode), p.UnitCode),
        ServicePlanSection s => (Subjects.ServicePlan(s.PlanYear, s.UnitCode), s.Key),
        Users.UserUnit u => ("user:" + u.UserId, "unit " + u.UnitCode),
        Users.LocalCareUser u => (Subjects.User(u.Id), "account"),
        Microsoft.AspNetCore.Identity.IdentityUserRole<string> r => (Subjects.User(r.UserId), "role " + r.RoleId),
        Meeting m => (Subjects.Meeting(m.Id), "meeting"),
        BoardAction a => (Subjects.BoardActions(a.BoardCode), a.Reference),
        BoardActionUpdate u => (Subjects.BoardActions(u.ActionReference.Split('-')[0]), u.ActionReference + " update"),
        BoardDecision d => (Subjects.BoardActions(d.BoardCode), d.Reference),
        Core.Boards.Packs.NarrativeRecord n => (Subjects.Meeting(n.MeetingId), "narrative " + n.MetricId),
        Core.Boards.Packs.NarrativeActionRecord a => (Subjects.Meeting(a.MeetingId), $"narrative {a.MetricId} action {a.Number}"),
        Core.Boards.Packs.ExceptionFlag f => (Subjects.Meeting(f.MeetingId), "flag " + f.MetricId),
        Core.Boards.Packs.MetricSignOff s => ("metric:" + s.MetricId, "sign-off " + s.Month),
        Core.Boards.Packs.PackVersion v => (Subjects.Meeting(v.MeetingId), $"pack version {v.Version}"),
        Board b => ("board:" + b.Code, b.Code),
        Core.Metrics.MetricDefinition m => ("metric:" + m.Id, m.Id),
        Core.Commissioning.QualityAudit q => (Subjects.QualityAudit(q.Code), q.Code),
        Core.Commissioning.AuditAction x => (Subjects.QualityAudit(x.AuditCode), x.Code),
        Core.Risks.Risk r => (Subjects.Risk(r.Code), r.Code),
        Core.Risks.RiskLink l => (Subjects.Risk(l.RiskCode), $"link {l.Kind.ToString().ToLowerInvariant()} {l.Target}"),
        Core.Risks.RiskScorePoint p => (Subjects.Risk(p.RiskCode), $"score {p.Number}"),
        Core.Risks.RiskAction a => (Subjects.Risk(a.RiskCode), $"action {a.Number}"),
        _ => null,
    };
}

/// <summary>The subjects pages ask for their history by.</summary>
public static class Subjects
{
    public static string Plan(PlanYear year) => "plan:" + year.Label;

    public static string Deliverable(string code) => "deliverable:" + code;

    /// <summary>A user's account, roles and units: <c>user:ID</c> (Identity's id, which never changes).</summary>
    public static string User(string id) => "user:" + id;

    /// <summary>A meeting: its cover sheet, narratives, flags and published versions.</summary>
    public static string Meeting(int id) => "meeting:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A board's actions and decisions logs.</summary>
    public static string BoardActions(string boardCode) => "board-actions:" + boardCode;

    /// <summary>A transformation programme with its projects and deliverable links: <c>programme:TP2425-CHTP</c>.</summary>
    public static string Programme(string code) => "programme:" + code;
    /// <summary>A unit's service plan for a year and its sections: <c>service-plan:2024/25:INT-CC</c>.</summary>
    public static string ServicePlan(PlanYear year, string unitCode) => $"service-plan:{year.Label}:{unitCode}";

    /// <summary>A council quality audit of a provider with its actions: <c>quality-audit:APP-A-0001</c>.</summary>
    public static string QualityAudit(string code) => "quality-audit:" + code;

    /// <summary>A risk on the register with its links, score history and actions: <c>risk:R-001</c>.</summary>
    public static string Risk(string code) => "risk:" + code;
}
