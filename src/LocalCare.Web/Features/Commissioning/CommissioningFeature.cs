using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using LocalCare.Core.Access;
using LocalCare.Core.Commissioning;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>Registers the commissioning feature: the provider register, contracts, social value and budget pages and their API read through one query; the import page and concerns recorded in the app.</summary>
public static class CommissioningFeature
{
    public static WebApplicationBuilder AddLocalCareCommissioning(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CommissioningQuery>();
        builder.Services.AddScoped<Import.CommissioningUpload>();
        builder.Services.AddScoped<LocalCare.Data.Commissioning.Concerns.ConcernEditor>();
        return builder;
    }
}

/// <summary>
/// Who may see what of commissioning: every signed-in role reads the register, contracts, social value and budget; the
/// concerns about a provider (safeguarding, whistleblowing, upheld complaints) only administrators, executives, analysts
/// and commissioners. For the others the risk reasons drawn from concerns are folded into one line without details.
/// </summary>
public static partial class CommissioningAccess
{
    public static IReadOnlyList<string> Readers { get; } = Roles.All;

    public static IReadOnlyList<string> ConcernReaders { get; } = [Roles.Admin, Roles.Executive, Roles.Analyst, Roles.Commissioner];

    public const string RestrictedSentence =
        "Concerns about providers (safeguarding, whistleblowing and upheld complaints) are restricted to commissioners, analysts, executives and administrators.";

    public const string RestrictedReasonPrefix = "Concerns between audits (details restricted)";

    public static bool CanSeeConcerns(this ClaimsPrincipal user) => ConcernReaders.Any(user.IsInRole);

    /// <summary>
    /// The reasons a user may read: all of them for concern readers; for others, the reasons of the three concern inputs
    /// (safeguarding open, whistleblowing, upheld complaints) become one, "Concerns between audits (details restricted): N points".
    /// </summary>
    public static IReadOnlyList<string> ReasonsFor(ProviderRiskResult result, bool canSeeConcerns)
    {
        if (canSeeConcerns)
        {
            return result.Reasons;
        }

        var reasons = new List<string>();
        var concernPoints = 0;
        var concerns = false;
        foreach (var reason in result.Reasons)
        {
            if (IsConcernReason(reason))
            {
                concerns = true;
                var match = PointsPattern().Match(reason);
                concernPoints += match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            }
            else
            {
                reasons.Add(reason);
            }
        }

        if (concerns)
        {
            reasons.Add($"{RestrictedReasonPrefix}: {(concernPoints == 1 ? "1 point" : $"{concernPoints} points")}");
        }

        return reasons;
    }

    /// <summary>The result as the user may read it (reasons folded for those who may not see concerns).</summary>
    public static ProviderRiskResult ForUser(ProviderRiskResult result, bool canSeeConcerns) =>
        canSeeConcerns ? result : result with { Reasons = ReasonsFor(result, canSeeConcerns) };

    private static bool IsConcernReason(string reason) =>
        reason.Contains("safeguarding concern", StringComparison.Ordinal)
        || reason.Contains("whistleblowing concern", StringComparison.Ordinal)
        || reason.Contains("upheld complaint", StringComparison.Ordinal);

    [GeneratedRegex(@": (\d+) points?$")]
    private static partial Regex PointsPattern();
}
