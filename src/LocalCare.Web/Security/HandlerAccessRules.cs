using LocalCare.Core.Access;

namespace LocalCare.Web.Security;

/// <summary>
/// A role rule decided inside a handler rather than in endpoint metadata: which roles the handler lets through for one
/// route, method and (Razor Pages) handler name.
/// </summary>
/// <param name="Method">GET, POST, PUT, DELETE.</param>
/// <param name="Route">The route pattern as declared, e.g. <c>/commissioning/audits/new</c>.</param>
/// <param name="Handler">The Razor Pages handler (<c>?handler=Lock</c>); null for the default one or an API endpoint.</param>
/// <param name="Roles">The roles the handler lets through by role alone; every other signed-in role is refused (403 or the access-denied page) unless it is <paramref name="AlsoAllowed"/>.</param>
/// <param name="Why">Why the rule cannot live in endpoint metadata, and the check the handler calls.</param>
/// <param name="AlsoAllowed">Who else the data lets through, whatever their role (a deliverable's owner); null when no one.</param>
public sealed record HandlerAccessRule(string Method, string Route, string? Handler, IReadOnlyList<string> Roles, string Why, string? AlsoAllowed = null);

/// <summary>
/// The one place that lists access decided inside handlers (docs/security.md, "Authorization matrix"). Endpoint metadata
/// (<c>[Authorize(Roles = ...)]</c>, <c>RequireAuthorization</c>) is preferred and the matrix test reads it directly;
/// a rule lands here when a page's GET is open to everyone but one of its handlers is not (Razor Pages authorise the page,
/// not the handler), when an API endpoint's rule is checked by the code it shares with a page (an editor, a workflow that
/// answers with its reason), or when the answer depends on the data (an owner may write their own update). The
/// authorization matrix test reads this list: a role missing from a rule must be refused, a role in it must not be; the
/// matrix makes the data's people (owners, accountable users) someone none of its callers is, so the roles decide alone.
/// </summary>
public static class HandlerAccessRules
{
    // Who each check lets through, by role (the comment names the check the handlers call).
    private static readonly string[] PlanEditors = [Roles.Admin, Roles.Executive];                      // PlanPermissions.CanEditPlan, CanRollForward
    private static readonly string[] QuarterLockers = [Roles.Executive];                                // PlanPermissions.CanLockQuarter
    private static readonly string[] PortfolioEditors = [Roles.Admin, Roles.Executive];                 // PortfolioAccess.Edit
    private static readonly string[] BoardConfigurers = [Roles.Admin];                                  // BoardPermissions.CanConfigureBoards
    private static readonly string[] MeetingRunners = [Roles.Admin, Roles.Executive, Roles.Analyst];    // BoardPermissions.CanRunMeetings
    private static readonly string[] NarrativeWriters = [Roles.Admin, Roles.Executive];                 // BoardPermissions.CanWriteNarrative
    private static readonly string[] Publishers = [Roles.Executive];                                    // BoardPermissions.CanPublish
    private static readonly string[] SignersOff = [Roles.Admin];                                        // BoardPermissions.CanSignOff
    private static readonly string[] CommentaryWriters = [Roles.Admin, Roles.Manager, Roles.Analyst];   // PerformanceAccess.Commentary
    private static readonly string[] ValueWriters = [Roles.Admin, Roles.Manager, Roles.Analyst];        // PerformanceAccess.ManualValues
    private static readonly string[] TargetSetters = [Roles.Admin, Roles.Analyst];                      // PerformanceAccess.Targets
    private static readonly string[] MetricKeepers = [Roles.Admin, Roles.Analyst];                      // PerformanceAccess.Metrics (MetricReviews.CanReview)
    private static readonly string[] RiskEditors = [Roles.Admin, Roles.Executive];                      // RiskPermissions.CanEdit, CanRescore
    private static readonly string[] ServicePlanWriters = [Roles.Admin];                                // ServicePlanWorkflow: edit, submit
    private static readonly string[] ServicePlanDeciders = [Roles.Executive];                           // ServicePlanWorkflow: approve, return
    private static readonly string[] CommissioningEditors = [Roles.Admin, Roles.Commissioner];          // CommissioningPermissions.EditRoles

    private const string DeliverableOwner = "the deliverable's owner";
    private const string AccountableUser = "the metric's accountable user";
    private const string RiskOwner = "the risk's owner";
    private const string UnitManager = "a manager who looks after the unit";

