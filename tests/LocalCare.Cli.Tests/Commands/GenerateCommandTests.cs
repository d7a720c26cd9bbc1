using System.CommandLine;
using Microsoft.Extensions.Time.Testing;

namespace LocalCare.Cli.Tests.Commands;

public sealed class GenerateCommandTests
{
    private static readonly string[] ContractFiles =
        ["organisation.csv", "referrals.csv", "contacts.csv", "activity_plan.csv", "workforce.csv", "incidents.csv", "experience.csv", "virtual_ward.csv"];

    private static readonly string[] CommissioningFiles =
    [
        "providers.csv", "contracts.csv", "spend.csv", "audits.csv", "audit_actions.csv", "concerns.csv", "social_value.csv", "budget.csv",
        "vfp_schemes.csv", "vfp_delivery.csv", "cqc_latest_ratings.csv",
    ];

    private static readonly string[] Files = [.. ContractFiles, .. CommissioningFiles];

    [Theory]
    [InlineData("generate", "--out", "x")]
    [InlineData("generate", "--out", "x", "--years", "30", "--contacts-per-year", "5000", "--seed", "-4", "--to", "2024-03")]
    [InlineData("generate", "--out", "x", "--years", "1", "--to", "2000-01", "--contacts-per-year", "1,100,000")]
    public void Parse_ValidArguments_HasNoErrors(params string[] args)
    {
        Assert.Empty(Build().Parse(args).Errors);
    }

    [Theory]
    [InlineData("Option '--out' is required.", "generate")]
    [InlineData("--years must be a whole number from 1 to 30 (not '0').", "generate", "--out", "x", "--years", "0")]
    [InlineData("--years must be a whole number from 1 to 30 (not '31').", "generate", "--out", "x", "--years", "31")]
    [InlineData("--years must be a whole number from 1 to 30 (not 'two').", "generate", "--out", "x", "--years", "two")]
    [InlineData("--contacts-per-year must be a whole number from 1 to 100,000,000 (not '0').", "generate", "--out", "x", "--contacts-per-year", "0")]
    [InlineData("--contacts-per-year must be a whole number from 1 to 100,000,000 (not '1.5').", "generate", "--out", "x", "--contacts-per-year", "1.5")]
    [InlineData("Cannot parse argument 'x' for option '--seed' as expected type 'System.Int32'.", "generate", "--out", "x", "--seed", "x")]
    [InlineData("--to must be a month written YYYY-MM, from 2000-01 to 2100-12 (not '2024-13').", "generate", "--out", "x", "--to", "2024-13")]
    [InlineData("--to must be a month written YYYY-MM, from 2000-01 to 2100-12 (not '24-03').", "generate", "--out", "x", "--to", "24-03")]
    [InlineData("--to must be a month written YYYY-MM, from 2000-01 to 2100-12 (not '1999-12').", "generate", "--out", "x", "--to", "1999-12")]
    public void Parse_BadValue_IsOneError(string error, params string[] args)
    {
        Assert.Equal(error, Assert.Single(Build().Parse(args).Errors).Message);
    }

