using LocalCare.Core.Generation;

namespace LocalCare.Core.Tests.Generation;

public sealed class ExtractGeneratorTests
{
    private static readonly GenerationSettings Small = GenerationSettings.ForYears(new YearMonth(2025, 3), 2, 20_000, seed: 7);

    private static readonly Lazy<GeneratedExtracts> SmallData = new(() => new GeneratedExtracts(GenerationUnits.Testshire(), Small));

    private static GeneratedExtracts Data => SmallData.Value;

    [Fact]
    public void Generate_SameSettings_GivesTheSameRecords()
    {
        var again = new GeneratedExtracts(GenerationUnits.Testshire(), Small);

        Assert.Equal(Data.Referrals, again.Referrals);
        Assert.Equal(Data.Contacts, again.Contacts);
        Assert.Equal(Data.Plan, again.Plan);
        Assert.Equal(Data.Workforce, again.Workforce);
        Assert.Equal(Data.Incidents, again.Incidents);
        Assert.Equal(Data.Experience, again.Experience);
        Assert.Equal(Data.BedDays, again.BedDays);
    }

    [Fact]
    public void Generate_AnotherSeed_GivesOtherRecords()
    {
        var other = new GeneratedExtracts(GenerationUnits.Testshire(), Small with { Seed = 8 });

        Assert.NotEqual(Data.Referrals, other.Referrals);
        Assert.NotEqual(Data.Contacts, other.Contacts);
        Assert.NotEqual(Data.Workforce, other.Workforce);
        Assert.NotEqual(Data.Incidents, other.Incidents);
        Assert.NotEqual(Data.Experience, other.Experience);
        Assert.NotEqual(Data.BedDays, other.BedDays);
    }

    [Fact]
    public void Generate_UnitsInAnotherOrder_GivesTheSameRecords()
    {
        var shuffled = GenerationUnits.Testshire().Reverse().ToList();

        var again = new GeneratedExtracts(shuffled, Small);

        Assert.Equal(Data.Referrals, again.Referrals);
        Assert.Equal(Data.Contacts, again.Contacts);
        Assert.Equal(Data.Workforce, again.Workforce);
    }

    [Fact]
    public void GenerateCare_PartitionsInParallel_GiveTheSameBatchesAsInOrder()
    {
        var generator = new ExtractGenerator(GenerationUnits.Testshire(), Small);
        var parallel = new CareBatch[generator.CarePartitions.Count];

        Parallel.For(0, parallel.Length, i => parallel[i] = generator.GenerateCare(generator.CarePartitions[i]));

        Assert.Equal(Data.Referrals, parallel.SelectMany(b => b.Referrals));
        Assert.Equal(Data.Contacts, parallel.SelectMany(b => b.Contacts));
    }

    [Theory]
    [InlineData(1, 20_000)]
    [InlineData(3, 20_000)]
    [InlineData(2, 60_000)]
    public void Contacts_InTheMonthsGenerated_AreTheVolumeAsked(int years, long contactsPerYear)
    {
        var data = new GeneratedExtracts(GenerationUnits.Testshire(), GenerationSettings.ForYears(new YearMonth(2024, 12), years, contactsPerYear, seed: 3));

        var ratio = data.ContactsInRange.Count() / (double)(contactsPerYear * years);

        Assert.InRange(ratio, 0.95, 1.05);
    }

    [Fact]
    public void EveryRecord_KeepsTheContractRules()
    {
        Assert.Empty(ContractChecker.Check(Data));
        Assert.All(new[] { Data.Referrals.Count, Data.Contacts.Count, Data.Plan.Count, Data.Workforce.Count, Data.Incidents.Count, Data.Experience.Count, Data.BedDays.Count }, n => Assert.True(n > 0));
    }

    [Fact]
    public void Contacts_AlmostAllLinkToAReferral_TheRestToNoneOrAnotherSystems()
    {
        var ids = Data.Referrals.Select(r => r.ReferralId).ToHashSet();
        var attended = Data.ContactsInRange.Where(c => c.Attendance is { } a && a.IsAttended()).ToList();

        var linked = attended.Count(c => c.ReferralId is { } id && ids.Contains(id)) / (double)attended.Count;

        Assert.InRange(linked, 0.97, 0.99);
        Assert.Contains(Data.Contacts, c => c.ReferralId is null);
        Assert.Contains(Data.Contacts, c => c.ReferralId is { } id && !ids.Contains(id));
    }

