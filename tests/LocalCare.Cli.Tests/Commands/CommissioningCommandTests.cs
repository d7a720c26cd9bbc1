using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare import</c> of commissioning files and <c>localcare commissioning risk</c>.</summary>
public sealed class CommissioningCommandTests
{
    private static readonly (string Name, string Content)[] Files =
    [
        ("providers.csv", "provider_code,name,cqc_location_id,service_type,beds,neighbourhood_code,local\nP1,Oak House,1-100000001,care_home_nursing,40,INT-E1,Y\nP2,Home Care Ltd,,homecare,,,N\nP3,Closed Home,,day_service,,,Y\n"),
        ("contracts.csv", "contract_code,provider_code,title,start_date,end_date,annual_value,manager,flagship\nC1,P1,Nursing beds,2024-04-01,2027-03-31,1200000.00,A Manager,Y\nC2,P2,Homecare,2024-04-01,2025-03-31,300000,,N\nC3,P3,Day care,2020-04-01,2024-03-31,1000,,N\n"),
        ("audits.csv", "audit_code,provider_code,audit_date,auditor,overall,safe,effective,caring,responsive,well_led\nA1,P1,2024-06-10,J Smith,requires_improvement,poor,good,good,,good\n"),
        ("audit_actions.csv", "action_code,audit_code,key_question,description,owner,due_date,completed_date\nX1,A1,safe,Fix medicines storage,Home manager,2024-08-01,\n"),
        ("concerns.csv", "concern_code,provider_code,kind,opened,closed,summary\nK1,P1,safeguarding,2024-07-01,,Referral from a relative\n"),
        ("01_September_2024_Latest_ratings.csv", CqcSheet(
            "1-100000001,Oak House,Overall,Overall,Good,01/05/2024",
            "1-100000001,Oak House,Overall,Safe,Requires improvement,01/05/2024",
            "1-999999999,Somewhere Else,Overall,Overall,Inadequate,01/05/2024")),
    ];

