using System.Globalization;
using System.Security.Claims;
using LocalCare.Data.Commissioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>
/// The commissioning API, read-only, for every signed-in role: the provider register, one provider, and the risk rating of
/// every contracted provider at a date in commissioning.md's JSON. Concerns (and the risk reasons drawn from them) only for
/// administrators, executives, analysts and commissioners.
/// </summary>
public static class CommissioningApi
{
    public static RouteGroupBuilder MapCommissioningApi(this RouteGroupBuilder api)
    {
        api.MapGet("/commissioning/providers", GetProviders)
            .WithName("GetCommissioningProviders")
            .WithSummary("Every provider on the register at today: type, neighbourhood, beds, CQC overall rating, and the risk score, band, next review and reasons of those with an active contract (risk null otherwise).")
            .WithTags("Commissioning")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/commissioning/providers/{code}", GetProvider)
            .WithName("GetCommissioningProvider")
            .WithSummary("One provider at today: the register's summary with the risk reasons, the CQC rating per domain, audits with their actions, contracts with spend; its concerns only for administrators, executives, analysts and commissioners.")
            .WithTags("Commissioning")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/commissioning/risk", GetRisk)
            .WithName("GetCommissioningRisk")
            .WithSummary("The risk rating at a date (default today) of every provider with a contract active on it, ordered by provider code: the JSON of `localcare commissioning risk --format json` (commissioning.md). For managers and viewers the reasons drawn from concerns are folded into one.")
            .WithTags("Commissioning")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }

    public static async Task<Ok<ProviderListJson>> GetProviders(ClaimsPrincipal user, CommissioningQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await query.LoadAsync(cancellationToken);
        var canSee = user.CanSeeConcerns();
        return TypedResults.Ok(new ProviderListJson(CommissioningSnapshot.Iso(snapshot.Today), [.. ProviderRegister.Rows(snapshot).Select(r => ProviderSummaryJson.From(r, canSee))]));
    }

    public static async Task<Results<Ok<ProviderDetailJson>, NotFound<ProblemDetails>>> GetProvider(
        string code, ClaimsPrincipal user, CommissioningQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await query.LoadAsync(cancellationToken);
        if (snapshot.Provider(code) is not { } provider)
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Provider not found",
                Detail = $"There is no provider with code '{code}': GET /api/commissioning/providers lists them.",
            });
        }

        var canSee = user.CanSeeConcerns();
        return TypedResults.Ok(ProviderDetailJson.From(snapshot, ProviderProfile.Of(snapshot, provider), canSee));
    }

    public static async Task<Results<Ok<IReadOnlyList<ProviderRiskJson>>, ValidationProblem>> GetRisk(
        string? date, ClaimsPrincipal user, CommissioningQuery query, ProviderRisks risks, CancellationToken cancellationToken)
    {
        DateOnly at;
        if (string.IsNullOrWhiteSpace(date))
        {
            at = query.Today();
        }
        else if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["date"] = [$"Date '{date.Trim()}' is not a date: write it as YYYY-MM-DD"] },
                title: "The parameters are not valid",
                detail: "Check the parameter date.");
        }

        var canSee = user.CanSeeConcerns();
        var results = await risks.AtAsync(at, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ProviderRiskJson>>([.. results.Select(r => ProviderRiskJson.From(CommissioningAccess.ForUser(r, canSee)))]);
    }
}
