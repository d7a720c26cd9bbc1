namespace LocalCare.Core.Generation;

/// <summary>The monthly and daily extracts beside care: activity plan, workforce and virtual-ward beds.</summary>
public sealed partial class ExtractGenerator
{
    /// <summary>
    /// Plans are set a little above what services deliver: attended contacts came to 96% of plan in 2023/24
    /// (1.06M against 1.10M), so planned contacts are the expected attended contacts × 1.04.
    /// </summary>
    private const double PlanOverAttended = 1.04;

    private const double AnnualTurnover = 0.12;

    /// <summary>activity_plan.csv: per month, per service, the planned (attended) contacts.</summary>
    public IEnumerable<GeneratedPlanMonth> ActivityPlan()
    {
        foreach (var month in Months)
        {
            foreach (var service in _services)
            {
                var intensity = 0.0;
                for (var day = month.FirstDay.DayNumber; day <= month.LastDay.DayNumber; day++)
                {
                    intensity += Intensity(service, day);
                }

                var expected = service.AnnualContacts / 365.25 * intensity / service.MeanIntensity * service.AttendedShare;
                yield return new GeneratedPlanMonth(month, service.Code, (int)Math.Round(expected * PlanOverAttended));
            }
        }
    }

    /// <summary>workforce.csv: per month, per service, the position at month end (month by month, services by code).</summary>
    public IEnumerable<GeneratedWorkforceMonth> Workforce()
    {
        var byService = _services.Select(WorkforceOf).ToArray();
        for (var m = 0; m < Months.Count; m++)
        {
            foreach (var rows in byService)
            {
                yield return rows[m];
            }
        }
    }

    /// <summary>virtual_ward.csv: per day, per Hospital at Home ward, beds available and occupied.</summary>
    public IEnumerable<GeneratedBedDay> VirtualWards()
    {
        var wards = _services.Where(s => s.Profile.VirtualWard).Select(BedDaysOf).ToArray();
        for (var d = 0; d <= _lastDay - _firstDay; d++)
        {
            foreach (var ward in wards)
            {
                yield return ward[d];
            }
        }
    }

    private GeneratedWorkforceMonth[] WorkforceOf(ServiceModel service)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.Workforce, 0, service.Ordinal));
        var establishment = Math.Max(2.0, service.AnnualContacts / service.Profile.ContactsPerWte);
        var meanVacancy = 0.03 + (0.06 * Seeds.Trait(service.Code, 4));
        var headsPerWte = 1.12 + (0.13 * Seeds.Trait(service.Code, 5));
        var vacancy = meanVacancy;
        var rows = new GeneratedWorkforceMonth[Months.Count];
        for (var m = 0; m < Months.Count; m++)
        {
            var month = Months[m];

            // Budgets are set each April (the plan year) and grow with demand.
            var planYearStart = new DateOnly(month.Month >= 4 ? month.Year : month.Year - 1, 4, 1).DayNumber;
            var budgeted = Math.Round(establishment * (1 + (AnnualGrowth * (planYearStart - _middleDay) / 365.25)), 1);
            vacancy = Math.Clamp(meanVacancy + (0.85 * (vacancy - meanVacancy)) + (0.008 * random.Normal()), -0.02, 0.25);
            var contracted = Math.Round(budgeted * (1 - vacancy), 2);
            var headcount = (int)Math.Round(contracted * headsPerWte);
            var leavers = random.Poisson(headcount * AnnualTurnover / 12);
            var available = Math.Round(contracted * _calendar.WorkingDaysIn(month), 1);
            var midMonth = month.FirstDay.DayNumber + 14;
            var sicknessRate = Math.Clamp(0.058 + (0.012 * Math.Cos(DayOfYearAngle(midMonth))) + (0.006 * random.Normal()), 0.01, 0.2);
            var due = (int)Math.Round(headcount * random.Uniform(0.86, 0.95));
            var compliance = Math.Clamp(0.9 + (0.035 * random.Normal()), 0.6, 1.0);
            rows[m] = new GeneratedWorkforceMonth(
                month, service.Code, (decimal)budgeted, (decimal)contracted, headcount, leavers,
                (decimal)available, (decimal)Math.Round(available * sicknessRate, 1), due, Math.Min(due, (int)Math.Round(due * compliance)));
        }

        return rows;
    }

    private GeneratedBedDay[] BedDaysOf(ServiceModel ward)
    {
        var random = new Random(Seeds.For(Settings.Seed, Seeds.VirtualWard, 0, ward.Ordinal));
        var baseBeds = 20 + (5 * (int)(3 * Seeds.Trait(ward.Code, 6)));
        var rows = new GeneratedBedDay[_lastDay - _firstDay + 1];
        var previousMean = 0.0;
        var utilisation = 0.0;
        for (var d = 0; d < rows.Length; d++)
        {
            var day = _firstDay + d;

            // Wards grow by 5 beds every three years, to at most 40; demand peaks in winter and dips at weekends.
            var capacity = Math.Min(40, baseBeds + (5 * (int)(d / (3 * 365.25))));
            var mean = 0.87 + (0.07 * Math.Cos(DayOfYearAngle(day))) - (_calendar.IsWeekend(day) ? 0.03 : 0);
            utilisation = d == 0 ? mean : mean + (0.8 * (utilisation - previousMean)) + (0.035 * random.Normal());
            previousMean = mean;
            rows[d] = new GeneratedBedDay(DateOnly.FromDayNumber(day), ward.Code, capacity, Math.Max(0, (int)Math.Round(utilisation * capacity)));
        }

        return rows;
    }
}
