using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using LocalCare.Core.Plans;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Web.Tests.Features.Commissioning;

/// <summary>
/// The demo organisation (no generated activity) with a small commissioning fixture of its own in place of any demo
/// commissioning data, seeded once; today is <see cref="LocalCareWebFactory.Now"/>, 15 January 2025.
/// </summary>
/// <remarks>
/// Expected values, worked by hand at 15 Jan 2025 (see <see cref="CommissioningFixture"/> for the rows):
/// P01 Alder House: CQC requires improvement (2024-09-20) 3 + age 0 + audit poor (2024-10-01) 6 + window 0 + 1 action overdue 2
/// + 1 safeguarding open 3 + 1 whistleblowing 2 + 2 upheld complaints 0 = 16, high, review 3 months, next 2025-01-01, overdue.
/// P02 Birch Homecare: CQC good (2022-06-01) 1 + stale (before 2022-07-15) 1 + audit good (2024-08-10) 1 = 3, medium, next
/// 2025-02-10; on 2024-10-15 the rating was not stale (2022-06-01 is not before 2022-04-15): 2, low, so its band changed.
/// P03 Cedar Lodge: no CQC location 3 + no audit ever 2 = 5, medium, next review today, not overdue; 5 on 2024-10-15 too.
/// P04 Daisy Day Centre: its only contract ended 2025-01-14, so it is not rated.
/// </remarks>
public sealed class CommissioningWebFactory : LocalCareWebFactory, IAsyncLifetime
{
    protected override int DemoYears => 0;

    public async ValueTask InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        await CommissioningFixture.SeedAsync(db);
    }
}

/// <summary>The fixture's rows (replacing whatever commissioning data the database holds).</summary>
public static class CommissioningFixture
{
    public const string SafeguardingSummary = "Unexplained bruising reported by a family member";

    public const string WhistleblowingSummary = "Night staff report too few carers on shift";

    public const string ComplaintSummary = "Meals served cold on the first floor";

    public static IReadOnlyList<string> ConcernTexts { get; } = [SafeguardingSummary, WhistleblowingSummary, ComplaintSummary, "CON-01"];

