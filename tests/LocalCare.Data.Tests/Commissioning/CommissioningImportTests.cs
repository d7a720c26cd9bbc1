using LocalCare.Core.Commissioning;
using LocalCare.Data.Commissioning;
using LocalCare.Data.Imports;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Data.Tests.Commissioning;

/// <summary>Commissioning files through <c>localcare import</c>'s runner: stored whole or not at all, upserted by key, idempotent.</summary>
public sealed class CommissioningImportTests
{
    private const string Organisation = """
        code,name,kind,parent_code,service_group
        LCO,Test LCO,lco,,
        NORTH,North,locality,LCO,
        INT-A,Team A,neighbourhood,NORTH,
        POD,Podiatry,service,LCO,citywide
        """;

    internal static readonly (string Name, string Content)[] Files =
    [
        ("providers.csv", "provider_code,name,cqc_location_id,service_type,beds,neighbourhood_code,local\nP1,Oak House,1-100000001,care_home_nursing,40,INT-A,Y\nP2,\"Home Care, Ltd\",,homecare,,,N\n"),
        ("contracts.csv", "contract_code,provider_code,title,start_date,end_date,annual_value,manager,flagship\nC1,P1,Nursing beds,2024-04-01,2027-03-31,1200000.00,A Manager,Y\nC2,P2,Homecare,2024-04-01,2025-03-31,300000,,N\n"),
        ("spend.csv", "month,contract_code,amount\n2024-04,C1,100000.00\n2024-04,C2,-250.50\n"),
        ("social_value.csv", "contract_code,theme,measure,unit,committed,delivered\nC1,employment_skills,Apprenticeships,people,4,2\n"),
        ("audits.csv", "audit_code,provider_code,audit_date,auditor,overall,safe,effective,caring,responsive,well_led\nA1,P1,2024-06-10,J Smith,requires_improvement,poor,good,good,,good\n"),
        ("audit_actions.csv", "action_code,audit_code,key_question,description,owner,due_date,completed_date\nX1,A1,safe,Fix medicines storage,Home manager,2024-08-01,\n"),
        ("concerns.csv", "concern_code,provider_code,kind,opened,closed,summary\nK1,P1,safeguarding,2024-07-01,,Referral from a relative\n"),
        ("budget.csv", "month,service_code,budget,actual\n2024-04,POD,1000.00,1100.00\n2024-05,POD,1000,\n"),
        ("vfp_schemes.csv", "scheme_code,title,service_code,plan_year,annual_target,recurrent,qia_status\nS1,Digital letters,POD,2024/25,12000,Y,approved\nS2,Skill mix,POD,2024/25,6000,N,in_review\n"),
        ("vfp_delivery.csv", "month,scheme_code,saving\n2024-04,S1,1000\n"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EveryFile_IsStored_AndTheSameFilesAgainChangeNothing(string engine)
    {
        await using var database = await InitialisedAsync(engine);

        var first = await RunAsync(database, Write(database, [("organisation.csv", Organisation), .. Files]));
        var again = await RunAsync(database, Write(database, Files));

        Assert.Equal(Files.Select(f => f.Name), first.Commissioning!.Files.Select(f => f.File));
        Assert.Equal([2, 2, 2, 1, 1, 1, 1, 2, 2, 1], first.Commissioning.Files.Select(f => f.Added));
        Assert.All(again.Commissioning!.Files, f => Assert.Equal((0, 0, (int)f.RowsRead), (f.Added, f.Changed, f.Unchanged)));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal("Home Care, Ltd", (await db.Providers.SingleAsync(p => p.Code == "P2", ct)).Name);
        Assert.Equal([100000.00m, -250.50m], (await db.Spend.ToListAsync(ct)).OrderBy(s => s.ContractCode).Select(s => s.Amount));
        var audit = await db.QualityAudits.SingleAsync(ct);
        Assert.Equal((AuditRating.RequiresImprovement, AuditRating.Poor, (AuditRating?)null), (audit.Overall, audit.Safe, audit.Responsive));
        Assert.Equal([1100.00m, null], (await db.Budget.ToListAsync(ct)).OrderBy(b => b.Month).Select(b => b.Actual));
        Assert.Equal(QiaStatus.InReview, (await db.VfpSchemes.SingleAsync(s => s.Code == "S2", ct)).QiaStatus);
        Assert.Equal("Referral from a relative", (await db.Concerns.SingleAsync(ct)).Summary);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnImport_RecordsEachRowAddedOrChanged_BeforeAndAfter_AndOneEntryPerFile_WithItsSha256AndCounts(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        var ct = TestContext.Current.CancellationToken;
        long before;
        await using (var scope = database.Scope())
        {
            before = await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().AuditEntries.MaxAsync(e => (long?)e.Id, ct) ?? 0;
        }

        var directory = Write(database, [("organisation.csv", Organisation), .. Files]);
        await RunAsync(database, directory);
        long afterFirst;
        await using (var scope = database.Scope())
        {
            afterFirst = await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().AuditEntries.MaxAsync(e => e.Id, ct);
        }

        var changed = Files.Select(f => f.Name == "spend.csv" ? (f.Name, f.Content.Replace("100000.00", "100001.00", StringComparison.Ordinal)) : f).ToArray();
        await RunAsync(database, Write(database, changed));

        await using var read = database.Scope();
        var db = read.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var first = await db.AuditEntries.AsNoTracking().Where(e => e.Id > before && e.Id <= afterFirst).OrderBy(e => e.Id).ToListAsync(ct);
        var second = await db.AuditEntries.AsNoTracking().Where(e => e.Id > afterFirst).OrderBy(e => e.Id).ToListAsync(ct);

        // First run: every row created (4 units, then the files' 15 rows), each file's entry after its rows.
        var created = first.Where(e => e.Action == LocalCare.Data.Audit.AuditAction.Created).ToList();
        Assert.Equal(4 + 15, created.Count);
        Assert.Equal(["organisation.csv", .. Files.Select(f => f.Name)], first.Where(e => e.Action == LocalCare.Data.Audit.AuditAction.Imported).Select(e => e.EntityKey));
        Assert.Equal(first.Count, created.Count + 1 + Files.Length);
        var oakHouse = created.Single(e => e.Subject == "provider:P1" && e.EntityKey == "P1");
        var oakFields = System.Text.Json.JsonDocument.Parse(oakHouse.Changes).RootElement;
        Assert.Equal(("Oak House", false), (oakFields.GetProperty("Name").GetProperty("after").GetString(), oakFields.GetProperty("Name").TryGetProperty("before", out _)));
        Assert.Contains(created, e => e.Subject == "contract:C1" && e.EntityKey == "spend 2024-04");
        Assert.Contains(created, e => e.Subject == "unit:INT-A");
        // A file's entry follows the rows it stored (organisation.csv's rows and its entry are one save).
        Assert.True(first.Single(e => e.Subject == "import:organisation").Id > created.Where(e => e.Subject.StartsWith("unit:", StringComparison.Ordinal)).Max(e => e.Id));

        // Second run: the one changed spend row, before and after; the unchanged rows record nothing; still one entry per file.
        var change = Assert.Single(second, e => e.Action != LocalCare.Data.Audit.AuditAction.Imported);
        Assert.Equal(("contract:C1", "spend 2024-04", LocalCare.Data.Audit.AuditAction.Changed), (change.Subject, change.EntityKey, change.Action));
        var amount = System.Text.Json.JsonDocument.Parse(change.Changes).RootElement.GetProperty("Amount");
        // As numbers without trailing zeros, whatever scale the engine reads back (SQLite 100000.0, PostgreSQL 100000.00).
        Assert.Equal(("100000", "100001"), (amount.GetProperty("before").GetRawText(), amount.GetProperty("after").GetRawText()));
        Assert.Equal(Files.Select(f => f.Name), second.Where(e => e.Action == LocalCare.Data.Audit.AuditAction.Imported).Select(e => e.EntityKey));

        var providers = first.First(e => e.EntityKey == "providers.csv");
        var fields = System.Text.Json.JsonDocument.Parse(providers.Changes).RootElement;
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, "providers.csv"))));
        Assert.Equal(("import:commissioning", sha, 2, 0), (providers.Subject, fields.GetProperty("SHA-256").GetProperty("after").GetString(), fields.GetProperty("Inserted").GetProperty("after").GetInt32(), fields.GetProperty("Updated").GetProperty("after").GetInt32()));
        var spendAgain = System.Text.Json.JsonDocument.Parse(second.Last(e => e.EntityKey == "spend.csv").Changes).RootElement;
        Assert.Equal((0, 1, 1), (spendAgain.GetProperty("Inserted").GetProperty("after").GetInt32(), spendAgain.GetProperty("Updated").GetProperty("after").GetInt32(), spendAgain.GetProperty("Unchanged").GetProperty("after").GetInt32()));
        Assert.Equal("import:organisation", first.First(e => e.Action == LocalCare.Data.Audit.AuditAction.Imported).Subject);
        Assert.True((await read.ServiceProvider.GetRequiredService<LocalCare.Data.Audit.AuditVerifier>().VerifyAsync(cancellationToken: ct)).IsIntact);
    }

    [Fact]
    public async Task ARowWithAStoredKey_ReplacesIt()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        await RunAsync(database, Write(database, [("organisation.csv", Organisation), .. Files]));

        var outcome = await RunAsync(database, Write(database,
            ("providers.csv", "provider_code,name,service_type,local\nP2,Home Care Group,homecare,Y\n"),
            ("spend.csv", "month,contract_code,amount\n2024-04,C2,-200.00\n2024-05,C2,25000\n")));

        Assert.Equal([(0, 1), (1, 1)], outcome.Commissioning!.Files.Select(f => (f.Added, f.Changed)));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var provider = await db.Providers.SingleAsync(p => p.Code == "P2", TestContext.Current.CancellationToken);
        Assert.Equal(("Home Care Group", true), (provider.Name, provider.IsLocal));
        Assert.Equal(3, await db.Spend.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ARejectedRow_StoresNothing_NotEvenTheRunsExtractsOrOrganisation(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        var files = Files.Select(f => f.Name == "vfp_delivery.csv" ? (f.Name, f.Content + "2024-04,S2,500\n") : f).ToArray();
        var referrals = ("referrals.csv", "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at\nR1,P1,POD,INT-A,2024-05-01T09:30,routine,\n");

        var rejected = await Assert.ThrowsAsync<CommissioningRejectedException>(() => RunAsync(database, Write(database, [("organisation.csv", Organisation), referrals, .. files])));

        Assert.Equal(
            ["vfp_delivery.csv:3: saving: scheme S2's quality impact assessment is in_review: a saving counts only once its QIA is approved"],
            rejected.Batch.Rejects.Select(e => e.ToString()));
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal((0, 0, 0), (await db.Providers.CountAsync(TestContext.Current.CancellationToken), await db.VfpDelivery.CountAsync(TestContext.Current.CancellationToken),
            await db.OrganisationUnits.CountAsync(TestContext.Current.CancellationToken)));
        using var warehouse = WarehouseDatabase.In(database.DataDirectory).OpenReader(); // null: no warehouse was ever written
        Assert.True(warehouse is null || Sql.Scalar<long>(warehouse, "SELECT count(*) FROM referrals") == 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ARejectedCqcRow_InADirectory_StoresNothingFromAnyFileOfTheRun(string engine)
    {
        await using var database = await InitialisedAsync(engine);
        var ratings = ("ratings.csv", CqcSheet("1-100000001,Overall,Overall,Good,01/05/2024", "1-100000001,Overall,Safe,Good,2024-05-01"));

        var rejected = await Assert.ThrowsAsync<CqcRatingsRejectedException>(() => RunAsync(database, Write(database, [("organisation.csv", Organisation), .. Files, ratings])));

        Assert.Equal(["ratings.csv:3: Publication Date: '2024-05-01' is not a date DD/MM/YYYY"], rejected.Reports.Single().Rejects.Select(e => e.ToString()));
        Assert.Equal((0, 0, 0, 0), await CountsAsync(database));
    }

    [Fact]
    public async Task AFailureStoringTheLastFileOfARun_StoresNoneOfItsFiles_AndTheSameRunLaterStoresThemAll()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        var directory = Write(database, [("organisation.csv", Organisation), .. Files, ("ratings.csv", CqcSheet("1-100000001,Overall,Overall,Good,01/05/2024"))]);
        await using (var scope = database.Scope())
        {
            // The CQC ratings are stored last: a storage failure there (a full disk, say) is simulated by a trigger.
            await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER fail_cqc BEFORE INSERT ON \"CqcRatings\" BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END;", TestContext.Current.CancellationToken);
        }

        await Assert.ThrowsAsync<DbUpdateException>(() => RunAsync(database, directory));
        var afterFailure = await CountsAsync(database);
        await using (var scope = database.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().Database.ExecuteSqlRawAsync("DROP TRIGGER fail_cqc;", TestContext.Current.CancellationToken);
        }

        await RunAsync(database, directory);

        Assert.Equal((0, 0, 0, 0), afterFailure);
        Assert.Equal((4, 2, 2, 1), await CountsAsync(database));
    }

    [Fact]
    public async Task ASchemeWithSavings_WhoseQiaIsWithdrawn_KeepsItsSavings_WithAWarning()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        await RunAsync(database, Write(database, [("organisation.csv", Organisation), .. Files]));

        var outcome = await RunAsync(database, Write(database,
            ("vfp_schemes.csv", "scheme_code,title,service_code,plan_year,annual_target,recurrent,qia_status\nS1,Digital letters,POD,2024/25,12000,Y,in_review\n")));

        Assert.Equal(
            ["vfp_schemes.csv:2: qia_status: scheme S1's quality impact assessment is now in_review: the savings already recorded against it stay stored but no longer count towards Value for Patients delivery until it is approved again"],
            outcome.Commissioning!.Warnings);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        Assert.Equal(QiaStatus.InReview, (await db.VfpSchemes.SingleAsync(x => x.Code == "S1", TestContext.Current.CancellationToken)).QiaStatus);
        Assert.Equal(1000m, (await db.VfpDelivery.SingleAsync(TestContext.Current.CancellationToken)).Saving);
    }

    [Fact]
    public async Task WithRejectsAllowed_TheValidRowsAreStored()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        var files = Files.Select(f => f.Name == "vfp_delivery.csv" ? (f.Name, f.Content + "2024-04,S2,500\n") : f).ToArray();

        var outcome = await RunAsync(database, Write(database, [("organisation.csv", Organisation), .. files]), allowRejects: true);

        var delivery = outcome.Commissioning!.Files.Single(f => f.File == "vfp_delivery.csv");
        Assert.Equal((2L, 1, 1L), (delivery.RowsRead, delivery.Added, delivery.RowsRejected));
        Assert.Single(outcome.Commissioning.Rejects);
        await using var scope = database.Scope();
        Assert.Equal(["S1"], await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().VfpDelivery.Select(d => d.SchemeCode).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AFileWithoutARequiredColumn_IsRefusedWhole()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);

        var error = await Assert.ThrowsAsync<Core.Inputs.InvalidInputException>(() =>
            RunAsync(database, Write(database, ("organisation.csv", Organisation), ("contracts.csv", "contract_code,provider_code,title,start_date,annual_value,flagship,colour\n"))));

        Assert.Equal(["contracts.csv:1: end_date: the required column is missing from the header (the file has: contract_code, provider_code, title, start_date, annual_value, flagship, colour)"],
            error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task HeadersWithSpacesAndABom_AreReadThroughTheRun()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        var directory = Write(database, ("organisation.csv", Organisation));
        File.WriteAllText(
            Path.Combine(directory, "providers.csv"),
            " Provider_Code , name , cqc_location_id,service_type , beds,neighbourhood_code, LOCAL \nP1,Oak House,1-100000001,care_home_nursing,40,INT-A,Y\n",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var outcome = await RunAsync(database, directory);

        Assert.Equal((1, 0L), (outcome.Commissioning!.Files.Single().Added, outcome.Commissioning.RowsRejected));
        Assert.Empty(outcome.Commissioning.Warnings);
        await using var scope = database.Scope();
        var provider = await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().Providers.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(("P1", 40, true), (provider.Code, provider.Beds, provider.IsLocal));
    }

    [Fact]
    public async Task CqcRatings_KeepTheRegistersLocations_AddOnlyRowsNotHeld_AndABadKeptRowRefusesTheFile()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        await RunAsync(database, Write(database, [("organisation.csv", Organisation), .. Files]));
        var sheet = CqcSheet("1-100000001,Overall,Overall,Good,01/05/2024", "1-100000001,Overall,Well-led,Not Rated,01/05/2024", "1-2,Overall,Overall,Good,01/05/2024");
        var later = CqcSheet("1-100000001,Overall,Overall,Good,01/05/2024", "1-100000001,Overall,Overall,Requires improvement,01/11/2024");

        var first = await RunAsync(database, Write(database, ("ratings.csv", sheet)));
        var second = await RunAsync(database, Write(database, ("ratings.csv", later)));
        var bad = await Assert.ThrowsAsync<CqcRatingsRejectedException>(() =>
            RunAsync(database, Write(database, ("ratings.csv", CqcSheet("1-100000001,Overall,Kindness,Good,01/12/2024")))));

        Assert.Equal((3L, 2, 1L, 2, 0), Counts(first.CqcRatings.Single()));
        Assert.Equal((2L, 2, 0L, 1, 1), Counts(second.CqcRatings.Single()));
        Assert.Equal(["ratings.csv:2: Domain: 'Kindness' is not a CQC domain (Overall, Safe, Effective, Caring, Responsive, Well-led)"], bad.Reports.Single().Rejects.Select(e => e.ToString()));
        Assert.Equal((1L, 0, 0L, 0, 0, 1L), (bad.Reports.Single().RowsRead, bad.Reports.Single().RowsKept, bad.Reports.Single().RowsSkipped, bad.Reports.Single().Added, bad.Reports.Single().AlreadyHeld, bad.Reports.Single().RowsRejected));
        await using var scope = database.Scope();
        var held = await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().CqcRatings.ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([CqcRating.Good, CqcRating.RequiresImprovement, null], held.OrderBy(r => r.Domain).ThenBy(r => r.PublicationDate).Select(r => r.Rating));
        Assert.Equal("Not Rated", held.Single(r => r.Domain == CqcDomain.WellLed).RatingText);
    }

    [Fact]
    public async Task CqcRatings_WithRejectsAllowed_LeaveOutTheBadRows_AndKeepTheRest()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        await RunAsync(database, Write(database, [("organisation.csv", Organisation), .. Files]));
        var sheet = CqcSheet(
            "1-100000001,Overall,Overall,Good,01/05/2024",
            "1-100000001,Overall,Kindness,Good,01/05/2024",
            "1-100000001,Overall,Safe,Good,31/02/2024",
            "1-100000001,Overall,Caring,Outstanding,01/05/2024");

        var outcome = await RunAsync(database, Write(database, ("ratings.csv", sheet)), allowRejects: true);

        var report = outcome.CqcRatings.Single();
        Assert.Equal(2L, report.RowsRejected);
        Assert.Equal(2, report.Added);
        Assert.Equal(
        [
            "ratings.csv:3: Domain: 'Kindness' is not a CQC domain (Overall, Safe, Effective, Caring, Responsive, Well-led)",
            "ratings.csv:4: Publication Date: '31/02/2024' is not a date DD/MM/YYYY",
        ], report.Rejects.Select(e => e.ToString()));
        await using var scope = database.Scope();
        var held = await scope.ServiceProvider.GetRequiredService<LocalCareDbContext>().CqcRatings.ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([CqcDomain.Overall, CqcDomain.Caring], held.Select(r => r.Domain).OrderBy(d => d == CqcDomain.Caring));
    }

    [Fact]
    public async Task AnOrganisationThatDropsAUnitTheCommissioningDataUses_IsRefused()
    {
        await using var database = await InitialisedAsync(TestDatabase.Sqlite);
        await RunAsync(database, Write(database, [("organisation.csv", Organisation), .. Files]));
        const string WithoutTeamAndPodiatry = "code,name,kind,parent_code,service_group\nLCO,Test LCO,lco,,\nNORTH,North,locality,LCO,\n";

        var error = await Assert.ThrowsAsync<Core.Inputs.InvalidInputException>(() => RunAsync(database, Write(database, ("organisation.csv", WithoutTeamAndPodiatry))));

        Assert.Equal(
        [
            "organisation.csv: code: 'INT-A' is missing from the file but is still used by the provider register; it cannot be removed",
            "organisation.csv: code: 'POD' is missing from the file but is still used by the budget or Value for Patients schemes; it cannot be removed",
        ], error.Errors.Select(e => e.ToString()));
    }

    /// <summary>Organisation units, providers, contracts and CQC rating rows stored.</summary>
    private static async Task<(int, int, int, int)> CountsAsync(TestDatabase database)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<LocalCareDbContext>();
        var ct = TestContext.Current.CancellationToken;
        return (await db.OrganisationUnits.CountAsync(ct), await db.Providers.CountAsync(ct), await db.Contracts.CountAsync(ct), await db.CqcRatings.CountAsync(ct));
    }

    private static (long, int, long, int, int) Counts(CqcRatingsReport r) => (r.RowsRead, r.RowsKept, r.RowsSkipped, r.Added, r.AlreadyHeld);

    /// <summary>CQC's Locations sheet header, with rows of location id, service group, domain, rating and publication date.</summary>
    private static string CqcSheet(params string[] rows)
    {
        const string Header = "Location ID,Location Name,Service / Population Group,Domain,Latest Rating,Publication Date,Provider ID,Provider Name";
        return string.Join('\n', [Header, .. rows.Select(r => r.Split(',')).Select(f => $"{f[0]},Oak House,{f[1]},{f[2]},{f[3]},{f[4]},1-1,Oak Care Ltd")]) + "\n";
    }

    private static async Task<TestDatabase> InitialisedAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await database.InitialiseAsync(demo: false);
        return database;
    }

    private static string Write(TestDatabase database, params (string Name, string Content)[] files)
    {
        var directory = Directory.CreateDirectory(Path.Combine(database.DataDirectory, "in-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
        }

        return directory;
    }

    private static async Task<ImportOutcome> RunAsync(TestDatabase database, string directory, bool allowRejects = false)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(
            ImportPlan.For([directory]), new ImportOptions("tester", allowRejects), cancellationToken: TestContext.Current.CancellationToken);
    }
}
