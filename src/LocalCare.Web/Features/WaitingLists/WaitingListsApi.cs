using LocalCare.Web.Features.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LocalCare.Web.Features.WaitingLists;

/// <summary>The waiting-lists API (waiting-lists.md): the census per unit, a service's weekly flow, the model, and a service's simulation.</summary>
public static class WaitingListsApi
{
    public static RouteGroupBuilder MapWaitingListsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/waiting-lists/census", GetCensus)
            .WithName("GetWaitingListCensus")
            .WithSummary("Who was waiting at a month's census (default: the last complete month), per unit (LCO, localities, neighbourhoods, services): total, SitRep bands, mean and median days, longest wait, counts over 18, 52, 65, 78 and 104 weeks; the JSON of `localcare waitlist census`. Counts only: the validation list is a download from the page.")
            .WithTags("Waiting lists");
        api.MapGet("/waiting-lists/services/{code}/flow", GetFlow)
            .WithName("GetWaitingListFlow")
            .WithSummary("A service's weekly demand (referrals received), capacity (clock stops), net change and queue load over the whole weeks (default 26, at most 104) before a month's census, with the coefficients of variation.")
            .WithTags("Waiting lists");
        api.MapGet("/waiting-lists/model", GetModel)
            .WithName("GetWaitingListModel")
            .WithSummary("The waiting-list model (NHSRwaitinglist's formulas, weeks throughout) for the numbers given: queue_load, target_mean_wait, target_queue_size, relief_capacity, target_capacity, pressure (null without meanWait) and regime, with a reading of each. demand, capacity and queue are required; target defaults to 18, factor to 4, cvCapacity to 1, timeToTarget to 26.")
            .WithTags("Waiting lists");
        api.MapGet("/waiting-lists/services/{code}/simulation", GetSimulation)
            .WithName("GetWaitingListSimulation")
            .WithSummary("Simulates a service's list from a month's census (default: the last complete month) for weeks (default 52) at the current, target, relief and (with capacity) your own capacity: median and 10th-90th percentiles per week over seeded replications (default 200, at most 2,000; seed default 1), and the week each long wait clears; the JSON of `localcare waitlist simulate`. demand and target replace the observed demand and the 18-week target; withdrawal is the weekly withdrawal probability (0 to 1, default 0).")
            .WithTags("Waiting lists");
        return api;
    }

    public static async Task<Results<Ok<CensusJson>, ValidationProblem, ProblemHttpResult>> GetCensus(
        string? month, string? service, WaitingListsQuery query, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        var organisation = await query.OrganisationAsync(cancellationToken);
        var census = query.Month(month, "month", problems);
        var code = WaitingListsQuery.Service(service, "service", organisation, problems);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        try
        {
            return TypedResults.Ok(CensusJson.From(await query.CensusAsync(census!.Value, code, organisation, cancellationToken)));
        }
        catch (WarehouseBusyException)
        {
            return DataApi.Busy();
        }
    }

    public static async Task<Results<Ok<FlowJson>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> GetFlow(
        string code, string? month, string? weeks, WaitingListsQuery query, CancellationToken cancellationToken)
    {
        var organisation = await query.OrganisationAsync(cancellationToken);
        var problems = new Dictionary<string, string[]>();
        if (WaitingListsQuery.Service(code, "code", organisation, problems) is not { } service)
        {
            return ServiceNotFound(code);
        }

        var census = query.Month(month, "month", problems);
        var window = WaitingListsQuery.Whole(weeks, "weeks", "Weeks", 1, WaitingListsQuery.MaxFlowWeeks, Warehouse.WaitingLists.ObservedWaitingList.DefaultFlowWeeks, problems);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        try
        {
            var observed = await query.ObservedAsync(service, census!.Value, window!.Value, cancellationToken);
            return TypedResults.Ok(FlowJson.From(service, census.Value, observed.Flow));
        }
        catch (WarehouseBusyException)
        {
            return DataApi.Busy();
        }
    }

    public static Results<Ok<ModelJson>, ValidationProblem> GetModel(
        string? demand, string? capacity, string? queue, string? target, string? factor, string? cvDemand, string? cvCapacity, string? timeToTarget,
        string? referrals, string? meanWait)
    {
        var problems = new Dictionary<string, string[]>();
        var input = WaitingListInputs.Model(new ModelText(demand, capacity, queue, target, factor, cvDemand, cvCapacity, timeToTarget, referrals, meanWait), null, problems);
        var result = input is null ? null : WaitingListInputs.Calculate(input, "demand", problems);
        return result is null ? Invalid(problems) : TypedResults.Ok(ModelJson.From(result));
    }

    public static async Task<Results<Ok<SimulationJson>, NotFound<ProblemDetails>, ValidationProblem, ProblemHttpResult>> GetSimulation(
        string code, string? month, string? weeks, string? replications, string? seed, string? capacity, string? demand, string? target,
        string? withdrawal, WaitingListsQuery query, CancellationToken cancellationToken)
    {
        var organisation = await query.OrganisationAsync(cancellationToken);
        var problems = new Dictionary<string, string[]>();
        if (WaitingListsQuery.Service(code, "code", organisation, problems) is not { } service)
        {
            return ServiceNotFound(code);
        }

        var census = query.Month(month, "month", problems);
        var choice = WaitingListInputs.Simulation(new SimulationText(weeks, replications, seed, capacity, withdrawal), problems);
        if (problems.Count > 0)
        {
            return Invalid(problems);
        }

        try
        {
            var observed = await query.ObservedAsync(service, census!.Value, Warehouse.WaitingLists.ObservedWaitingList.DefaultFlowWeeks, cancellationToken);
            var input = WaitingListInputs.Model(new ModelText(Demand: demand, Target: target), observed.ModelInput(WaitingListInputs.DefaultTargetWeeks), problems);
            var model = input is null ? null : WaitingListInputs.Calculate(input, "demand", problems);
            var results = model is null ? null : WaitingListInputs.Simulate(observed.DaysWaited, input!, model, choice!, "capacity", problems, cancellationToken);
            return results is null ? Invalid(problems) : TypedResults.Ok(SimulationJson.From(observed, input!.Demand, choice!, results));
        }
        catch (WarehouseBusyException)
        {
            return DataApi.Busy();
        }
    }

    public static NotFound<ProblemDetails> ServiceNotFound(string code) => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Service not found",
        Detail = $"There is no service with code '{code}': GET /api/organisation lists them.",
    });

    /// <summary>400 whose detail names every parameter at fault; the errors say what is wrong with each.</summary>
    private static ValidationProblem Invalid(Dictionary<string, string[]> problems) => TypedResults.ValidationProblem(
        problems,
        title: "The parameters are not valid",
        detail: $"Check {(problems.Count == 1 ? "the parameter" : "the parameters")} {string.Join(", ", problems.Keys)}.");
}
