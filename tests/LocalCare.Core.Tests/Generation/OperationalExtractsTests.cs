using LocalCare.Core.Generation;

namespace LocalCare.Core.Tests.Generation;

public sealed class OperationalExtractsTests
{
    // Incidents, workforce, experience, beds and plan do not generate care, so the default (real) volume is cheap here.
    private static readonly GenerationSettings RealVolume = GenerationSettings.ForYears(new YearMonth(2025, 3), 3, GenerationSettings.DefaultContactsPerYear, seed: 5);

    private static ExtractGenerator Generator() => new(GenerationUnits.Testshire(), RealVolume);

    [Fact]
    public void Workforce_HasRealisticVacancyTurnoverSicknessAndAppraisals()
    {
        var rows = Generator().Workforce().ToList();
        var lastYear = rows.Where(w => w.Month > RealVolume.LastMonth.AddMonths(-12)).ToList();
        var lastMonth = rows.Where(w => w.Month == RealVolume.LastMonth).ToList();

        var vacancy = 1 - (lastMonth.Sum(w => w.ContractedWte) / lastMonth.Sum(w => w.BudgetedWte));
        var turnover = lastYear.Sum(w => w.Leavers) / (lastYear.Sum(w => (double)w.Headcount) / 12);
        var sickness = lastYear.Sum(w => w.FteDaysLostSickness) / lastYear.Sum(w => w.FteDaysAvailable);
        var appraisals = lastMonth.Sum(w => w.AppraisalsCompleted) / (double)lastMonth.Sum(w => w.AppraisalsDue);

        Assert.Equal(RealVolume.MonthCount * 16, rows.Count); // one row per service per month
        Assert.InRange(vacancy, 0.03m, 0.09m);
        Assert.InRange(turnover, 0.09, 0.15);
        Assert.InRange(sickness, 0.05m, 0.065m);
        Assert.InRange(appraisals, 0.85, 0.95);
    }

    [Fact]
    public void Incidents_HaveAboutTwentySeriousPressureUlcersAYear_AndFewSeriousFalls()
    {
        var incidents = Generator().Incidents().ToList();

        var seriousUlcers = incidents.Count(i => i.Category == IncidentCategory.PressureUlcer && i.Grade is IncidentGrade.Cat3 or IncidentGrade.Cat4 && i.AcquiredInCare == true) / 3.0;
        var seriousFalls = incidents.Count(i => i.Category == IncidentCategory.Fall && i.Grade is IncidentGrade.Moderate or IncidentGrade.Severe or IncidentGrade.Death) / 3.0;

        Assert.InRange(seriousUlcers, 12, 30);
        Assert.InRange(seriousFalls, 0, 6);
        Assert.All(Enum.GetValues<IncidentCategory>(), category => Assert.Contains(incidents, i => i.Category == category));
    }

    [Fact]
    public void Experience_ScoresAreHigh_AsInTheSeeds()
    {
        var responses = Generator().Experience().ToList();
        decimal Mean(ExperienceInstrument instrument) => responses.Where(r => r.Instrument == instrument).Average(r => r.Score);
        var fft = responses.Where(r => r.Instrument == ExperienceInstrument.Fft).ToList();

        Assert.InRange(Mean(ExperienceInstrument.Wmtm), 85m, 92m);
        Assert.InRange(Mean(ExperienceInstrument.Qcr), 85m, 95m);
        Assert.InRange(fft.Count(r => r.Score <= 2) / (double)fft.Count, 0.87, 0.93);
    }

    [Fact]
    public void VirtualWards_HaveOneRowPerDayPerWard_MostlyOccupied()
    {
        var days = Generator().VirtualWards().ToList();

        var utilisation = days.Sum(d => d.OccupiedBeds) / (double)days.Sum(d => d.CapacityBeds);

        Assert.Equal((RealVolume.LastMonth.LastDay.DayNumber - RealVolume.FirstMonth.FirstDay.DayNumber + 1) * 2, days.Count);
        Assert.All(days, d => Assert.InRange(d.CapacityBeds, 20, 40));
        Assert.InRange(utilisation, 0.75, 1.0);
        Assert.Contains(days, d => d.OccupiedBeds > d.CapacityBeds);
    }

    [Fact]
    public void ActivityPlan_IsNearTheAttendedContacts()
    {
        var data = new GeneratedExtracts(GenerationUnits.Testshire(), GenerationSettings.ForYears(new YearMonth(2025, 3), 2, 30_000, seed: 5));

        var attended = data.ContactsInRange.Count(c => c.Attendance is { } a && a.IsAttended());
        var planned = data.Plan.Sum(p => p.PlannedContacts);

        Assert.Equal(data.Settings.MonthCount * 16, data.Plan.Count);
        Assert.InRange(attended / (double)planned, 0.9, 1.02);
    }
}
