using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using LocalCare.Core.Commissioning;

namespace LocalCare.Data.Commissioning;

/// <summary>
/// One element of commissioning.md's risk JSON, the shape of <c>localcare commissioning risk --format json</c> and of
/// <c>GET /api/commissioning/risk</c>: snake_case names whatever the serializer's naming policy, dates as YYYY-MM-DD.
/// </summary>
public sealed record ProviderRiskJson(
    [property: JsonPropertyName("provider")] string Provider,
    [property: JsonPropertyName("score")] int Score,
    [property: JsonPropertyName("band")] string Band,
    [property: JsonPropertyName("review_months")] int ReviewMonths,
    [property: JsonPropertyName("cqc_rating")] string? CqcRating,
    [property: JsonPropertyName("last_audit")] string? LastAudit,
    [property: JsonPropertyName("next_review")] string NextReview,
    [property: JsonPropertyName("overdue")] bool Overdue,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons)
{
    public static ProviderRiskJson From(ProviderRiskResult result) => new(
        result.ProviderCode,
        result.Score,
        result.Band.ToCode(),
        result.ReviewMonths,
        result.CqcRating?.ToCode(),
        result.LastAudit is { } audit ? Iso(audit) : null,
        Iso(result.NextReview),
        result.Overdue,
        result.Reasons);

    /// <summary>The whole array, in the order given (the callers pass it ordered by provider code).</summary>
    public static string Serialize(IEnumerable<ProviderRiskResult> results) =>
        JsonSerializer.Serialize(results.Select(From).ToList());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
