using LocalCare.Core.Plans;
using LocalCare.Data;
using LocalCare.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.ServicePlans;

/// <summary>Which plan years service plans are shown for: the one asked for, else the latest plan year in the database, else this one.</summary>
public static class ServicePlanYears
{
    public const string Problem = "Enter a plan year such as 2024 or 2024/25";

    /// <summary>A year as typed in an address ("2024", "2024-25", "2024/25"), between 2000 and 2098; false otherwise.</summary>
    public static bool TryParse(string? text, out PlanYear year) =>
        PlanYear.TryParse(text, out year) && year.StartYear is >= 2000 and <= 2098;

    /// <summary>The year shown when none is asked for.</summary>
    public static async Task<PlanYear> DefaultAsync(LocalCareDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        await PlanYears.LatestAsync(db, cancellationToken)
        ?? (await db.ServicePlans.Select(p => p.PlanYear).Distinct().ToListAsync(cancellationToken)).DefaultIfEmpty(PlanYear.Of(Core.Time.UkTime.Today(clock))).Max();

    /// <summary>The years a person can choose: those with plans or KLOEs, and <paramref name="shown"/>; newest first.</summary>
    public static async Task<IReadOnlyList<PlanYear>> ChoicesAsync(LocalCareDbContext db, PlanYear shown, CancellationToken cancellationToken)
    {
        var planned = await db.ServicePlans.Select(p => p.PlanYear).Distinct().ToListAsync(cancellationToken);
        var kloes = await db.Kloes.Select(k => k.PlanYear).Distinct().ToListAsync(cancellationToken);
        return [.. planned.Concat(kloes).Append(shown).Distinct().OrderDescending()];
    }

    /// <summary>The year as it appears in addresses: the year it starts, "2024".</summary>
    public static string InAddress(PlanYear year) => year.StartYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
