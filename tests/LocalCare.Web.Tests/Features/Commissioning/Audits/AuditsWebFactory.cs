using LocalCare.Core.Commissioning;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Tests.Features.Commissioning.Audits;

/// <summary>
/// The web app with a small provider register seeded (the demo has none), today being 15 Jan 2025:
/// CH01 Ashwood House, audited poor on 1 Jun 2024 (high risk: review due 1 Sep 2024, overdue); CH02 Birch Court, never audited
/// (medium: due today); HC01 Cedar Homecare, audited excellent on 1 Dec 2024 (medium: due 1 Jun 2025); OLD1 Dormant Care,
/// whose contract ended in 2023 (not on the schedule). CH03 Elm Lodge and HC02 Fern Homecare are there to record audits of
/// (doing so moves them on the schedule, so tests of the schedule look only at the first three).
/// </summary>
public sealed class AuditsWebFactory : LocalCareWebFactory
{
    private readonly SemaphoreSlim _seeding = new(1, 1);
    private bool _seeded;

    public async Task SeedAsync()
    {
        await _seeding.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!_seeded)
            {
                await QueryAsync(async db =>
                {
                    db.Providers.AddRange(
                        Provider("CH01", "Ashwood House", ProviderServiceType.CareHomeNursing, 40),
                        Provider("CH02", "Birch Court", ProviderServiceType.CareHomeResidential, 25),
                        Provider("HC01", "Cedar Homecare", ProviderServiceType.Homecare, null),
                        Provider("OLD1", "Dormant Care", ProviderServiceType.Homecare, null),
                        Provider("CH03", "Elm Lodge", ProviderServiceType.CareHomeResidential, 30),
                        Provider("HC02", "Fern Homecare", ProviderServiceType.Homecare, null));
                    db.Contracts.AddRange(
                        Contract("K-CH01", "CH01", new(2024, 4, 1), new(2026, 3, 31)),
                        Contract("K-CH02", "CH02", new(2024, 4, 1), new(2026, 3, 31)),
                        Contract("K-HC01", "HC01", new(2023, 4, 1), new(2027, 3, 31)),
                        Contract("K-OLD1", "OLD1", new(2021, 4, 1), new(2023, 3, 31)),
                        Contract("K-CH03", "CH03", new(2024, 4, 1), new(2026, 3, 31)),
                        Contract("K-HC02", "HC02", new(2024, 4, 1), new(2026, 3, 31)));
                    db.QualityAudits.AddRange(
                        new QualityAudit { Code = "AUD-CH01", ProviderCode = "CH01", AuditDate = new(2024, 6, 1), Auditor = "Quality Officer", Overall = AuditRating.Poor, Safe = AuditRating.Poor },
                        new QualityAudit { Code = "AUD-HC01", ProviderCode = "HC01", AuditDate = new(2024, 12, 1), Auditor = "Quality Officer", Overall = AuditRating.Excellent });
                    db.AuditActions.Add(new AuditAction
                    {
                        Code = "ACT-CH01",
                        AuditCode = "AUD-CH01",
                        KeyQuestion = KeyQuestion.Safe,
                        Description = "Store medicines securely",
                        Owner = "Registered manager",
                        DueDate = new(2024, 7, 1),
                    });
                    return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                });
                _seeded = true;
            }
        }
        finally
        {
            _seeding.Release();
        }
    }

    public Task<QualityAudit> AuditAsync(string code) =>
        QueryAsync(db => db.QualityAudits.AsNoTracking().SingleAsync(a => a.Code == code, TestContext.Current.CancellationToken));

    public Task<List<AuditAction>> ActionsAsync(string auditCode) =>
        QueryAsync(db => db.AuditActions.AsNoTracking().Where(a => a.AuditCode == auditCode).OrderBy(a => a.Code).ToListAsync(TestContext.Current.CancellationToken));

    public override async ValueTask DisposeAsync()
    {
        _seeding.Dispose();
        await base.DisposeAsync();
    }

    private static Provider Provider(string code, string name, ProviderServiceType type, int? beds) =>
        new() { Code = code, Name = name, ServiceType = type, Beds = beds, IsLocal = true };

    private static ProviderContract Contract(string code, string provider, DateOnly start, DateOnly end) =>
        new() { Code = code, ProviderCode = provider, Title = "Care services", StartDate = start, EndDate = end, AnnualValue = 250_000m, Manager = "Contracts Manager", Flagship = false };
}
