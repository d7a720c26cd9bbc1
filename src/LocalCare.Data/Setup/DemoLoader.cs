using System.Reflection;
using LocalCare.Core.Boards;
using LocalCare.Core.Generation;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Data.Demo;
using LocalCare.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Setup;

/// <summary>
/// Loads the demo organisation (docs/demo-organisation.md) from the seeds: units, the 2024/25 plan, partner priorities, KLOEs,
/// service plans and the transformation portfolio, and 2025/26 started from it with some "delivered?" reviews answered.
/// </summary>
public sealed class DemoLoader(LocalCareDbContext db, TimeProvider? clock = null)
{
    public const string OrganisationResource = "LocalCare.Data.Demo.DemoOrganisation.csv";

    /// <summary>Loads what is not there yet; returns false when the demo plan was already loaded.</summary>
    public async Task<bool> LoadAsync(PlanYear currentYear, CancellationToken cancellationToken = default)
    {
        var standard = new StandardSetup(db);
        await standard.EnsureAsync(cancellationToken);
        var lastYear = currentYear > DemoPlan.Year ? currentYear : DemoPlan.Year;
        await standard.EnsureDefaultTargetsAsync(DemoPlan.Year, lastYear, cancellationToken);

        if (!await db.OrganisationUnits.AnyAsync(cancellationToken))
        {
            using var reader = new StreamReader(OpenOrganisationCsv());
            await new OrganisationImport(db, new Audit.AuditLog(db, Audit.FixedAuditActor.System, clock ?? TimeProvider.System)).FromReaderAsync(reader, "organisation.csv", cancellationToken);
        }

        var loaded = !await db.Priorities.AnyAsync(p => p.PlanYear == DemoPlan.Year, cancellationToken);
        if (loaded)
        {
            await LoadPlanAsync(currentYear, cancellationToken);
        }
        else
        {
            await LoadServicePlansAsync(cancellationToken);
        }

        await LoadPortfolioAsync(cancellationToken);
        await LoadNextYearAsync(cancellationToken);
        await LoadBoardsAsync(cancellationToken);
        await LoadRisksAsync(cancellationToken);
        return loaded;
    }

