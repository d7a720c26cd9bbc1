using LocalCare.Core.Boards;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Core.ServicePlans;
using LocalCare.Core.WaitingLists;
using LocalCare.Data.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data;

/// <summary>The app database: organisation, plans, service plans, the transformation portfolio, boards, metric definitions, targets, computed values and commentary, users and roles.</summary>
/// <remarks>Provider-specific subclasses (<see cref="Database.SqliteLocalCareDbContext"/>, <see cref="Database.PostgresLocalCareDbContext"/>) own the migrations.</remarks>
public abstract class LocalCareDbContext(DbContextOptions options) : IdentityDbContext<LocalCareUser>(options)
{
    public DbSet<OrganisationUnit> OrganisationUnits => Set<OrganisationUnit>();

    public DbSet<VisionStatement> VisionStatements => Set<VisionStatement>();

    public DbSet<Priority> Priorities => Set<Priority>();

    public DbSet<Workplan> Workplans => Set<Workplan>();

    public DbSet<Deliverable> Deliverables => Set<Deliverable>();

    public DbSet<DeliverableUpdate> DeliverableUpdates => Set<DeliverableUpdate>();

    public DbSet<PartnerPriority> PartnerPriorities => Set<PartnerPriority>();

    public DbSet<DeliverableAlignment> DeliverableAlignments => Set<DeliverableAlignment>();

    public DbSet<DeliverableMetric> DeliverableMetrics => Set<DeliverableMetric>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<QuarterLock> QuarterLocks => Set<QuarterLock>();

    public DbSet<DeliverableReview> DeliverableReviews => Set<DeliverableReview>();
    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProgrammeDeliverable> ProgrammeDeliverables => Set<ProgrammeDeliverable>();

    public DbSet<Board> Boards => Set<Board>();

    public DbSet<Kloe> Kloes => Set<Kloe>();

    public DbSet<KloeMetric> KloeMetrics => Set<KloeMetric>();

    public DbSet<MetricDefinition> Metrics => Set<MetricDefinition>();

    public DbSet<MetricTarget> MetricTargets => Set<MetricTarget>();

    public DbSet<MetricValue> MetricValues => Set<MetricValue>();

    public DbSet<MetricCommentary> MetricCommentaries => Set<MetricCommentary>();

    public DbSet<MetricAction> MetricActions => Set<MetricAction>();

    public DbSet<MetricComputation> MetricComputations => Set<MetricComputation>();

    public DbSet<WaitingGoal> WaitingGoals => Set<WaitingGoal>();

    public DbSet<ServicePlan> ServicePlans => Set<ServicePlan>();

    public DbSet<ServicePlanSection> ServicePlanSections => Set<ServicePlanSection>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<BoardAction> BoardActions => Set<BoardAction>();

    public DbSet<BoardActionUpdate> BoardActionUpdates => Set<BoardActionUpdate>();

    public DbSet<BoardDecision> BoardDecisions => Set<BoardDecision>();

    public DbSet<LocalCare.Core.Boards.Packs.NarrativeRecord> Narratives => Set<LocalCare.Core.Boards.Packs.NarrativeRecord>();

    public DbSet<LocalCare.Core.Boards.Packs.ExceptionFlag> ExceptionFlags => Set<LocalCare.Core.Boards.Packs.ExceptionFlag>();

    public DbSet<LocalCare.Core.Boards.Packs.MetricSignOff> MetricSignOffs => Set<LocalCare.Core.Boards.Packs.MetricSignOff>();

    public DbSet<LocalCare.Core.Boards.Packs.PackVersion> PackVersions => Set<LocalCare.Core.Boards.Packs.PackVersion>();

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    public DbSet<UserUnit> UserUnits => Set<UserUnit>();

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<CqcRatingRecord> CqcRatings => Set<CqcRatingRecord>();

    public DbSet<ProviderContract> Contracts => Set<ProviderContract>();

    public DbSet<ContractSpend> Spend => Set<ContractSpend>();

    public DbSet<SocialValueCommitment> SocialValue => Set<SocialValueCommitment>();

    public DbSet<QualityAudit> QualityAudits => Set<QualityAudit>();

    public DbSet<AuditAction> AuditActions => Set<AuditAction>();

    public DbSet<ProviderConcern> Concerns => Set<ProviderConcern>();

    public DbSet<BudgetLine> Budget => Set<BudgetLine>();

    public DbSet<VfpScheme> VfpSchemes => Set<VfpScheme>();

    public DbSet<VfpDelivery> VfpDelivery => Set<VfpDelivery>();

    public DbSet<LocalCare.Core.Risks.Risk> Risks => Set<LocalCare.Core.Risks.Risk>();

    public DbSet<LocalCare.Core.Risks.RiskLink> RiskLinks => Set<LocalCare.Core.Risks.RiskLink>();

    public DbSet<LocalCare.Core.Risks.RiskScorePoint> RiskScorePoints => Set<LocalCare.Core.Risks.RiskScorePoint>();

    public DbSet<LocalCare.Core.Risks.RiskAction> RiskActions => Set<LocalCare.Core.Risks.RiskAction>();
    public DbSet<Reminders.ReminderDigestSent> ReminderDigestsSent => Set<Reminders.ReminderDigestSent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<PlanYear>().HaveConversion<PlanYearConverter>();
        configurationBuilder.Properties<YearMonth>().HaveConversion<YearMonthConverter>().HaveMaxLength(7);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LocalCareDbContext).Assembly);
    }
}
