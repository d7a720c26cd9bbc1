using LocalCare.Core.Plans;
using LocalCare.Data;

namespace LocalCare.Web.Features.Shared;

/// <summary>The plan year a page or API call asks for with <c>?year=</c> (2024, 2024/25 or 2024-25); the latest plan year when left out.</summary>
public static class PlanYearParameter
{
    /// <summary>What is wrong with the parameter as typed; null when it is left out or is a plan year.</summary>
    public static string? Problem(string? text) =>
        string.IsNullOrWhiteSpace(text) || PlanYear.TryParse(text, out _) ? null : $"Year '{text.Trim()}' is not a plan year: write it like 2024/25";

    /// <summary>The year asked for, else the latest plan year; null when it is left out and no plan has been loaded. Check <see cref="Problem"/> first.</summary>
    public static async Task<PlanYear?> ResolveAsync(string? text, LocalCareDbContext db, CancellationToken cancellationToken) =>
        PlanYear.TryParse(text, out var year) ? year : await PlanYears.LatestAsync(db, cancellationToken);
}