    [Theory]
    [MemberData(nameof(TestCli.Engines), MemberType = typeof(TestCli))]
    public async Task Import_ThenRisk_RatesEveryProviderWithAnActiveContract(string engine)
    {
        using var cli = TestCli.On(engine);
        cli.WriteInput("in/organisation.csv", OrganisationFiles.Testshire);
        foreach (var (name, content) in Files)
        {
            cli.WriteInput("in/" + name, content);
        }

        var import = await cli.RunAsync("import", Path.Combine(cli.InputDirectory, "in"));
        var run = await cli.RunAsync("commissioning", "risk", "--date", "2024-09-01", "--format", "json");
        var table = await cli.RunAsync("commissioning", "risk", "--date", "2024-09-01");

        Assert.Equal((0, ""), (import.ExitCode, import.Error));
        // File, rows read, added, changed, unchanged, rejected.
        Assert.Contains(import.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["providers.csv", "3", "3", "0", "0", "0"]);
        Assert.Equal(0, run.ExitCode);
        var results = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        // P3's only contract ended before the date. P1: CQC good 1, requires improvement 3, overdue action 2, open safeguarding 3.
        // P2: unrated (no CQC location) 3, no audit in 24 months 2.
        Assert.Equal(["P1", "P2"], results.Select(r => r.GetProperty("provider").GetString()));
        Assert.Equal(
            ["provider", "score", "band", "review_months", "cqc_rating", "last_audit", "next_review", "overdue", "reasons"],
            results[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal((9, "high", 3, "2024-06-10", "2024-09-10", false), Of(results[0]));
        Assert.Equal("good", results[0].GetProperty("cqc_rating").GetString());
        Assert.Equal((5, "medium", 6, null, "2024-09-01", false), Of(results[1]));
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("cqc_rating").ValueKind);
        // File, rows read, register locations, skipped, added, already held.
        Assert.Contains(import.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["01_September_2024_Latest_ratings.csv", "3", "2", "1", "2", "0", "0"]);
        Assert.NotEmpty(results[0].GetProperty("reasons").EnumerateArray());
        Assert.Contains(table.OutLines, l => l.StartsWith("2 providers with a contract active on 2024-09-01: 1 high, 1 medium, 0 low; 0 reviews overdue.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_WithARejectedCommissioningRow_StoresNothingAndSaysWhere()
    {
        using var cli = new TestCli();
        cli.WriteInput("in/organisation.csv", OrganisationFiles.Testshire);
        cli.WriteInput("in/providers.csv", "provider_code,name,service_type,beds,local\nP1,Oak,homecare,,Y\nP2,Bad,homecare,12,Y\n");

        var run = await cli.RunAsync("import", Path.Combine(cli.InputDirectory, "in"));
        var risk = await cli.RunAsync("commissioning", "risk", "--date", "2024-09-01", "--format", "json");

        Assert.Equal(ExitCodes.UserError, run.ExitCode);
        Assert.Contains("providers.csv:3: beds: must be empty: a homecare provider has no beds (only care_home_nursing and care_home_residential do)", run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was stored.", run.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(cli.DataDirectory, "rejects"), "*-commissioning.csv"));
        Assert.Equal("[]", risk.Out.Trim());
    }

    [Fact]
    public async Task Risk_WithABadDate_IsAUsageError()
    {
        using var cli = new TestCli();

        var run = await cli.RunAsync("commissioning", "risk", "--date", "2024-13-01");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--date: '2024-13-01' is not a date (YYYY-MM-DD).", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportOfCqcRatings_WithABadRow_IsRefused_OrWithRejectsAllowedKeepsTheRest_AndListsTheReject()
    {
        using var cli = TestCli.On(TestCli.Sqlite);
        cli.WriteInput("in/organisation.csv", OrganisationFiles.Testshire);
        cli.WriteInput("in/providers.csv", Files[0].Content);
        await cli.RunAsync("import", Path.Combine(cli.InputDirectory, "in"));
        cli.WriteInput("cqc/ratings.csv", CqcSheet(
            "1-100000001,Oak House,Overall,Overall,Good,01/05/2024",
            "1-100000001,Oak House,Overall,Safe,Good,2024-05-01"));

        var refused = await cli.RunAsync("import", Path.Combine(cli.InputDirectory, "cqc", "ratings.csv"));
        var allowed = await cli.RunAsync("import", "--allow-rejects", Path.Combine(cli.InputDirectory, "cqc", "ratings.csv"));

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("ratings.csv:3: Publication Date: '2024-05-01' is not a date DD/MM/YYYY", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("ratings.csv:3: Publication Date: '2024-05-01' is not a date DD/MM/YYYY", allowed.Error, StringComparison.Ordinal);
        Assert.Contains("Rejected CQC rating rows are listed in", allowed.Error, StringComparison.Ordinal);
        Assert.Contains("Rejected CQC rating rows are listed in", refused.Error, StringComparison.Ordinal);
        // File, rows read, register locations, skipped, added, already held, rejected.
        Assert.Contains(allowed.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["ratings.csv", "2", "1", "0", "1", "0", "1"]);
    }

    [Fact]
    public async Task ImportOfCqcRatings_WithManyBadRows_WritesEveryRejectToTheRunsRejectsFile_RefusedOrAllowed()
    {
        using var cli = TestCli.On(TestCli.Sqlite);
        cli.WriteInput("in/organisation.csv", OrganisationFiles.Testshire);
        cli.WriteInput("in/providers.csv", Files[0].Content);
        await cli.RunAsync("import", Path.Combine(cli.InputDirectory, "in"));
        var rows = Enumerable.Range(1, 120).Select(i => $"1-100000001,Oak House,Group {i},Overall,Good,{i:00}/13/2024").Append("1-100000001,Oak House,Overall,Overall,Good,01/05/2024");
        var ratings = cli.WriteInput("cqc/ratings.csv", CqcSheet([.. rows]));
        var refusedRejects = Path.Combine(cli.DataDirectory, "refused.csv");
        var allowedRejects = Path.Combine(cli.DataDirectory, "allowed.csv");

        var refused = await cli.RunAsync("import", "--rejects", refusedRejects, ratings);
        var allowed = await cli.RunAsync("import", "--allow-rejects", "--rejects", allowedRejects, ratings);

        Assert.Equal(ExitCodes.UserError, refused.ExitCode);
        Assert.Contains("Nothing was stored.", refused.Error, StringComparison.Ordinal);
        Assert.Contains("ratings.csv:2: Publication Date: '01/13/2024' is not a date DD/MM/YYYY", refused.ErrorLines);
        Assert.Contains("... 120 problems in rejected CQC rating rows in all; every one is in " + Path.Combine(cli.DataDirectory, "refused-cqc.csv"), refused.ErrorLines);
        Assert.Equal(ExitCodes.Success, allowed.ExitCode);
        foreach (var file in new[] { "refused-cqc.csv", "allowed-cqc.csv" })
        {
            var lines = File.ReadAllLines(Path.Combine(cli.DataDirectory, file));
            Assert.Equal(121, lines.Length);
            Assert.Equal("file,line,column,reason", lines[0]);
            Assert.Equal("\"ratings.csv\",121,\"Publication Date\",\"'120/13/2024' is not a date DD/MM/YYYY\"", lines[^1]);
        }

        // File, rows read, register locations, skipped, added, already held, rejected.
        Assert.Contains(refused.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["ratings.csv", "121", "1", "0", "0", "0", "120"]);
        Assert.Contains(allowed.OutLines, l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is ["ratings.csv", "121", "1", "0", "1", "0", "120"]);
        await using var db = cli.OpenDatabase();
        Assert.Equal(1, await db.CqcRatings.CountAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>CQC's Locations sheet header, with rows of location id, name, service group, domain, rating and publication date.</summary>
    private static string CqcSheet(params string[] rows)
    {
        const string Header = "Location ID,Location ODS Code,Location Name,Care Home?,Location Type,Location Primary Inspection Category,Location Street Address,"
            + "Location Address Line 2,Location City,Location Post Code,Location Local Authority,Location Region,Location NHS Region,Location ONSPD CCG Code,"
            + "Location ONSPD CCG,Location Commissioning CCG Code,Location Commissioning CCG Name,Service / Population Group,Domain,Latest Rating,Publication Date,"
            + "Report Type,Inherited Rating (Y/N),URL,Provider ID,Provider Name,Brand ID,Brand Name";
        var lines = rows.Select(r => r.Split(',')).Select(f =>
            $"{f[0]},,{f[1]},Y,Social Care Org,Residential social care,1 High St,,Testtown,TT1 1AA,Testshire,North,North,,,,,{f[2]},{f[3]},{f[4]},{f[5]},Location,N,https://www.cqc.org.uk,1-1,Oak Care Ltd,BD1,BRAND Oak Group");
        return string.Join('\n', [Header, .. lines]) + "\n";
    }

    private static (int, string?, int, string?, string?, bool) Of(JsonElement r) => (
        r.GetProperty("score").GetInt32(), r.GetProperty("band").GetString(), r.GetProperty("review_months").GetInt32(),
        r.GetProperty("last_audit").GetString(), r.GetProperty("next_review").GetString(), r.GetProperty("overdue").GetBoolean());
}
