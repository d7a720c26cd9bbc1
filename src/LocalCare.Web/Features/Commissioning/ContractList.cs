using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using LocalCare.Core.Plans;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>A contract on the contracts page: its provider, spend in the financial year to date and whether it ends within 6 or 12 months.</summary>
public sealed record ContractRow(ProviderContract Contract, Provider? Provider, decimal SpendYearToDate, bool Ended, bool Within6, bool Within12);

/// <summary>
/// Every contract with its end date, for re-commissioning: "expiring within N months" is a contract not yet ended whose end
/// date is on or before today + N months (today ≤ end ≤ today.AddMonths(N), day kept and clamped to the month's end).
/// Spend year to date is the financial year's (April to today's month).
/// </summary>
public static class ContractList
{
    public static IReadOnlyList<ContractRow> Rows(CommissioningSnapshot snapshot)
    {
        var providers = snapshot.Data.Providers.ToDictionary(p => p.Code, StringComparer.Ordinal);
        return snapshot.Data.Contracts
            .OrderBy(c => c.EndDate).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => Row(snapshot, c, providers.GetValueOrDefault(c.ProviderCode)))
            .ToList();
    }

    /// <summary>One contract's row (the contract's own page shows it too).</summary>
    public static ContractRow Row(CommissioningSnapshot snapshot, ProviderContract contract, Provider? provider)
    {
        var today = snapshot.Today;
        var april = YearMonth.Of(PlanYear.Of(today).Start);
        var month = YearMonth.Of(today);
        return new ContractRow(
            contract,
            provider,
            snapshot.Data.Spend.Where(s => string.Equals(s.ContractCode, contract.Code, StringComparison.Ordinal) && s.Month >= april && s.Month <= month).Sum(s => s.Amount),
            contract.EndDate < today,
            ExpiresWithin(contract, today, 6),
            ExpiresWithin(contract, today, 12));
    }

    public static bool ExpiresWithin(ProviderContract contract, DateOnly today, int months) =>
        contract.EndDate >= today && contract.EndDate <= today.AddMonths(months);
}
