using LocalCare.Core.Boards;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Core.ServicePlans;
using Microsoft.EntityFrameworkCore.ChangeTracking;

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
        Workplan w => (Subjects.Workplan(w.Code), w.Code),
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
        Users.UserUnit u => (Subjects.User(u.UserId), "unit " + u.UnitCode),
        Users.LocalCareUser u => (Subjects.User(u.Id), "account"),
        Microsoft.AspNetCore.Identity.IdentityUserRole<string> r => (Subjects.User(r.UserId), "role " + r.RoleId),
        Meeting m => (Subjects.Meeting(m.Id), "meeting"),
        BoardAction a => (Subjects.BoardActions(a.BoardCode), a.Reference),
        BoardActionUpdate u => (Subjects.BoardActions(u.ActionReference.Split('-')[0]), u.ActionReference + " update"),
        BoardDecision d => (Subjects.BoardActions(d.BoardCode), d.Reference),
        Core.Boards.Packs.NarrativeRecord n => (Subjects.Meeting(n.MeetingId), "narrative " + n.MetricId),
        Core.Boards.Packs.NarrativeActionRecord a => (Subjects.Meeting(a.MeetingId), $"narrative {a.MetricId} action {a.Number}"),
        Core.Boards.Packs.ExceptionFlag f => (Subjects.Meeting(f.MeetingId), "flag " + f.MetricId),
        Core.Boards.Packs.MetricSignOff s => (Subjects.Metric(s.MetricId), "sign-off " + s.Month),
        Core.Boards.Packs.PackVersion v => (Subjects.Meeting(v.MeetingId), $"pack version {v.Version}"),
        Board b => (Subjects.Board(b.Code), b.Code),
        Core.Metrics.MetricDefinition m => (Subjects.Metric(m.Id), m.Id),
        Core.Commissioning.QualityAudit q => (Subjects.QualityAudit(q.Code), q.Code),
        Core.Commissioning.AuditAction x => (Subjects.QualityAudit(x.AuditCode), x.Code),
        Core.Risks.Risk r => (Subjects.Risk(r.Code), r.Code),
        Core.Risks.RiskLink l => (Subjects.Risk(l.RiskCode), $"link {l.Kind.ToString().ToLowerInvariant()} {l.Target}"),
        Core.Risks.RiskScorePoint p => (Subjects.Risk(p.RiskCode), $"score {p.Number}"),
        Core.Risks.RiskAction a => (Subjects.Risk(a.RiskCode), $"action {a.Number}"),
        Core.Plans.PartnerPriority p => (Subjects.PartnerPriority(p.Code), p.Code),
        KloeMetric k => (Subjects.Kloe(k.KloeCode), "metric " + k.MetricId),
        Core.Metrics.MetricTarget t => (Subjects.Metric(t.MetricId), $"target {t.Unit} {t.PlanYear.Label}"),
        Core.Metrics.MetricCommentary c => (Subjects.Metric(c.MetricId), $"commentary {c.Unit} {c.Month}"),
        Core.WaitingLists.WaitingGoal g => (Subjects.Deliverable(g.DeliverableCode), $"waiting goal {g.ServiceCode} over {g.OverWeeks} weeks"),
        Core.Organisation.OrganisationUnit u => (Subjects.Unit(u.Code), u.Code),
        Core.Commissioning.Provider p => (Subjects.Provider(p.Code), p.Code),
        Core.Commissioning.ProviderContract c => (Subjects.Provider(c.ProviderCode), "contract " + c.Code),
        Core.Commissioning.ProviderConcern c => (Subjects.Provider(c.ProviderCode), "concern " + c.Code),
        Core.Commissioning.ContractSpend s => (Subjects.Contract(s.ContractCode), $"spend {s.Month}"),
        Core.Commissioning.SocialValueCommitment v => (Subjects.Contract(v.ContractCode), $"social value {v.Theme} {v.Measure}"),
        Core.Commissioning.CqcRatingRecord r => (Subjects.CqcLocation(r.LocationId), $"{r.ServiceGroup} {r.Domain} {r.PublicationDate:yyyy-MM-dd}"),
        Core.Commissioning.BudgetLine b => (Subjects.Budget(b.ServiceCode), b.Month.ToString()),
        Core.Commissioning.VfpScheme v => (Subjects.VfpScheme(v.Code), v.Code),
        Core.Commissioning.VfpDelivery d => (Subjects.VfpScheme(d.SchemeCode), $"delivery {d.Month}"),
        _ => null,
    };

    /// <summary>As <see cref="Of(object)"/>, also placing entities whose subject is their parent's (a commentary's actions).</summary>
    public static (string Subject, string Key)? Of(EntityEntry entry) => entry.Entity switch
    {
        Core.Metrics.MetricAction a => entry.Context.ChangeTracker.Entries<Core.Metrics.MetricCommentary>().FirstOrDefault(c => c.Entity.Id == a.CommentaryId || c.Entity.Actions.Contains(a))?.Entity is { } commentary
            ? (Subjects.Metric(commentary.MetricId), $"commentary {commentary.Unit} {commentary.Month} action {a.Action}")
            : (Subjects.MetricCommentary(a.CommentaryId), "action " + a.Action),
        var entity => Of(entity),
    };
}