    /// <summary>The demo's risk register (<see cref="DemoRisks"/>), when the register is empty; links to things not in the database are left out.</summary>
    private async Task LoadRisksAsync(CancellationToken cancellationToken)
    {
        if (await db.Risks.AnyAsync(cancellationToken))
        {
            return;
        }

        var known = await new Risks.RiskRegister(db).KnownLinksAsync(cancellationToken);
        var risks = DemoRisks.Create();
        foreach (var risk in risks)
        {
            risk.Links.RemoveAll(l => !known[l.Kind].Contains(l.Target));
        }

        db.Risks.AddRange(risks);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task LoadPlanAsync(PlanYear currentYear, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workplans = await db.Workplans.Select(w => w.Code).ToListAsync(cancellationToken);
        var partners = await db.PartnerPriorities.Select(p => p.Code).ToListAsync(cancellationToken);
        db.VisionStatements.AddRange(DemoPlan.Vision());
        db.Workplans.AddRange(DemoPlan.Workplans().Where(w => !workplans.Contains(w.Code)));
        db.PartnerPriorities.AddRange(DemoPlan.PartnerPriorities().Where(p => !partners.Contains(p.Code)));
        db.Priorities.AddRange(DemoPlan.Priorities());
        await db.SaveChangesAsync(cancellationToken);
        db.Deliverables.AddRange(DemoPlan.Deliverables());
        db.Kloes.AddRange(DemoPlan.Kloes());
        db.QuarterLocks.AddRange(DemoPlan.LockedQuarters.Select(q => new QuarterLock { PlanYear = DemoPlan.Year, Quarter = q, LockedBy = "executive", LockedAt = DemoPlan.Year.Quarter(q).End.AddDays(10).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc) }));
        db.WaitingGoals.AddRange(DemoPlan.WaitingGoals(new YearMonth(currentYear.StartYear + 1, 3)));
        await db.SaveChangesAsync(cancellationToken);
        await LoadServicePlansAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The demo's transformation portfolio, when the demo year has no programmes yet (also into a demo loaded before the
    /// portfolio existed); links to deliverables that are not in the database are left out.
    /// </summary>
    private async Task LoadPortfolioAsync(CancellationToken cancellationToken)
    {
        if (await db.Programmes.AnyAsync(p => p.PlanYear == DemoPlan.Year, cancellationToken))
        {
            return;
        }

        var programmes = DemoPlan.Programmes();
        var linked = programmes.SelectMany(p => p.Deliverables).Select(l => l.DeliverableCode).ToList();
        var existing = (await db.Deliverables.Where(d => linked.Contains(d.Code)).Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var programme in programmes)
        {
            programme.Deliverables.RemoveAll(l => !existing.Contains(l.DeliverableCode));
        }

        db.Programmes.AddRange(programmes);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The demo's 2025/26 plan, started from 2024/25 as an executive starts it (<see cref="PlanRollForward"/>: vision, priorities,
    /// KLOEs and portfolio copied, every deliverable given a pending review), then <see cref="DemoPlan.Reviews"/> answered as the
    /// review page answers them (carried-forward copies linked to next year's programmes); once, when 2025/26 has no plan and no
    /// deliverable has a review yet (also into a demo loaded before this existed).
    /// </summary>
    private async Task LoadNextYearAsync(CancellationToken cancellationToken)
    {
        var year = DemoPlan.Year;
        var next = year.Next;
        if (!await db.Priorities.AnyAsync(p => p.PlanYear == year, cancellationToken)
            || await db.Priorities.AnyAsync(p => p.PlanYear == next, cancellationToken)
            || await db.DeliverableReviews.AnyAsync(cancellationToken))
        {
            return;
        }

        var deliverables = await db.Deliverables.AsNoTracking().Include(d => d.Alignments).Include(d => d.Metrics).AsSplitQuery()
            .Where(d => d.PlanYear == year).ToListAsync(cancellationToken);
        var plan = PlanRollForward.Start(
            year,
            await db.VisionStatements.AsNoTracking().Where(v => v.PlanYear == year).ToListAsync(cancellationToken),
            await db.Priorities.AsNoTracking().Where(p => p.PlanYear == year).ToListAsync(cancellationToken),
            await db.Kloes.AsNoTracking().Include(k => k.Metrics).Where(k => k.PlanYear == year).ToListAsync(cancellationToken),
            deliverables,
            await db.Programmes.AsNoTracking().Include(p => p.Projects).Where(p => p.PlanYear == year).ToListAsync(cancellationToken));
        var links = await db.ProgrammeDeliverables.AsNoTracking().ToListAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.VisionStatements.AddRange(plan.Vision);
        db.Priorities.AddRange(plan.Priorities);
        db.Kloes.AddRange(plan.Kloes);
        db.Programmes.AddRange(plan.Programmes);
        await db.SaveChangesAsync(cancellationToken);

        var reviews = plan.Reviews.ToDictionary(r => r.DeliverableCode, StringComparer.Ordinal);
        var programmes = plan.Programmes.Select(p => p.Code).ToList();
        var copies = new List<string>();
        foreach (var answer in DemoPlan.Reviews())
        {
            if (!reviews.TryGetValue(answer.Code, out var review) || deliverables.Find(d => d.Code == answer.Code) is not { } deliverable)
            {
                continue; // a demo deliverable that was removed
            }

            if (DeliverableReview.Problems(answer.Outcome, answer.Note, answer.CarryForward) is { Count: > 0 } problems)
            {
                throw new InvalidOperationException($"{answer.Code}: {problems[0].Message}.");
            }

            (review.Outcome, review.Note, review.ReviewedBy, review.ReviewedAt) = (answer.Outcome, answer.Note, DemoPlan.Reviewer, DemoPlan.ReviewedAt);
            if (answer.CarryForward)
            {
                var copy = PlanRollForward.CarryForward(deliverable, copies);
                copies.Add(copy.Code);
                db.Deliverables.Add(copy);
                db.ProgrammeDeliverables.AddRange(PortfolioRollForward.CarriedLinks(links, deliverable, copy, programmes));
                review.CarriedForwardTo = copy.Code;
            }
        }

        db.DeliverableReviews.AddRange(plan.Reviews);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The demo's service plans, unless some service plan already exists (an installation that has started its own).</summary>
    private async Task LoadServicePlansAsync(CancellationToken cancellationToken)
    {
        if (await db.ServicePlans.AnyAsync(cancellationToken))
        {
            return;
        }

        var units = await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
        var kloes = await db.Kloes.AsNoTracking().Where(k => k.PlanYear == DemoPlan.Year).ToListAsync(cancellationToken);
        db.ServicePlans.AddRange(DemoServicePlans.Plans(units, kloes));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The demo year's meetings with their actions and decisions, and who is accountable for each metric; once (when the
    /// Health Performance Board has no actions yet).
    /// </summary>
    private async Task LoadBoardsAsync(CancellationToken cancellationToken)
    {
        await new StandardSetup(db).EnsureMeetingsAsync(DemoPlan.Year, cancellationToken: cancellationToken);
        if (await db.BoardActions.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var metric in await db.Metrics.Where(m => m.AccountableUserName == null).ToListAsync(cancellationToken))
        {
            metric.AccountableUserName = DemoPlan.AccountableFor(metric.BoardCode);
            metric.ReviewedOn ??= DemoPlan.ReviewedOn(metric.IsManual);
        }

        var meetings = await db.Meetings.Where(m => m.BoardCode == StandardBoards.HealthPerformance && m.Date >= DemoPlan.Year.Start && m.Date <= DemoPlan.Year.End)
            .ToListAsync(cancellationToken);
        int MeetingIn(int month) => meetings.Single(m => m.Date.Month == month).Id;
        db.BoardActions.AddRange(DemoPlan.Actions(MeetingIn));
        db.BoardDecisions.AddRange(DemoPlan.Decisions(MeetingIn));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo's organisation.csv, the same file a user can import.</summary>
    public static Stream OpenOrganisationCsv() =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(OrganisationResource)
        ?? throw new InvalidOperationException($"Embedded resource {OrganisationResource} is missing from the build.");
}