    [Fact]
    public void Attendance_HasRealisticDnaAndOutcomedRates()
    {
        var codes = Data.ContactsInRange.Select(c => c.Attendance is { } a ? (int)a : -1).ToList();
        double Count(params int[] wanted) => codes.Count(wanted.Contains);

        var dna = Count(3, 7) / Count(3, 5, 6, 7);
        var outcomed = Count(3, 5, 6, 7) / (codes.Count - Count(2, 4));

        Assert.InRange(dna, 0.05, 0.08);
        Assert.InRange(outcomed, 0.85, 0.95);
        Assert.DoesNotContain(0, codes); // future appointments only after the last month
        Assert.Contains(Data.Contacts, c => c.Attendance == Attendance.Future);
    }

    [Fact]
    public void CrisisReferrals_AreMostlyAttendedWithinTwoHours()
    {
        var crisis = Data.Referrals.Where(r => r.Urgency == Urgency.Crisis && r.ReceivedAt >= Data.Start).ToList();

        var withinTwoHours = crisis.Count(r => Data.FirstAttended.TryGetValue(r.ReferralId, out var seen) && seen >= r.ReceivedAt && seen <= r.ReceivedAt.AddMinutes(120));

        Assert.InRange(withinTwoHours / (double)crisis.Count, 0.90, 0.99);
    }

    [Fact]
    public void Referrals_ToHospitalAtHome_AreUrgentOrCrisis_AndCrisisServicesOnlyCrisis()
    {
        Assert.All(Data.Referrals.Where(r => r.ServiceCode.StartsWith("HAH-", StringComparison.Ordinal)), r => Assert.NotEqual(Urgency.Routine, r.Urgency));
        Assert.All(Data.Referrals.Where(r => r.ServiceCode.StartsWith("CRISIS-", StringComparison.Ordinal)), r => Assert.Equal(Urgency.Crisis, r.Urgency));
    }

    [Fact]
    public void People_LiveInOneNeighbourhood_AFewUnknown()
    {
        var homes = Data.Referrals.GroupBy(r => r.PersonId).Select(g => g.Select(r => r.NeighbourhoodCode).Distinct().Count());
        var unknown = Data.Referrals.Count(r => r.NeighbourhoodCode is null) / (double)Data.Referrals.Count;

        Assert.All(homes, count => Assert.Equal(1, count));
        Assert.InRange(unknown, 0.01, 0.03);
        Assert.All(Data.Contacts, c => Assert.StartsWith("P", c.PersonId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Referrals_AreDischargedAfterTheirEpisode_SomeStillOpen()
    {
        var lastContact = Data.Contacts.Where(c => c.ReferralId is { Prefix: 'R' }).GroupBy(c => c.ReferralId!.Value).ToDictionary(g => g.Key, g => g.Max(c => c.ScheduledAt));

        Assert.All(Data.Referrals.Where(r => r.DischargedAt is not null && lastContact.ContainsKey(r.ReferralId)), r => Assert.True(r.DischargedAt >= lastContact[r.ReferralId]));
        Assert.InRange(Data.Referrals.Count(r => r.DischargedAt is null) / (double)Data.Referrals.Count, 0.02, 0.4);
    }

    [Fact]
    public void Contacts_AreFewerAtWeekendsAndOnChristmasDay_MoreInWinter()
    {
        var byDay = Data.ContactsInRange.GroupBy(c => DateOnly.FromDateTime(c.ScheduledAt)).ToDictionary(g => g.Key, g => g.Count());
        double Mean(Func<DateOnly, bool> which) => byDay.Where(d => which(d.Key)).Average(d => d.Value);

        var weekday = Mean(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !(d.Month == 12 && d.Day > 20));
        var weekend = Mean(d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        var christmas = Mean(d => d.Month == 12 && d.Day == 25);
        var referralsIn = Data.Referrals.Where(r => r.ReceivedAt >= Data.Start).GroupBy(r => r.ReceivedAt.Month).ToDictionary(g => g.Key, g => g.Count());

        Assert.InRange(weekend / weekday, 0.1, 0.5);
        Assert.True(christmas < weekend, $"Christmas Day {christmas:0} contacts, a weekend day {weekend:0}");
        Assert.True(referralsIn[1] > referralsIn[8], "more referrals in January than in August");
    }
}
