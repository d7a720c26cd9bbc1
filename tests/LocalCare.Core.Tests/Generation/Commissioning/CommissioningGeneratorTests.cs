using System.Text.RegularExpressions;
using LocalCare.Core.Generation;
using LocalCare.Core.Generation.Commissioning;
using LocalCare.Core.Organisation;

namespace LocalCare.Core.Tests.Generation.Commissioning;

public sealed partial class CommissioningGeneratorTests
{
    private static readonly GenerationSettings TenYears = GenerationSettings.ForYears(new YearMonth(2025, 3), 10, 20_000, seed: 7);

    private static readonly GenerationSettings OneYear = GenerationSettings.ForYears(new YearMonth(2024, 10), 1, 20_000, seed: 7);

    private static readonly Lazy<CommissioningRecords> TenYearData = new(() => new CommissioningGenerator(GenerationUnits.Testshire(), TenYears).Generate());

    private static readonly Lazy<CommissioningRecords> OneYearData = new(() => new CommissioningGenerator(GenerationUnits.Testshire(), OneYear).Generate());

    public static TheoryData<string> Periods => ["ten years", "one year"];

    private static DateOnly First(string period) => Settings(period).FirstMonth.FirstDay;

    private static DateOnly Last(string period) => Settings(period).LastMonth.LastDay;

    private static GenerationSettings Settings(string period) => period == "one year" ? OneYear : TenYears;

    private static CommissioningRecords Data(string period) => period == "one year" ? OneYearData.Value : TenYearData.Value;

    private static HashSet<string> CodesOf(UnitKind kind) => [.. GenerationUnits.Testshire().Where(u => u.Kind == kind).Select(u => u.Code)];

    [GeneratedRegex(@"^1-\d{9,10}$")]
    private static partial Regex CqcId();

    [Fact]
    public void Generate_SameSettings_GivesTheSameRecords()
    {
        var again = new CommissioningGenerator(GenerationUnits.Testshire(), TenYears).Generate();
        var data = TenYearData.Value;

        Assert.Equal(data.Providers, again.Providers);
        Assert.Equal(data.Contracts, again.Contracts);
        Assert.Equal(data.Spend, again.Spend);
        Assert.Equal(data.Audits, again.Audits);
        Assert.Equal(data.AuditActions, again.AuditActions);
        Assert.Equal(data.Concerns, again.Concerns);
        Assert.Equal(data.SocialValue, again.SocialValue);
        Assert.Equal(data.Budget, again.Budget);
        Assert.Equal(data.VfpSchemes, again.VfpSchemes);
        Assert.Equal(data.VfpDelivery, again.VfpDelivery);
        Assert.Equal(data.CqcRatings, again.CqcRatings);
    }

    [Fact]
    public void Generate_UnitsInAnotherOrder_GivesTheSameRecords()
    {
        var again = new CommissioningGenerator([.. GenerationUnits.Testshire().Reverse()], OneYear).Generate();

        Assert.Equal(OneYearData.Value.Providers, again.Providers);
        Assert.Equal(OneYearData.Value.Spend, again.Spend);
        Assert.Equal(OneYearData.Value.Budget, again.Budget);
        Assert.Equal(OneYearData.Value.CqcRatings, again.CqcRatings);
    }