    public static IReadOnlyList<HandlerAccessRule> All { get; } =
    [
        // Plans.
        .. Posts("/plan", PlanEditors,
            "The plan page is read by every role; changing its vision and workplans and starting next year's plan are for plan editors (PlanAccess.CanEditPlan, PlanPermissions.CanRollForward).",
            "Vision", "Workplan", "AddWorkplan", "RollForward"),
        .. Posts("/updates", QuarterLockers,
            "The updates page is read by every role; locking a quarter is for executives (PlanAccess.CanLockQuarter).",
            "Lock"),
        new("GET", "/deliverables/{code}/updates/{quarter:int}", null, PlanEditors,
            "Who may write the update depends on the deliverable (PlanAccess.CanWriteUpdate): it cannot be metadata.", DeliverableOwner),
        new("POST", "/deliverables/{code}/updates/{quarter:int}", null, PlanEditors,
            "Who may write the update depends on the deliverable (PlanAccess.CanWriteUpdate): it cannot be metadata.", DeliverableOwner),
        new("PUT", "/api/deliverables/{code}/updates/{quarter:int}", null, PlanEditors,
            "Who may write the update depends on the deliverable (QuarterlyUpdates.SaveAsync, PlanPermissions.CanWriteUpdate): it cannot be metadata.", DeliverableOwner),
        .. Posts("/plan/alignment", PlanEditors,
            "The alignment page is read by every role; adding and renaming partner priorities is for plan editors (PlanAccess.CanEditPlan).",
            "AddPartnerPriority", "PartnerPriority"),

        // Portfolio.
        .. Posts("/portfolio/{code}", PortfolioEditors,
            "A programme's page is read by every role; changing the programme, its projects and its deliverables is for portfolio editors (PortfolioAccess.Edit).",
            "Programme", "Project", "Link", "Unlink"),

        // Boards, meetings and packs.
        .. Posts("/boards/{code}", BoardConfigurers,
            "A board's page is read by every role; setting the board up (metrics, KLOEs, risk appetite, meetings, pack sections) is for administrators (BoardAccess.CanConfigureBoards).",
            "Metric", "Kloe", "Appetite", "AddMeeting", "NextYear", "DeleteMeeting", "Sections"),
        .. Posts("/meetings/{id:int}", MeetingRunners,
            "A meeting's page is read by every role; running the meeting (cover sheet, held, flags, actions, decisions) is for those who run meetings (BoardAccess.CanRunMeetings).",
            "Cover", "Held", "Flag", "Raise", "Update", "Close", "Decide"),
        new("POST", "/meetings/{id:int}/narratives/{metricId}", null, NarrativeWriters,
            "Drafts' readers may read the narrative (metadata); who writes it depends on the metric (BoardAccess.CanWriteNarrative).", AccountableUser),
        .. Posts("/meetings/{id:int}/pack", Publishers,
            "Drafts' readers may read the draft pack (metadata); publishing it is for executives (BoardAccess.CanPublish).",
            "Publish"),
        new("POST", "/api/meetings/{id:int}/pack/versions", null, Publishers,
            "Checked in code with the same call as the pack page's Publish handler (BoardAccess.CanPublish)."),

        // Performance.
        .. Posts("/performance/{metricId}", CommentaryWriters,
            "A metric's page is read by every role; commentary is for managers, analysts and administrators (PerformanceAccess.Commentary).",
            "Commentary"),
        .. Posts("/performance/{metricId}", ValueWriters,
            "A metric's page is read by every role; entering manual values is for managers, analysts and administrators (PerformanceAccess.ManualValues).",
            "Value"),
        .. Posts("/performance/{metricId}", TargetSetters,
            "A metric's page is read by every role; setting targets is for analysts and administrators (PerformanceAccess.Targets).",
            "Target"),
        .. Posts("/performance/{metricId}", MetricKeepers,
            "A metric's page is read by every role; computing it, its rebase periods and recording its definition review are for analysts and administrators (PerformanceAccess.Metrics, MetricReviews.CanReview).",
            "Compute", "Rebases", "Review"),
        new("POST", "/performance/{metricId}", "SignOff", SignersOff,
            "A metric's page is read by every role; who signs a month off depends on the metric (MetricSignOffs.CanSignOff).", AccountableUser),
        new("POST", "/api/metrics/{id}/sign-offs", null, SignersOff,
            "Who signs a month off depends on the metric (MetricSignOffs.CanSignOff): it cannot be metadata.", AccountableUser),

        // Risks.
        .. Posts("/risks/{code}", RiskEditors,
            "A risk's page is read by every role; its actions are for risk editors (RiskEditor, RiskPermissions.CanEdit).",
            "AddAction", "ActionStatus"),
        .. PostsAlsoAllowing("/risks/{code}", RiskEditors,
            "A risk's page is read by every role; who re-scores and reviews it depends on the risk (RiskEditor, RiskPermissions.CanRescore).",
            RiskOwner, "Rescore", "Review"),
        new("POST", "/api/risks", null, RiskEditors,
            "Checked by RiskEditor, which the risk pages share (RiskPermissions.CanEdit)."),
        new("PUT", "/api/risks/{code}", null, RiskEditors,
            "Checked by RiskEditor, which the risk pages share (RiskPermissions.CanEdit)."),
        new("POST", "/api/risks/{code}/scores", null, RiskEditors,
            "Who re-scores depends on the risk (RiskEditor, RiskPermissions.CanRescore): it cannot be metadata.", RiskOwner),
        new("POST", "/api/risks/{code}/reviews", null, RiskEditors,
            "Who records a review depends on the risk (RiskEditor, RiskPermissions.CanRescore): it cannot be metadata.", RiskOwner),

        // Service plans: the workflow decides, by role, by the units a manager looks after, and by the plan's status.
        .. PostsAlsoAllowing("/service-plans/{year}/{unit}", ServicePlanWriters,
            "A service plan is read by every role; who writes and submits it depends on the unit (ServicePlanWorkflow), and a plan that is not a draft or returned refuses everyone.",
            UnitManager, "Save", "Submit"),
        .. Posts("/service-plans/{year}/{unit}", ServicePlanDeciders,
            "A service plan is read by every role; approving and returning it is for executives (ServicePlanWorkflow), and only while it is submitted by someone else.",
            "Approve", "Return"),
        new("PUT", "/api/service-plans/{year}/{unit}", null, ServicePlanWriters,
            "Who writes a plan depends on the unit (ServicePlanWorkflow, which answers 403 with its reason); a plan that is not a draft or returned refuses everyone.", UnitManager),
        new("POST", "/api/service-plans/{year}/{unit}/submit", null, ServicePlanWriters,
            "Who submits a plan depends on the unit (ServicePlanWorkflow, which answers 403 with its reason); a plan that is not a draft or returned refuses everyone.", UnitManager),
        new("POST", "/api/service-plans/{year}/{unit}/approve", null, ServicePlanDeciders,
            "ServicePlanWorkflow answers 403 with its reason (executives only, and only a plan submitted by someone else)."),
        new("POST", "/api/service-plans/{year}/{unit}/return", null, ServicePlanDeciders,
            "ServicePlanWorkflow answers 403 with its reason (executives only, and only a plan submitted by someone else)."),

        // Commissioning.
        .. Posts("/commissioning/providers/{code}", CommissioningEditors,
            "The provider's page is read by every role; only recording a concern on it is for those who change commissioning data (CommissioningPermissions.EditRoles).",
            "Concern"),
        .. Posts("/commissioning/audits/{code}", CommissioningEditors,
            "An audit's page is read by every role; raising and updating its actions and completing it are for those who change commissioning data (CommissioningPermissions.EditRoles).",
            "AddAction", "UpdateAction", "Complete"),
    ];

    /// <summary>The rule for a request, if one is listed.</summary>
    public static HandlerAccessRule? For(string method, string route, string? handler) =>
        All.FirstOrDefault(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)
            && r.Route == route
            && string.Equals(r.Handler, handler, StringComparison.OrdinalIgnoreCase));

    /// <summary>One rule per POST handler of a page, all with the same roles and reason.</summary>
    private static IEnumerable<HandlerAccessRule> Posts(string route, IReadOnlyList<string> roles, string why, params string[] handlers) =>
        PostsAlsoAllowing(route, roles, why, null, handlers);

    /// <summary>As <see cref="Posts"/>, with who else the data lets through.</summary>
    private static IEnumerable<HandlerAccessRule> PostsAlsoAllowing(string route, IReadOnlyList<string> roles, string why, string? alsoAllowed, params string[] handlers) =>
        handlers.Select(h => new HandlerAccessRule("POST", route, h, roles, why, alsoAllowed));
}