    public static async Task SeedAsync(LocalCareDbContext db)
    {
        var ct = TestContext.Current.CancellationToken;
        db.VfpDelivery.RemoveRange(await db.VfpDelivery.ToListAsync(ct));
        db.VfpSchemes.RemoveRange(await db.VfpSchemes.ToListAsync(ct));
        db.Budget.RemoveRange(await db.Budget.ToListAsync(ct));
        db.SocialValue.RemoveRange(await db.SocialValue.ToListAsync(ct));
        db.Spend.RemoveRange(await db.Spend.ToListAsync(ct));
        db.AuditActions.RemoveRange(await db.AuditActions.ToListAsync(ct));
        db.QualityAudits.RemoveRange(await db.QualityAudits.ToListAsync(ct));
        db.Concerns.RemoveRange(await db.Concerns.ToListAsync(ct));
        db.Contracts.RemoveRange(await db.Contracts.ToListAsync(ct));
        db.CqcRatings.RemoveRange(await db.CqcRatings.ToListAsync(ct));
        db.Providers.RemoveRange(await db.Providers.ToListAsync(ct));
        await db.SaveChangesAsync(ct);

        db.Providers.AddRange(
            new Provider { Code = "P01", Name = "Alder House", CqcLocationId = "1-100000001", ServiceType = ProviderServiceType.CareHomeNursing, Beds = 40, NeighbourhoodCode = "INT-CC", IsLocal = true },
            new Provider { Code = "P02", Name = "Birch Homecare", CqcLocationId = "1-100000002", ServiceType = ProviderServiceType.Homecare, NeighbourhoodCode = "INT-ABC", IsLocal = false },
            new Provider { Code = "P03", Name = "Cedar Lodge", ServiceType = ProviderServiceType.CareHomeResidential, Beds = 20, NeighbourhoodCode = "INT-CC", IsLocal = true },
            new Provider { Code = "P04", Name = "Daisy Day Centre", CqcLocationId = "1-100000004", ServiceType = ProviderServiceType.DayService, IsLocal = true });

        Cqc("1-100000001", "2021-06-10", ("Overall", "Good"), ("Safe", "Requires improvement"), ("Effective", "Good"), ("Caring", "Good"), ("Responsive", "Good"), ("Well-led", "Good"));
        Cqc("1-100000001", "2024-09-20", ("Overall", "Requires improvement"), ("Safe", "Inadequate"), ("Effective", "Good"), ("Caring", "Good"), ("Responsive", "Requires improvement"), ("Well-led", "Requires improvement"));
        Cqc("1-100000002", "2022-06-01", ("Overall", "Good"), ("Safe", "Good"), ("Effective", "Good"), ("Caring", "Outstanding"), ("Responsive", "Good"), ("Well-led", "Good"));
        Cqc("1-100000004", "2023-05-01", ("Overall", "Outstanding"));

        db.Contracts.AddRange(
            Contract("K01", "P01", "Nursing beds block", "2023-04-01", "2025-07-15", 480000m, flagship: true),
            Contract("K02", "P02", "Homecare framework lot 2", "2024-01-01", "2026-01-15", 120000m),
            Contract("K03", "P03", "Residential beds", "2024-04-01", "2026-01-16", 240000m),
            Contract("K04", "P04", "Day opportunities", "2022-04-01", "2025-01-14", 60000m),
            Contract("K05", "P03", "Respite beds", "2024-06-01", "2025-07-16", 12000m));

        Spend("K01", "2024-03", 38000m);
        Spend("K01", "2024-04", 40000m);
        Spend("K01", "2024-05", 42000m);
        Spend("K01", "2024-06", -1500m);
        Spend("K02", "2024-04", 10000m);
        Spend("K02", "2024-05", 10000m);
        Spend("K03", "2024-07", 20000m);

        db.SocialValue.AddRange(
            Commitment("K01", SocialValueTheme.EmploymentSkills, "Apprenticeships", "people", 4, 3),
            Commitment("K01", SocialValueTheme.Greener, "Electric vehicles", "vehicles", 2, 0),
            Commitment("K02", SocialValueTheme.EmploymentSkills, "Apprenticeships", "people", 2, 2),
            Commitment("K02", SocialValueTheme.LocalSupplyChain, "Local spend", "GBP", 5000, 2500));

        db.QualityAudits.AddRange(
            new QualityAudit { Code = "A01", ProviderCode = "P01", AuditDate = D("2024-10-01"), Auditor = "J Smith", Overall = AuditRating.Poor, Safe = AuditRating.Poor, Caring = AuditRating.Good, WellLed = AuditRating.RequiresImprovement },
            new QualityAudit { Code = "A02", ProviderCode = "P02", AuditDate = D("2024-08-10"), Auditor = "R Khan", Overall = AuditRating.Good, Safe = AuditRating.Good, Effective = AuditRating.Good, Caring = AuditRating.Excellent, Responsive = AuditRating.Good, WellLed = AuditRating.Good });
        db.AuditActions.AddRange(
            new AuditAction { Code = "AA1", AuditCode = "A01", KeyQuestion = KeyQuestion.Safe, Description = "Review medicines storage", Owner = "Home manager", DueDate = D("2024-12-01") },
            new AuditAction { Code = "AA2", AuditCode = "A01", KeyQuestion = KeyQuestion.WellLed, Description = "Appoint a deputy manager", Owner = "Provider director", DueDate = D("2025-03-01") },
            new AuditAction { Code = "AA3", AuditCode = "A01", KeyQuestion = KeyQuestion.Caring, Description = "Refresh care plans", Owner = "Home manager", DueDate = D("2024-11-01"), CompletedDate = D("2024-10-30") });

        db.Concerns.AddRange(
            new ProviderConcern { Code = "CON-01", ProviderCode = "P01", Kind = ConcernKind.Safeguarding, Opened = D("2024-12-20"), Summary = SafeguardingSummary },
            new ProviderConcern { Code = "CON-02", ProviderCode = "P01", Kind = ConcernKind.Whistleblowing, Opened = D("2024-03-01"), Closed = D("2024-04-01"), Summary = WhistleblowingSummary },
            new ProviderConcern { Code = "CON-03", ProviderCode = "P01", Kind = ConcernKind.ComplaintUpheld, Opened = D("2024-05-01"), Closed = D("2024-05-20"), Summary = ComplaintSummary },
            new ProviderConcern { Code = "CON-04", ProviderCode = "P01", Kind = ConcernKind.ComplaintUpheld, Opened = D("2024-06-01"), Closed = D("2024-06-15"), Summary = ComplaintSummary });

        // CYP-HV 2024/25: 10,000 a month; actuals April to December. CYP-VBS: two months, one with an actual. March 2024 is 2023/24.
        for (var i = 0; i < 12; i++)
        {
            var month = new YearMonth(2024, 4).AddMonths(i);
            decimal? actual = i switch { 0 => 10500m, 1 => 9800m, 2 => 10200m, < 9 => 10000m, _ => null };
            db.Budget.Add(new BudgetLine { Month = month, ServiceCode = "CYP-HV", Budget = 10000m, Actual = actual });
        }

        db.Budget.AddRange(
            new BudgetLine { Month = new YearMonth(2024, 4), ServiceCode = "CYP-VBS", Budget = 5000m, Actual = 4000m },
            new BudgetLine { Month = new YearMonth(2024, 5), ServiceCode = "CYP-VBS", Budget = 5000m },
            new BudgetLine { Month = new YearMonth(2024, 3), ServiceCode = "CYP-HV", Budget = 9000m, Actual = 9500m });

        db.VfpSchemes.AddRange(
            Scheme("V01", "Digital visit scheduling", "CYP-HV", 2024, 24000m, QiaStatus.Approved),
            Scheme("V02", "Agency reduction", "CYP-HV", 2024, 12000m, QiaStatus.InReview),
            Scheme("V03", "Mileage", "CYP-VBS", 2024, 6000m, QiaStatus.Approved),
            Scheme("V04", "Clinic rooms", "CYP-HV", 2023, 10000m, QiaStatus.Approved));
        Saving("V01", "2024-04", 2000m);
        Saving("V01", "2024-05", 2000m);
        Saving("V01", "2024-12", 3000m);
        Saving("V01", "2025-01", 1000m);
        Saving("V02", "2024-06", 800m); // recorded while V02 was approved; its QIA has gone back to review since
        Saving("V03", "2024-06", 500m);
        Saving("V04", "2024-04", 999m);

        await db.SaveChangesAsync(ct);

        void Cqc(string location, string published, params (string Domain, string Rating)[] ratings)
        {
            foreach (var (domain, rating) in ratings)
            {
                db.CqcRatings.Add(new CqcRatingRecord
                {
                    LocationId = location,
                    LocationName = location,
                    ServiceGroup = "Overall",
                    Domain = CqcDomains.Parse(domain)!.Value,
                    Rating = CqcRatings.Parse(rating),
                    RatingText = rating,
                    PublicationDate = D(published),
                    CqcProviderId = "1-9",
                    CqcProviderName = "Provider",
                });
            }
        }

        void Spend(string contract, string month, decimal amount) =>
            db.Spend.Add(new ContractSpend { Month = YearMonth.Parse(month), ContractCode = contract, Amount = amount });

        void Saving(string scheme, string month, decimal saving) =>
            db.VfpDelivery.Add(new VfpDelivery { Month = YearMonth.Parse(month), SchemeCode = scheme, Saving = saving });
    }

    private static ProviderContract Contract(string code, string provider, string title, string start, string end, decimal value, bool flagship = false) =>
        new() { Code = code, ProviderCode = provider, Title = title, StartDate = D(start), EndDate = D(end), AnnualValue = value, Manager = "A Manager", Flagship = flagship };

    private static SocialValueCommitment Commitment(string contract, SocialValueTheme theme, string measure, string unit, decimal committed, decimal delivered) =>
        new() { ContractCode = contract, Theme = theme, Measure = measure, Unit = unit, Committed = committed, Delivered = delivered };

    private static VfpScheme Scheme(string code, string title, string service, int year, decimal target, QiaStatus status) =>
        new() { Code = code, Title = title, ServiceCode = service, PlanYear = new PlanYear(year), AnnualTarget = target, Recurrent = true, QiaStatus = status };

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
