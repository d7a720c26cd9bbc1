using System.Globalization;

namespace LocalCare.Core.Generation.Commissioning;

/// <summary>Contracts (one to three a provider, one after another), their monthly spend and their social value commitments.</summary>
public sealed partial class CommissioningGenerator
{
    private static readonly double[] ContractCounts = [0.5, 0.85, 1.0];

    /// <summary>Share of months with a credit note instead of a payment.</summary>
    private const double CreditShare = 0.015;

    private void ContractsOf(ProviderModel provider, string[] managers)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, ContractStream, provider.Ordinal));
        var count = random.Pick(ContractCounts) + 1;
        var titles = CommissioningNames.Titles[provider.Type];
        var (title, flagship) = titles[random.Next(titles.Length)];
        title = LotTitle(title, provider);
        var manager = Pick(random, managers);
        var start = provider.Entry;
        for (var k = 1; k <= count; k++)
        {
            var end = start.AddMonths(24 + random.Next(37)).AddDays(-1);
            if (random.Chance(0.2))
            {
                end = end.AddDays(-random.Next(1, 25)); // ends mid-month
            }

            if (k == 1 && end < _first.AddMonths(6))
            {
                end = new DateOnly(_first.Year, _first.Month, 1).AddMonths(6 + random.Next(24)).AddDays(-1);
            }

            if (k > 1 && random.Chance(0.25))
            {
                // Re-commissioned as another service line, sometimes with another contract manager.
                (title, flagship) = titles[random.Next(titles.Length)];
                title = LotTitle(title, provider);
                manager = random.Chance(0.5) ? Pick(random, managers) : manager;
            }

            var value = Math.Round(provider.BaseValue * Inflation(start) * random.Uniform(0.9, 1.1) / 100) * 100;
            // The plan's flagship list names services, and not every contract for them is being re-commissioned or closely managed.
            provider.Contracts.Add(new ContractRow(
                string.Create(CultureInfo.InvariantCulture, $"CT{provider.Ordinal:0000}-{k}"), provider.Code, title, start, end, (decimal)value, manager,
                flagship && random.Chance(0.5)));

            // The provider may leave the market when a contract ends; a contract after the last month is not needed.
            start = end.AddDays(1);
            if (start > _last || random.Chance(0.12))
            {
                break;
            }
        }

        // Now and then a second service line alongside (respite beds, a day service): one to three years, a fraction of the value.
        if (provider.Contracts.Count < 3 && titles.Length > 1 && random.Chance(0.25))
        {
            var from = Max(provider.ContractsStart, _first.AddMonths(-6)).DayNumber; // ends in the period or after
            var to = Math.Max(from, Min(_last.AddDays(-30), provider.ContractsEnd).DayNumber);
            var begin = DateOnly.FromDayNumber(from + random.Next(to - from + 1));
            var (extra, extraFlagship) = titles.First(t => LotTitle(t.Title, provider) != provider.Contracts[^1].Title);
            var value = Math.Round(provider.BaseValue * Inflation(begin) * random.Uniform(0.1, 0.3) / 100) * 100;
            provider.Contracts.Add(new ContractRow(
                string.Create(CultureInfo.InvariantCulture, $"CT{provider.Ordinal:0000}-{provider.Contracts.Count + 1}"), provider.Code, LotTitle(extra, provider),
                begin, begin.AddMonths(12 + random.Next(25)).AddDays(-1), (decimal)value, Pick(random, managers), extraFlagship));
        }
    }

    /// <summary>Homecare is let in locality lots.</summary>
    private string LotTitle(string title, ProviderModel provider)
    {
        if (title != "Homecare")
        {
            return title;
        }

        var neighbourhood = _neighbourhoods.FirstOrDefault(n => n.Code == provider.Row.NeighbourhoodCode);
        var locality = _localities.FirstOrDefault(l => l.Code == neighbourhood?.ParentCode);
        return locality is null ? "Homecare framework" : $"Homecare, {locality.Name} lot";
    }

    /// <summary>A payment a month while the contract is active (pro rata in its first and last months), now and then a credit.</summary>
    private void SpendOf(ContractRow contract, List<SpendRow> rows)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, ContractStream, 10_000 + contract.ContractCode.GetStableHash()));
        var from = YearMonth.Of(Max(contract.StartDate, _first));
        var to = YearMonth.Of(Min(contract.EndDate, _last));
        var monthly = (double)contract.AnnualValue / 12;
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            var days = Min(month.LastDay, contract.EndDate).DayNumber - Max(month.FirstDay, contract.StartDate).DayNumber + 1;
            if (days <= 0)
            {
                continue;
            }

            var amount = random.Chance(CreditShare)
                ? -monthly * random.Uniform(0.02, 0.2)
                : monthly * days / month.Days * Math.Max(0.7, 1 + (0.04 * random.Normal()));
            rows.Add(new SpendRow(month, contract.ContractCode, Money(amount)));
        }
    }

    /// <summary>Each contract commits to measures in two to five of the six themes; delivery is cumulative to the last month.</summary>
    private void SocialValueOf(ProviderModel provider, List<SocialValueRow> rows)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, ContractStream, 20_000 + provider.Ordinal));
        foreach (var contract in provider.Contracts)
        {
            var themes = SocialValueThemes.All.OrderBy(_ => random.Next()).Take(2 + random.Next(4)).ToList();
            var years = (contract.EndDate.DayNumber - contract.StartDate.DayNumber + 1) / 365.25;
            var elapsed = Math.Clamp((_last.DayNumber - contract.StartDate.DayNumber + 1) / (years * 365.25), 0, 1);
            var performance = random.Uniform(0.4, 1.2);
            foreach (var theme in themes.OrderBy(t => SocialValueThemes.All.ToList().IndexOf(t)))
            {
                var measures = CommissioningNames.SocialValue[theme];
                var chosen = measures.OrderBy(_ => random.Next()).Take(measures.Length > 1 && random.Chance(0.15) ? 2 : 1);
                foreach (var (measure, unit, perMillion, whole) in chosen)
                {
                    var committed = perMillion * (double)contract.AnnualValue / 1e6 * years * random.Uniform(0.6, 1.4);
                    var delivered = committed * elapsed * Math.Clamp(performance + (0.15 * random.Normal()), 0, 1.5);
                    rows.Add(whole
                        ? new SocialValueRow(contract.ContractCode, theme, measure, unit, Math.Max(1, Math.Round((decimal)committed)), Math.Floor((decimal)delivered))
                        : new SocialValueRow(contract.ContractCode, theme, measure, unit, Math.Max(0.01m, Money(committed)), Money(delivered)));
                }
            }
        }
    }
}

/// <summary>A hash of a string that is the same in every process (string.GetHashCode is randomised per process).</summary>
internal static class StableHash
{
    public static int GetStableHash(this string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x3FFFFFFF);
    }
}
