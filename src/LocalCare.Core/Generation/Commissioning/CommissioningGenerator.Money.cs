using System.Globalization;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.Generation.Commissioning;

/// <summary>The budget per service and month (the control total) and the Value for Patients savings schemes.</summary>
public sealed partial class CommissioningGenerator
{
    /// <summary>The LCO's annual control total at <see cref="PriceYear"/> prices, shared among its services.</summary>
    private const double ControlTotal = 600_000_000;

    /// <summary>Adult social care services hold the commissioned care budgets: this many times a service's share of activity.</summary>
    private const double AdultSocialCareBudgetWeight = 4;

    /// <summary>budget.csv: every service, every month from the first to <see cref="BudgetLastMonth"/>; actual only up to the last month generated.</summary>
    private List<BudgetRow> Budget()
    {
        var weights = _services.Select(s => ServiceProfiles.For(s).Weight * (s.ServiceGroup == ServiceGroup.AdultSocialCare ? AdultSocialCareBudgetWeight : 1)).ToArray();
        var total = weights.Sum();
        var streams = _services.Select((_, i) => new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, BudgetStream, i + 1))).ToArray();
        var rows = new List<BudgetRow>();
        for (var month = Settings.FirstMonth; month <= BudgetLastMonth; month = month.AddMonths(1))
        {
            var planYearStart = PlanYearStart(month).FirstDay;
            for (var s = 0; s < _services.Length; s++)
            {
                var random = streams[s];
                var budget = Money(ControlTotal * weights[s] / total * Inflation(planYearStart) / 12);
                var bias = (Seeds.Trait(_services[s].Code, 11) - 0.4) * 0.06;
                var winter = 0.02 * Math.Cos(2 * Math.PI * (month.Month - 1) / 12.0);
                var drift = bias + winter + (0.025 * random.Normal());
                rows.Add(new BudgetRow(month, _services[s].Code, budget, month <= Settings.LastMonth ? Money((double)budget * (1 + drift)) : null));
            }
        }

        return rows;
    }

    /// <summary>
    /// vfp_schemes.csv and vfp_delivery.csv: six to twelve schemes each plan year; most past schemes passed their QIA, the coming
    /// year's are still in review. Only approved schemes deliver, from a month or so into the year.
    /// </summary>
    private (List<VfpSchemeRow> Schemes, List<VfpDeliveryRow> Delivery) ValueForPatients()
    {
        var schemes = new List<VfpSchemeRow>();
        var delivery = new List<VfpDeliveryRow>();
        if (_services.Length == 0)
        {
            return (schemes, delivery);
        }

        var adultSocialCare = _services.Where(s => s.ServiceGroup == ServiceGroup.AdultSocialCare).ToArray();
        for (var year = PlanYearStart(Settings.FirstMonth); year <= PlanYearStart(BudgetLastMonth); year = year.AddMonths(12))
        {
            var random = new Random(Seeds.For(Settings.Seed, Seeds.Commissioning, VfpStream, year.Year));
            var yearEnd = year.AddMonths(11);
            double[] statuses = yearEnd <= Settings.LastMonth ? [0.05, 0.13, 0.88, 1.0] // not started, in review, approved, rejected
                : year <= Settings.LastMonth ? [0.12, 0.37, 0.92, 1.0]
                : [0.45, 0.85, 1.0, 1.0];
            var count = 6 + random.Next(7);
            var yearDelivery = new List<VfpDeliveryRow>();
            for (var k = 1; k <= count; k++)
            {
                var (template, asc) = Pick(random, CommissioningNames.Schemes);
                var service = asc && adultSocialCare.Length > 0 ? Pick(random, adultSocialCare) : Pick(random, _services);
                var code = string.Create(CultureInfo.InvariantCulture, $"VFP{year.Year % 100:00}{(year.Year + 1) % 100:00}-{k:00}");
                var target = Math.Round(Math.Clamp(random.LogNormal(220_000, 0.7), 25_000, 1_500_000) * Inflation(year.FirstDay) / 1000) * 1000;
                var status = QiaStatuses.All[random.Pick(statuses)];
                schemes.Add(new VfpSchemeRow(code, string.Format(CultureInfo.InvariantCulture, template, service.Name), service.Code, PlanYear(year), (decimal)target, random.Chance(0.65), status));
                if (status != QiaStatuses.Approved)
                {
                    continue;
                }

                var performance = random.Uniform(0.55, 1.15);
                var starts = year.AddMonths(random.Next(4));
                for (var month = Max(starts, Settings.FirstMonth); month <= yearEnd && month <= Settings.LastMonth; month = month.AddMonths(1))
                {
                    var saving = target / 12 * performance * (1 + (0.15 * random.Normal()));
                    if (saving > 0)
                    {
                        yearDelivery.Add(new VfpDeliveryRow(month, code, Money(saving)));
                    }
                }
            }

            delivery.AddRange(yearDelivery.OrderBy(d => d.Month).ThenBy(d => d.SchemeCode, StringComparer.Ordinal));
        }

        return (schemes, delivery);
    }

    private static YearMonth Max(YearMonth a, YearMonth b) => a > b ? a : b;
}
