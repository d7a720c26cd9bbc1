using System.Security.Claims;
using LocalCare.Core.Boards;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Inputs;
using LocalCare.Core.Metrics;
using LocalCare.Data;
using LocalCare.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards.Packs;

/// <summary>
/// The data owner's sign-off of a metric's month: the data-quality mark's "validated" (board-packs.md). Only the metric's
/// accountable user or an administrator signs off, and only a month with an LCO value; signing off twice changes nothing.
/// </summary>
public sealed class MetricSignOffs(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>The months of the metric already signed off, newest first.</summary>
    public async Task<IReadOnlyList<MetricSignOff>> ListAsync(string metricId, CancellationToken cancellationToken) =>
        [.. (await db.MetricSignOffs.AsNoTracking().Where(s => s.MetricId == metricId).ToListAsync(cancellationToken)).OrderByDescending(s => s.Month)];

    public static bool CanSignOff(ClaimsPrincipal user, MetricDefinition metric) =>
        BoardPermissions.CanSignOff(user.RolesOf(), user.Identity?.Name, metric.AccountableUserName);

    /// <summary>Whether <paramref name="user"/> may sign the metric's months off; null when the metric does not exist.</summary>
    public async Task<bool?> MaySignOffAsync(string metricId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await db.Metrics.AsNoTracking().SingleOrDefaultAsync(m => m.Id == metricId, cancellationToken) is { } metric ? CanSignOff(user, metric) : null;

    /// <summary>Signs <paramref name="month"/> off; the problems, or none. Null when the metric does not exist.</summary>
    public async Task<IReadOnlyList<FieldProblem>?> SignOffAsync(string metricId, string? month, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var metric = await db.Metrics.AsNoTracking().SingleOrDefaultAsync(m => m.Id == metricId, cancellationToken);
        if (metric is null)
        {
            return null;
        }

        if (!CanSignOff(user, metric))
        {
            return [new FieldProblem("sign-off-month", $"Only {metric.Name}'s accountable person ({metric.AccountableUserName ?? "none set"}) or an administrator can sign its months off")];
        }

        if (!YearMonth.TryParse(month, out var parsed))
        {
            return [new FieldProblem("sign-off-month", string.IsNullOrWhiteSpace(month) ? "Select the month to sign off" : $"The month must be written YYYY-MM (not '{month}')")];
        }

        if (!await db.MetricValues.AnyAsync(v => v.MetricId == metricId && v.Unit == UnitRefs.Lco && v.Month == parsed, cancellationToken))
        {
            return [new FieldProblem("sign-off-month", $"{metric.Name} has no LCO value for {parsed} to sign off")];
        }

        if (!await db.MetricSignOffs.AnyAsync(s => s.MetricId == metricId && s.Month == parsed, cancellationToken))
        {
            db.MetricSignOffs.Add(new MetricSignOff { MetricId = metricId, Month = parsed, SignedOffBy = user.NameOf(), SignedOffAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        return [];
    }
}