    [Fact]
    public void Generate_AnotherSeed_GivesOtherRecords()
    {
        var other = new CommissioningGenerator(GenerationUnits.Testshire(), OneYear with { Seed = 8 }).Generate();

        Assert.NotEqual(OneYearData.Value.Providers, other.Providers);
        Assert.NotEqual(OneYearData.Value.Spend, other.Spend);
        Assert.NotEqual(OneYearData.Value.Audits, other.Audits);
        Assert.NotEqual(OneYearData.Value.Budget, other.Budget);
        Assert.NotEqual(OneYearData.Value.CqcRatings, other.CqcRatings);
    }

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 80)]
    [InlineData(10, 400)]
    [InlineData(30, 400)]
    public void Providers_Scale_WithTheYearsGenerated(int years, int expected)
    {
        var settings = GenerationSettings.ForYears(new YearMonth(2025, 3), years, 1000, seed: 1);

        Assert.Equal(expected, CommissioningGenerator.ProvidersFor(settings));
        if (years <= 10)
        {
            Assert.Equal(expected, (years == 10 ? TenYearData.Value : new CommissioningGenerator(GenerationUnits.Testshire(), settings).Generate()).Providers.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Providers_ObeyTheSpec(string period)
    {
        var providers = Data(period).Providers;
        var neighbourhoods = CodesOf(UnitKind.Neighbourhood);

        Assert.Equal(providers.Count, providers.Select(p => p.ProviderCode).Distinct().Count());
        Assert.All(providers, p =>
        {
            Assert.Contains(p.ServiceType, ProviderServiceTypes.All);
            Assert.False(string.IsNullOrWhiteSpace(p.Name));
            if (ProviderServiceTypes.IsCareHome(p.ServiceType))
            {
                Assert.InRange(p.Beds!.Value, 20, 90);
            }
            else
            {
                Assert.Null(p.Beds);
            }

            Assert.True(p.CqcLocationId is null || CqcId().IsMatch(p.CqcLocationId), p.CqcLocationId);
            Assert.True(p.NeighbourhoodCode is null || neighbourhoods.Contains(p.NeighbourhoodCode), p.NeighbourhoodCode);
            Assert.True(p.Local || p.NeighbourhoodCode is null);
        });
        var ids = providers.Where(p => p.CqcLocationId is not null).Select(p => p.CqcLocationId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.InRange(providers.Count(p => p.Local) / (double)providers.Count, 0.7, 0.97);
        Assert.Contains(providers, p => p.CqcLocationId is null);
        if (period == "ten years")
        {
            Assert.All(ProviderServiceTypes.All, type => Assert.Contains(providers, p => p.ServiceType == type));
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Contracts_BelongToProviders_AndSpanThePeriod(string period)
    {
        var data = Data(period);
        var providers = data.Providers.Select(p => p.ProviderCode).ToHashSet();
        var contracts = data.Contracts;

        Assert.Equal(contracts.Count, contracts.Select(c => c.ContractCode).Distinct().Count());
        Assert.All(contracts, c =>
        {
            Assert.Contains(c.ProviderCode, providers);
            Assert.True(c.EndDate >= c.StartDate, c.ContractCode);
            Assert.True(c.AnnualValue >= 0);
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.False(string.IsNullOrWhiteSpace(c.Manager));
        });
        Assert.All(contracts.GroupBy(c => c.ProviderCode), g => Assert.InRange(g.Count(), 1, 3));
        Assert.Equal(providers.Order(), contracts.Select(c => c.ProviderCode).Distinct().Order());
        Assert.Contains(contracts, c => c.Flagship);
        Assert.Contains(contracts, c => !c.Flagship);
        Assert.Contains(contracts, c => c.EndDate.Day != DateTime.DaysInMonth(c.EndDate.Year, c.EndDate.Month));
        Assert.Contains(contracts, c => c.StartDate < First(period) && c.EndDate >= First(period));
        Assert.Contains(contracts, c => c.StartDate <= Last(period) && c.EndDate > Last(period));
        Assert.All(contracts, c => Assert.True(c.EndDate >= First(period), c.ContractCode));
        if (period == "ten years")
        {
            Assert.Contains(contracts, c => c.EndDate < Last(period)); // some providers left the market
            Assert.Contains(contracts.GroupBy(c => c.ProviderCode), g => g.Count() > 1);
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Spend_IsMonthlyPerActiveContract_WithSomeCredits(string period)
    {
        var data = Data(period);
        var contracts = data.Contracts.ToDictionary(c => c.ContractCode);
        var settings = Settings(period);

        Assert.Equal(data.Spend.Count, data.Spend.Select(s => (s.Month, s.ContractCode)).Distinct().Count());
        Assert.All(data.Spend, s =>
        {
            var contract = contracts[s.ContractCode];
            Assert.InRange(s.Month.Index, settings.FirstMonth.Index, settings.LastMonth.Index);
            Assert.InRange(s.Month.Index, YearMonth.Of(contract.StartDate).Index, YearMonth.Of(contract.EndDate).Index);
        });
        Assert.Contains(data.Spend, s => s.Amount < 0);
        Assert.InRange(data.Spend.Count(s => s.Amount < 0) / (double)data.Spend.Count, 0.002, 0.05);

        // Every active contract is paid every month it is active, about a twelfth of its annual value in a whole month.
        foreach (var contract in data.Contracts)
        {
            var months = data.Spend.Where(s => s.ContractCode == contract.ContractCode).ToList();
            var expected = Enumerable.Range(0, settings.MonthCount).Select(settings.FirstMonth.AddMonths)
                .Count(m => m >= YearMonth.Of(contract.StartDate) && m <= YearMonth.Of(contract.EndDate));
            Assert.Equal(expected, months.Count);
            var whole = months.Where(s => s.Month.FirstDay >= contract.StartDate && s.Month.LastDay <= contract.EndDate && s.Amount > 0).ToList();
            if (whole.Count >= 6)
            {
                Assert.InRange((double)whole.Average(s => s.Amount), (double)contract.AnnualValue / 12 * 0.9, (double)contract.AnnualValue / 12 * 1.1);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Audits_AreOneOrTwoAYear_OnTheCouncilScale(string period)
    {
        var data = Data(period);
        var providers = data.Providers.Select(p => p.ProviderCode).ToHashSet();

        Assert.Equal(data.Audits.Count, data.Audits.Select(a => a.AuditCode).Distinct().Count());
        Assert.All(data.Audits, a =>
        {
            Assert.Contains(a.ProviderCode, providers);
            Assert.Contains(a.Overall, AuditRatings.All);
            Assert.All(new[] { a.Safe, a.Effective, a.Caring, a.Responsive, a.WellLed }, q => Assert.True(q is null || AuditRatings.All.Contains(q), q));
            Assert.InRange(a.AuditDate, First(period), Last(period));
            Assert.NotEqual(DayOfWeek.Saturday, a.AuditDate.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, a.AuditDate.DayOfWeek);
        });
        Assert.Contains(data.Audits, a => a.Safe is null || a.Effective is null || a.Caring is null || a.Responsive is null || a.WellLed is null);
        Assert.All(AuditRatings.All, r => Assert.Contains(data.Audits, a => a.Overall == r));

        // Audits a year per provider, over the years each provider held a contract in the period.
        var years = data.Contracts.GroupBy(c => c.ProviderCode).Sum(g =>
        {
            var from = Math.Max(First(period).DayNumber, g.Min(c => c.StartDate).DayNumber);
            var to = Math.Min(Last(period).DayNumber, g.Max(c => c.EndDate).DayNumber);
            return Math.Max(0, to - from + 1) / 365.25;
        });
        Assert.InRange(data.Audits.Count / years, period == "one year" ? 0.7 : 1.0, 2.0);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void AuditActions_CoverEveryAuditRequiringImprovementOrPoor_SomeOverdue(string period)
    {
        var data = Data(period);
        var audits = data.Audits.ToDictionary(a => a.AuditCode);
        var actions = data.AuditActions;

        Assert.Equal(actions.Count, actions.Select(a => a.ActionCode).Distinct().Count());
        Assert.All(actions, a =>
        {
            Assert.True(audits.ContainsKey(a.AuditCode), a.AuditCode);
            Assert.Contains(a.KeyQuestion, KeyQuestions.All);
            Assert.True(a.DueDate > audits[a.AuditCode].AuditDate);
            Assert.True(a.CompletedDate is null || (a.CompletedDate > audits[a.AuditCode].AuditDate && a.CompletedDate <= Last(period)));
            Assert.False(string.IsNullOrWhiteSpace(a.Description));
            Assert.False(string.IsNullOrWhiteSpace(a.Owner));
        });
        var withActions = actions.Select(a => a.AuditCode).ToHashSet();
        Assert.All(data.Audits.Where(a => a.Overall is AuditRatings.RequiresImprovement or AuditRatings.Poor), a => Assert.Contains(a.AuditCode, withActions));
        Assert.Contains(data.Audits, a => a.Overall == AuditRatings.Good && withActions.Contains(a.AuditCode));
        Assert.Contains(actions, a => a.DueDate < Last(period) && a.CompletedDate is null);
        Assert.Contains(actions, a => a.CompletedDate is not null);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Concerns_AreOfEveryKind_OpenAndClosed(string period)
    {
        var data = Data(period);
        var providers = data.Providers.Select(p => p.ProviderCode).ToHashSet();

        Assert.Equal(data.Concerns.Count, data.Concerns.Select(c => c.ConcernCode).Distinct().Count());
        Assert.All(data.Concerns, c =>
        {
            Assert.Contains(c.ProviderCode, providers);
            Assert.Contains(c.Kind, ConcernKinds.All);
            Assert.InRange(c.Opened, First(period), Last(period));
            Assert.True(c.Closed is null || (c.Closed > c.Opened && c.Closed <= Last(period)));
        });
        Assert.Contains(data.Concerns, c => c.Kind == ConcernKinds.Safeguarding && c.Closed is null);
        Assert.Contains(data.Concerns, c => c.Kind == ConcernKinds.Safeguarding && c.Closed is not null);
        Assert.Contains(data.Concerns, c => c.Kind == ConcernKinds.ComplaintUpheld);
        if (period == "ten years")
        {
            Assert.All(ConcernKinds.All, kind => Assert.Contains(data.Concerns, c => c.Kind == kind));
        }
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void SocialValue_IsCommittedInEveryContract_AcrossTheSixThemes(string period)
    {
        var data = Data(period);
        var contracts = data.Contracts.Select(c => c.ContractCode).ToHashSet();

        Assert.Equal(data.SocialValue.Count, data.SocialValue.Select(s => (s.ContractCode, s.Theme, s.Measure)).Distinct().Count());
        Assert.All(data.SocialValue, s =>
        {
            Assert.Contains(s.ContractCode, contracts);
            Assert.Contains(s.Theme, SocialValueThemes.All);
            Assert.True(s.Committed > 0);
            Assert.True(s.Delivered >= 0);
            Assert.False(string.IsNullOrWhiteSpace(s.Unit));
        });
        Assert.Equal(contracts.Order(), data.SocialValue.Select(s => s.ContractCode).Distinct().Order());
        Assert.Equal(SocialValueThemes.All.Order(), data.SocialValue.Select(s => s.Theme).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Budget_IsPerServicePerMonth_ActualEmptyAfterTheLastMonth(string period)
    {
        var data = Data(period);
        var settings = Settings(period);
        var services = CodesOf(UnitKind.Service);
        var last = new CommissioningGenerator(GenerationUnits.Testshire(), settings).BudgetLastMonth;

        Assert.Equal(3, last.Month);
        Assert.True(last > settings.LastMonth);
        Assert.Equal(data.Budget.Count, data.Budget.Select(b => (b.Month, b.ServiceCode)).Distinct().Count());
        Assert.Equal((last.Index - settings.FirstMonth.Index + 1) * services.Count, data.Budget.Count);
        Assert.All(data.Budget, b =>
        {
            Assert.Contains(b.ServiceCode, services);
            Assert.True(b.Budget > 0);
            Assert.Equal(b.Month > settings.LastMonth, b.Actual is null);
        });
        Assert.Contains(data.Budget, b => b.Actual > b.Budget);
        Assert.Contains(data.Budget, b => b.Actual < b.Budget);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void Vfp_SchemesPerPlanYear_DeliverOnlyWhenApproved(string period)
    {
        var data = Data(period);
        var settings = Settings(period);
        var services = CodesOf(UnitKind.Service);
        var schemes = data.VfpSchemes.ToDictionary(s => s.SchemeCode);

        Assert.All(data.VfpSchemes, s =>
        {
            Assert.Contains(s.ServiceCode, services);
            Assert.Contains(s.QiaStatus, QiaStatuses.All);
            Assert.Matches(@"^\d{4}/\d{2}$", s.PlanYear);
            Assert.True(s.AnnualTarget >= 0);
        });
        var planYears = data.VfpSchemes.Select(s => s.PlanYear).Distinct().ToList();
        Assert.Equal(CommissioningGenerator.PlanYear(settings.FirstMonth), planYears[0]);
        Assert.Equal(CommissioningGenerator.PlanYear(settings.LastMonth.AddMonths(1)), planYears[^1]);
        Assert.Contains(data.VfpSchemes, s => s.QiaStatus == QiaStatuses.Approved);
        Assert.Contains(data.VfpSchemes, s => s.QiaStatus != QiaStatuses.Approved);
        if (period == "ten years")
        {
            Assert.All(QiaStatuses.All, status => Assert.Contains(data.VfpSchemes, s => s.QiaStatus == status));
        }

        Assert.NotEmpty(data.VfpDelivery);
        Assert.Equal(data.VfpDelivery.Count, data.VfpDelivery.Select(d => (d.Month, d.SchemeCode)).Distinct().Count());
        Assert.All(data.VfpDelivery, d =>
        {
            var scheme = schemes[d.SchemeCode];
            Assert.Equal(QiaStatuses.Approved, scheme.QiaStatus);
            Assert.Equal(scheme.PlanYear, CommissioningGenerator.PlanYear(d.Month));
            Assert.InRange(d.Month.Index, settings.FirstMonth.Index, settings.LastMonth.Index);
            Assert.True(d.Saving > 0);
        });
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void CqcRatings_HaveHistory_UnmatchedLocations_AndPerServiceRatings(string period)
    {
        var data = Data(period);
        var rows = data.CqcRatings;
        var register = data.Providers.Where(p => p.CqcLocationId is not null).Select(p => p.CqcLocationId!).ToHashSet();

        Assert.Equal(rows.Count, rows.Select(r => (r.Location.LocationId, r.ServicePopulationGroup, r.Domain, r.PublicationDate)).Distinct().Count());
        Assert.All(rows, r =>
        {
            Assert.Contains(r.Domain, CqcDomains.All);
            Assert.True(CqcRatings.IsRated(r.LatestRating) || r.LatestRating is CqcRatings.NotRated or CqcRatings.InsufficientEvidence, r.LatestRating);
            Assert.True(r.PublicationDate <= Last(period));
            Assert.Matches(CqcId(), r.Location.LocationId);
            Assert.Matches(CqcId(), r.Location.ProviderId);
            Assert.Equal($"https://www.cqc.org.uk/location/{r.Location.LocationId}", r.Location.Url);
        });

        // Every registered provider is rated, several times over the years; CQC's file also holds locations the register does not.
        var locations = rows.GroupBy(r => r.Location.LocationId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(register, id => Assert.True(locations.ContainsKey(id), id));
        Assert.True(locations.Keys.Count(id => !register.Contains(id)) >= 10);
        Assert.Contains(locations.Values, l => l[0].Location.LocationType == "Primary Medical Services" && l.Any(r => r.ServicePopulationGroup == "Older people"));
        Assert.InRange(register.Average(id => locations[id].Select(r => r.PublicationDate).Distinct().Count()), period == "one year" ? 1.5 : 2.5, 12);
        Assert.Contains(rows, r => r.LatestRating == CqcRatings.InsufficientEvidence);
        Assert.All(CqcRatings.Rated, rating => Assert.Contains(rows, r => r.LatestRating == rating && register.Contains(r.Location.LocationId)));
        Assert.All(rows.GroupBy(r => (r.Location.LocationId, r.ServicePopulationGroup, r.PublicationDate)).Where(g => g.Key.ServicePopulationGroup == CqcDomains.Overall), g =>
            Assert.Equal(CqcDomains.All, g.Select(r => r.Domain)));

        // A few register locations are rated per service at their latest publication, with their Overall unrated.
        var perService = register.Where(id => locations[id].Any(r => r.ServicePopulationGroup != CqcDomains.Overall)).ToList();
        Assert.InRange(perService.Count, 2, 20);
        Assert.All(perService, id =>
        {
            var latest = locations[id].Max(r => r.PublicationDate);
            var atLatest = locations[id].Where(r => r.PublicationDate == latest).ToList();
            Assert.All(atLatest.Where(r => r.ServicePopulationGroup == CqcDomains.Overall), r => Assert.Equal(CqcRatings.NotRated, r.LatestRating));
            Assert.True(atLatest.Select(r => r.ServicePopulationGroup).Distinct().Count() >= 3);
            Assert.Contains(atLatest, r => r.ServicePopulationGroup != CqcDomains.Overall && r.Domain == CqcDomains.Overall && CqcRatings.IsRated(r.LatestRating));
        });
    }
}