/// <summary>The subjects pages ask for their history by.</summary>
public static class Subjects
{
    public static string Plan(PlanYear year) => "plan:" + year.Label;

    public static string Deliverable(string code) => "deliverable:" + code;

    /// <summary>A workplan (<c>workplan:CH</c>): shared by every plan year, so every year's plan history shows it.</summary>
    public static string Workplan(string code) => "workplan:" + code;

    /// <summary>A partner's priority (<c>partner-priority:ACUTE-P1</c>): shared by every plan year, its history is on the alignment page.</summary>
    public static string PartnerPriority(string code) => "partner-priority:" + code;

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
    /// <summary>A metric: its definition, targets, commentary and sign-offs: <c>metric:community-nursing-contacts</c>.</summary>
    public static string Metric(string id) => "metric:" + id;

    /// <summary>A provider in the register with its contracts and concerns: <c>provider:HOME1</c>.</summary>
    public static string Provider(string code) => "provider:" + code;

    /// <summary>A contract's monthly spend and social-value commitments: <c>contract:C-HOME1</c>.</summary>
    public static string Contract(string code) => "contract:" + code;

    /// <summary>A Value for Patients scheme with its monthly delivery.</summary>
    public static string VfpScheme(string code) => "vfp-scheme:" + code;

    /// <summary>A service's budget lines, every month of every year: <c>budget:CYP-HV</c>.</summary>
    public static string Budget(string serviceCode) => "budget:" + serviceCode;

    /// <summary>A CQC location's published ratings: <c>cqc-location:1-100000001</c> (shown on the page of the provider with that location).</summary>
    public static string CqcLocation(string locationId) => "cqc-location:" + locationId;

    /// <summary>A board's own record (name, cadence, purpose): <c>board:HPB</c>.</summary>
    public static string Board(string code) => "board:" + code;

    /// <summary>A key line of enquiry's metric links: <c>kloe:K2425-QUALITY</c> (the KLOE's own row is in its plan year's history).</summary>
    public static string Kloe(string code) => "kloe:" + code;

    /// <summary>An organisation unit: <c>unit:INT-CC</c>.</summary>
    public static string Unit(string code) => "unit:" + code;

    /// <summary>
    /// A commentary's action saved without its commentary in the same save (never done by the app, which saves actions through
    /// their commentary, so they go under <see cref="Metric"/>): <c>metric-commentary:42</c>.
    /// </summary>
    public static string MetricCommentary(int commentaryId) => "metric-commentary:" + commentaryId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sign-ins, sign-outs and failed attempts by the user name typed (which may match no account): <c>sign-in:jsmith</c>.</summary>
    public static string SignIn(string userName) => "sign-in:" + userName;

    /// <summary>One kind of bulk import (<c>import:commissioning</c>, <c>import:organisation</c>, <c>import:cqc-ratings</c>): one entry per file and run.</summary>
    public static string Import(string kind) => "import:" + kind;

    /// <summary>The commissioning files' import kind.</summary>
    public const string CommissioningImport = "commissioning";

    /// <summary>organisation.csv's import kind.</summary>
    public const string OrganisationImport = "organisation";

    /// <summary>CQC's ratings workbook's import kind.</summary>
    public const string CqcRatingsImport = Core.Commissioning.CommissioningQuality.CqcRatings;

    /// <summary>Every kind of bulk import <see cref="Import"/> records.</summary>
    public static IReadOnlyList<string> ImportKinds { get; } = [CommissioningImport, OrganisationImport, CqcRatingsImport];
}
