using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>Starts next year's plan from a year's (<see cref="PlanRollForward"/>) and records the "delivered?" review of its deliverables.</summary>
public sealed class PlanRollForwardService(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>Whether <paramref name="year"/> has a plan (priorities).</summary>
    public Task<bool> HasPlanAsync(PlanYear year, CancellationToken cancellationToken) => db.Priorities.AnyAsync(p => p.PlanYear == year, cancellationToken);

    /// <summary>Creates next year's vision, priorities, KLOEs and portfolio and a pending review of each deliverable; a reason when it cannot.</summary>
    public async Task<string?> StartNextYearAsync(PlanYear year, CancellationToken cancellationToken)
    {
        if (await HasPlanAsync(year.Next, cancellationToken))
        {
            return $"The {year.Next.Label} plan has already been started";
        }

        var plan = PlanRollForward.Start(
            year,
            await db.VisionStatements.AsNoTracking().Where(v => v.PlanYear == year).ToListAsync(cancellationToken),
            await db.Priorities.AsNoTracking().Where(p => p.PlanYear == year).ToListAsync(cancellationToken),
            await db.Kloes.AsNoTracking().Include(k => k.Metrics).Where(k => k.PlanYear == year).ToListAsync(cancellationToken),
            await db.Deliverables.AsNoTracking().Where(d => d.PlanYear == year).ToListAsync(cancellationToken),
            await db.Programmes.AsNoTracking().Include(p => p.Projects).Where(p => p.PlanYear == year).ToListAsync(cancellationToken));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.VisionStatements.AddRange(plan.Vision);
        db.Priorities.AddRange(plan.Priorities);
        db.Kloes.AddRange(plan.Kloes);
        var programmes = await db.Programmes.Select(p => p.Code).ToListAsync(cancellationToken);
        db.Programmes.AddRange(plan.Programmes.Where(p => !programmes.Contains(p.Code)));
        var reviewed = await db.DeliverableReviews.Select(r => r.DeliverableCode).ToListAsync(cancellationToken);
        db.DeliverableReviews.AddRange(plan.Reviews.Where(r => !reviewed.Contains(r.DeliverableCode)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Each deliverable of <paramref name="year"/> with its review, in code order; empty until next year has been started.</summary>
    public async Task<IReadOnlyList<(Deliverable Deliverable, DeliverableReview Review)>> ReviewsAsync(PlanYear year, CancellationToken cancellationToken)
    {
        var deliverables = await db.Deliverables.AsNoTracking().Include(d => d.Updates).Where(d => d.PlanYear == year).ToListAsync(cancellationToken);
        var codes = deliverables.Select(d => d.Code).ToList();
        var reviews = await db.DeliverableReviews.AsNoTracking().Where(r => codes.Contains(r.DeliverableCode)).ToDictionaryAsync(r => r.DeliverableCode, cancellationToken);
        return [.. deliverables.Where(d => reviews.ContainsKey(d.Code)).OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => (d, reviews[d.Code]))];
    }

    /// <summary>One deliverable with its review; null when it has none.</summary>
    public async Task<(Deliverable Deliverable, DeliverableReview Review)?> ReviewOfAsync(string code, CancellationToken cancellationToken)
    {
        var review = await db.DeliverableReviews.AsNoTracking().SingleOrDefaultAsync(r => r.DeliverableCode == code, cancellationToken);
        var deliverable = await db.Deliverables.AsNoTracking().Include(d => d.Updates).SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        return review is null || deliverable is null ? null : (deliverable, review);
    }

    /// <summary>
    /// Records a deliverable's review; with <paramref name="carryForward"/> copies it into next year, linked to next year's
    /// version of each programme that carried it (<see cref="PortfolioRollForward.CarriedLinks"/>). Null problems: no such review.
    /// </summary>
    public async Task<IReadOnlyList<FieldProblem>?> ReviewAsync(string code, DeliverableOutcome? outcome, string? note, bool carryForward, string user, CancellationToken cancellationToken)
    {
        var review = await db.DeliverableReviews.SingleOrDefaultAsync(r => r.DeliverableCode == code, cancellationToken);
        var deliverable = await db.Deliverables.AsNoTracking().Include(d => d.Alignments).Include(d => d.Metrics).AsSplitQuery().SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (review is null || deliverable is null)
        {
            return null;
        }

        if (DeliverableReview.Problems(outcome, note, carryForward) is { Count: > 0 } problems)
        {
            return problems;
        }

        if (carryForward && review.CarriedForwardTo is null)
        {
            var next = deliverable.PlanYear.Next;
            var codes = await db.Deliverables.Where(d => d.PlanYear == next).Select(d => d.Code).ToListAsync(cancellationToken);
            var copy = PlanRollForward.CarryForward(deliverable, codes);
            if (!await db.Priorities.AnyAsync(p => p.Code == copy.PriorityCode, cancellationToken))
            {
                return [new("carry-forward", $"{next.Label} has no priority {copy.PriorityCode} to carry it forward under; add it to the plan first")];
            }

            db.Deliverables.Add(copy);
            review.CarriedForwardTo = copy.Code;
            var links = await db.ProgrammeDeliverables.AsNoTracking().Where(l => l.DeliverableCode == deliverable.Code).ToListAsync(cancellationToken);
            var programmes = await db.Programmes.Where(p => p.PlanYear == next).Select(p => p.Code).ToListAsync(cancellationToken);
            db.ProgrammeDeliverables.AddRange(PortfolioRollForward.CarriedLinks(links, deliverable, copy, programmes));
        }

        review.Outcome = outcome!.Value;
        review.Note = note?.Trim() ?? "";
        review.ReviewedBy = user;
        review.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
