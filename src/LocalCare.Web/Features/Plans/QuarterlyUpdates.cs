using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.Time;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Plans;

/// <summary>What saving an update or locking a quarter came to, for the page and the API to answer in their own way.</summary>
public enum PlanChangeOutcome
{
    Saved,
    NotFound,
    Forbidden,
    Refused,
    Invalid,
}

/// <summary>The outcome with the problems by field (<see cref="PlanChangeOutcome.Invalid"/>) or the reason (<see cref="PlanChangeOutcome.Refused"/>).</summary>
public sealed record PlanChangeResult(PlanChangeOutcome Outcome, IReadOnlyList<FieldProblem> Problems)
{
    public static PlanChangeResult Saved { get; } = new(PlanChangeOutcome.Saved, []);

    public static PlanChangeResult NotFound { get; } = new(PlanChangeOutcome.NotFound, []);

    public static PlanChangeResult Forbidden { get; } = new(PlanChangeOutcome.Forbidden, []);

    public static PlanChangeResult Refused(string field, string reason) => new(PlanChangeOutcome.Refused, [new(field, reason)]);

    public static PlanChangeResult Invalid(IReadOnlyList<FieldProblem> problems) => new(PlanChangeOutcome.Invalid, problems);
}

/// <summary>Writes quarterly updates and locks quarters: the rules of <see cref="QuarterlyReporting"/> and <see cref="PlanPermissions"/> on the app database.</summary>
public sealed class QuarterlyUpdates(LocalCareDbContext db, TimeProvider clock)
{
    public DateOnly Today => UkTime.Today(clock);

    public async Task<IReadOnlyList<QuarterLock>> LocksAsync(PlanYear year, CancellationToken cancellationToken) =>
        await db.QuarterLocks.AsNoTracking().Where(l => l.PlanYear == year).OrderBy(l => l.Quarter).ToListAsync(cancellationToken);

    /// <summary>Saves (adds or replaces) <paramref name="code"/>'s update for <paramref name="quarter"/> as <paramref name="user"/>.</summary>
    public async Task<PlanChangeResult> SaveAsync(
        string code, int quarter, QuarterlyUpdateInput input, IReadOnlyList<string> roles, string user, CancellationToken cancellationToken)
    {
        var deliverable = await db.Deliverables.Include(d => d.Updates).SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (deliverable is null || quarter is < 1 or > 4)
        {
            return PlanChangeResult.NotFound;
        }

        if (!PlanPermissions.CanWriteUpdate(roles, user, deliverable.OwnerUserName))
        {
            return PlanChangeResult.Forbidden;
        }

        var locked = (await LocksAsync(deliverable.PlanYear, cancellationToken)).Select(l => l.Quarter).ToList();
        if (QuarterlyReporting.WhyNotWritable(deliverable.PlanYear.Quarter(quarter), locked, Today) is { } reason)
        {
            return PlanChangeResult.Refused("status", reason);
        }

        var (update, problems) = input.ToUpdate(code, quarter);
        if (update is null)
        {
            return PlanChangeResult.Invalid(problems);
        }

        var existing = deliverable.UpdateFor(quarter);
        if (existing is null)
        {
            deliverable.Updates.Add(existing = update);
        }

        existing.Status = update.Status;
        existing.Commentary = update.Commentary;
        existing.Action = update.Action;
        existing.UpdatedBy = user;
        existing.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return PlanChangeResult.Saved;
    }

    /// <summary>Locks a quarter that has ended; its updates are read-only from then on.</summary>
    public async Task<PlanChangeResult> LockAsync(PlanYear year, int quarter, IReadOnlyList<string> roles, string user, CancellationToken cancellationToken)
    {
        if (quarter is < 1 or > 4 || !await db.Priorities.AnyAsync(p => p.PlanYear == year, cancellationToken))
        {
            return PlanChangeResult.NotFound;
        }

        if (!PlanPermissions.CanLockQuarter(roles))
        {
            return PlanChangeResult.Forbidden;
        }

        var planQuarter = year.Quarter(quarter);
        if (await db.QuarterLocks.AnyAsync(l => l.PlanYear == year && l.Quarter == quarter, cancellationToken))
        {
            return PlanChangeResult.Refused("quarter", $"{planQuarter.Label} is already locked");
        }

        if (planQuarter.End >= Today)
        {
            return PlanChangeResult.Refused("quarter", $"{planQuarter.Label} cannot be locked before it ends on {planQuarter.End.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        }

        db.QuarterLocks.Add(new QuarterLock { PlanYear = year, Quarter = quarter, LockedBy = user, LockedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return PlanChangeResult.Saved;
    }
}