    [Fact]
    public async Task Generate_BadValue_FailsWithExitCode1AndWritesNothing()
    {
        using var cli = new TestCli();
        var output = Path.Combine(cli.InputDirectory, "out");

        var run = await cli.RunAsync("generate", "--out", output, "--years", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["--years must be a whole number from 1 to 30 (not '0').", "Run 'localcare generate --help' for usage."], run.ErrorLines);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Generate_WritesEveryContractFile_WithItsExactHeader()
    {
        using var cli = new TestCli();
        var output = Path.Combine(cli.InputDirectory, "out");

        var run = await cli.RunAsync("generate", "--out", output, "--years", "1", "--contacts-per-year", "5000", "--to", "2024-03");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(Files.Order(), Directory.GetFiles(output).Select(Path.GetFileName).Order());
        Assert.Equal(
            [
                "code,name,kind,parent_code,service_group",
                "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at",
                "contact_id,referral_id,person_id,service_code,neighbourhood_code,scheduled_at,attendance,contact_mode,duration_minutes",
                "month,service_code,planned_contacts",
                "month,service_code,budgeted_wte,contracted_wte,headcount,leavers,fte_days_available,fte_days_lost_sickness,appraisals_due,appraisals_completed",
                "incident_id,occurred_at,service_code,neighbourhood_code,category,grade,acquired_in_care",
                "response_id,responded_at,service_code,neighbourhood_code,instrument,score",
                "date,ward_code,capacity_beds,occupied_beds",
            ],
            ContractFiles.Select(f => File.ReadLines(Path.Combine(output, f)).First()));
        Assert.Equal("Generating 1 year (2023-04 to 2024-03) for Manchester Local Care Organisation (MLCO): 49 services, about 5,000 contacts a year, seed 1.", run.OutLines[0]);
        Assert.All(Files, f => Assert.Contains(run.OutLines, line => line.TrimStart().StartsWith(f, StringComparison.Ordinal)));
        Assert.StartsWith($"Wrote 19 files to {Path.GetFullPath(output)} in ", run.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WritesTheCommissioningFiles_WithTheSpecsExactHeaders_AndRows()
    {
        using var cli = new TestCli();
        var output = Path.Combine(cli.InputDirectory, "out");

        var run = await cli.RunAsync("generate", "--out", output, "--years", "1", "--contacts-per-year", "5000", "--to", "2024-03");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "provider_code,name,cqc_location_id,service_type,beds,neighbourhood_code,local",
                "contract_code,provider_code,title,start_date,end_date,annual_value,manager,flagship",
                "month,contract_code,amount",
                "audit_code,provider_code,audit_date,auditor,overall,safe,effective,caring,responsive,well_led",
                "action_code,audit_code,key_question,description,owner,due_date,completed_date",
                "concern_code,provider_code,kind,opened,closed,summary",
                "contract_code,theme,measure,unit,committed,delivered",
                "month,service_code,budget,actual",
                "scheme_code,title,service_code,plan_year,annual_target,recurrent,qia_status",
                "month,scheme_code,saving",
                "Location ID,Location ODS Code,Location Name,Care Home?,Location Type,Location Primary Inspection Category,Location Street Address,"
                    + "Location Address Line 2,Location City,Location Post Code,Location Local Authority,Location Region,Location NHS Region,"
                    + "Location ONSPD CCG Code,Location ONSPD CCG,Location Commissioning CCG Code,Location Commissioning CCG Name,"
                    + "Service / Population Group,Domain,Latest Rating,Publication Date,Report Type,Inherited Rating (Y/N),URL,Provider ID,Provider Name,Brand ID,Brand Name",
            ],
            CommissioningFiles.Select(f => File.ReadLines(Path.Combine(output, f)).First()));
        Assert.All(CommissioningFiles, f => Assert.True(File.ReadLines(Path.Combine(output, f)).Count() > 1, f));
        Assert.Equal(41, File.ReadLines(Path.Combine(output, "providers.csv")).Count());
        Assert.Matches(@"^PRV0001,[^,]+,(1-\d{9,10})?,[a-z_]+,\d*,(INT-[A-Z]+)?,[YN]$", File.ReadLines(Path.Combine(output, "providers.csv")).ElementAt(1));
        Assert.Matches(@",(Overall|Safe|Effective|Caring|Responsive|Well-led),[^,]+,\d\d/\d\d/\d{4},Location,[YN],https://www\.cqc\.org\.uk/location/1-\d+,1-\d+,",
            File.ReadLines(Path.Combine(output, "cqc_latest_ratings.csv")).ElementAt(1));
        Assert.Contains(File.ReadLines(Path.Combine(output, "budget.csv")), line => line.StartsWith("2024-04,", StringComparison.Ordinal) && line.EndsWith(',')); // a budget, no actual yet
        Assert.All(CommissioningFiles, f => Assert.Contains(run.OutLines, line => line.TrimStart().StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Generate_Files_AreUtf8WithoutBom_WithUnixLineEnds_AndQuoteOnlyWhereNeeded()
    {
        using var cli = new TestCli();
        var output = Path.Combine(cli.InputDirectory, "out");

        await cli.RunAsync("generate", "--out", output, "--years", "1", "--contacts-per-year", "5000", "--to", "2024-03");

        var organisation = File.ReadAllBytes(Path.Combine(output, "organisation.csv"));
        var text = File.ReadAllText(Path.Combine(output, "organisation.csv"));
        Assert.NotEqual(0xEF, organisation[0]);
        Assert.DoesNotContain('\r', text);
        Assert.Contains("\nINT-ABC,\"Ancoats, Bradford and Clayton\",neighbourhood,NORTH,\n", text, StringComparison.Ordinal);
        Assert.Contains("\nMLCO,Manchester Local Care Organisation,lco,,\n", text, StringComparison.Ordinal);
        Assert.Matches(@"^R\d{6}-\d{2}-\d{5},P\d{7},[A-Z0-9-]+,(INT-[A-Z]+)?,\d{4}-\d\d-\d\dT\d\d:\d\d,(routine|urgent|crisis),(\d{4}-\d\d-\d\dT\d\d:\d\d)?$",
            File.ReadLines(Path.Combine(output, "referrals.csv")).ElementAt(1));
    }

    [Fact]
    public async Task Generate_TwiceWithTheSameSeed_WritesIdenticalFiles_AnotherSeedOthers()
    {
        using var cli = new TestCli();
        string[] args = ["generate", "--years", "1", "--contacts-per-year", "5000", "--to", "2024-03"];
        var first = Path.Combine(cli.InputDirectory, "first");
        var second = Path.Combine(cli.InputDirectory, "second");
        var other = Path.Combine(cli.InputDirectory, "other");

        await cli.RunAsync([.. args, "--out", first]);
        await cli.RunAsync([.. args, "--out", second]);
        await cli.RunAsync([.. args, "--out", other, "--seed", "2"]);

        Assert.All(Files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first, "contacts.csv")), File.ReadAllBytes(Path.Combine(other, "contacts.csv")));
    }

    [Fact]
    public async Task Generate_WithoutTo_EndsWithTheLastCompleteMonthBeforeToday()
    {
        var today = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        using var cli = new TestCli(CliEnvironment.None with { Clock = today });
        var output = Path.Combine(cli.InputDirectory, "out");

        var run = await cli.RunAsync("generate", "--out", output, "--years", "1", "--contacts-per-year", "2000");

        Assert.Equal(0, run.ExitCode);
        var months = File.ReadLines(Path.Combine(output, "activity_plan.csv")).Skip(1).Select(l => l[..7]).Distinct().ToList();
        Assert.Equal("2025-11", months[0]);
        Assert.Equal("2026-10", months[^1]);
        Assert.Equal(12, months.Count);
    }

    [Fact]
    public async Task Generate_IntoAFile_IsAUserError()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("not-a-directory", "x");

        var run = await cli.RunAsync("generate", "--out", file, "--years", "1", "--contacts-per-year", "1000", "--to", "2024-03");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"Cannot write the files into {file}:", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ListsEveryOption()
    {
        using var cli = new TestCli();

        var run = await cli.RunRawAsync("generate", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(["--out", "--years", "--contacts-per-year", "--seed", "--to"], option => Assert.Contains(option, run.Out, StringComparison.Ordinal));
    }

    private static RootCommand Build() =>
        LocalCareCli.Build(TestCli.ConsoleOn(TextWriter.Null), TextWriter.Null, CliEnvironment.None);
}
