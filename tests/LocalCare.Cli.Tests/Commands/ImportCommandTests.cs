using LocalCare.Core.Organisation;
using LocalCare.Data.Imports;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

public sealed class ImportCommandTests
{
    private static readonly string NotAnImportFile = $"not a LocalCare import file (expected one of: {ImportPlan.KnownNames})";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, string[]> BadFilesOnEachEngine
    {
        get
        {
            var data = new TheoryData<string, string, string, string[]>();
            foreach (var engine in new[] { TestCli.Sqlite, TestCli.Postgres })
            {
                foreach (var (problem, content, expected) in BadFiles)
                {
                    data.Add(engine, problem, content, expected);
                }
            }

            return data;
        }
    }

    private static List<(string Problem, string Content, string[] Expected)> BadFiles =>
    [
        (
            "unknown kind",
            OrganisationFiles.WithLine(5, "INT-E1,Eastfield,ward,EAST,"),
            ["organisation.csv:5: kind: 'ward' is not a unit kind (lco, locality, neighbourhood, service)"]),
        (
            "missing parent",
            OrganisationFiles.WithLine(6, "INT-W1,Westbrook,neighbourhood,NORTH,"),
            ["organisation.csv:6: parent_code: 'NORTH' is not a code in this file"]),
        (
            "duplicate code",
            OrganisationFiles.WithLine(6, "EAST,Westbrook,neighbourhood,WEST,"),
            ["organisation.csv:6: code: 'EAST' is a duplicate of line 3"]),
        (
            "missing column kind",
            OrganisationFiles.Testshire.Replace("code,name,kind,parent_code,service_group", "code,name,parent_code,service_group", StringComparison.Ordinal),
            ["organisation.csv:1: kind: required column is missing"]),
        (
            "unclosed quote",
            OrganisationFiles.WithLine(5, "INT-E1,\"Eastfield,neighbourhood,EAST,"),
            ["organisation.csv:5: is not valid CSV: A quoted field at the end of the input ends without a closing quote."]),
        (
            "several problems",
            OrganisationFiles.WithLine(5, "INT-E1,Eastfield,ward,EAST,").Replace("INT-W1,Westbrook,neighbourhood,WEST,", "INT-W1,Westbrook,neighbourhood,NORTH,", StringComparison.Ordinal),
            [
                "organisation.csv:5: kind: 'ward' is not a unit kind (lco, locality, neighbourhood, service)",
                "organisation.csv:6: parent_code: 'NORTH' is not a code in this file",
            ]),
    ];

    [Fact]
    public void Parse_NoPath_IsAnError()
    {
        var result = Build().Parse(["import"]);

        Assert.Equal("Required argument missing for command: 'import'.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Parse_KnownFileInAnyCase_HasNoErrors()
    {
        using var cli = new TestCli();
        var path = cli.WriteInput("Organisation.CSV", OrganisationFiles.Testshire);

        Assert.Empty(Build().Parse(["import", path]).Errors);
    }

    [Fact]
    public void Parse_UnknownFileName_SaysWhichFilesAreKnown()
    {
        using var cli = new TestCli();
        var path = cli.WriteInput("units.csv", OrganisationFiles.Testshire);

        var result = Build().Parse(["import", path]);

        Assert.Equal($"units.csv: {NotAnImportFile}", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Parse_MissingFile_IsAnError()
    {
        using var cli = new TestCli();
        var path = Path.Combine(cli.InputDirectory, "organisation.csv");

        var result = Build().Parse(["import", path]);

        Assert.Equal($"organisation.csv: file not found: {path}", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [MemberData(nameof(TestCli.Engines), MemberType = typeof(TestCli))]
    public async Task Import_ValidFile_StoresItAndOrgShowsIt(string engine)
    {
        using var cli = TestCli.On(engine);
        var path = cli.WriteInput("organisation.csv", OrganisationFiles.Testshire);

        var run = await cli.RunAsync("import", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(
            [
                $"The app database was not initialised; initialised it without demo data: {cli.DatabaseDescription}",
                "organisation.csv: 7 added, 0 updated, 0 unchanged, 0 removed",
            ],
            run.OutLines);

        var org = await cli.RunAsync("org");
        Assert.Equal(0, org.ExitCode);
        Assert.Equal("Testshire Local Care Organisation (TLCO)", org.OutLines[0]);
        foreach (var label in new[] { "East Testshire (EAST)", "Eastfield (INT-E1)", "West Testshire (WEST)", "Westbrook (INT-W1)", "District Nursing (DN)", "Hospital at Home (East) (HAH-E)" })
        {
            Assert.Contains(org.OutLines, l => l.EndsWith(label, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(TestCli.Engines), MemberType = typeof(TestCli))]
    public async Task Import_SameFileTwice_ChangesNothing(string engine)
    {
        using var cli = TestCli.On(engine);
        var path = cli.WriteInput("organisation.csv", OrganisationFiles.Testshire);
        await cli.RunAsync("import", path);

        var run = await cli.RunAsync("import", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["organisation.csv: 0 added, 0 updated, 7 unchanged, 0 removed"], run.OutLines);
    }

    [Theory]
    [MemberData(nameof(TestCli.Engines), MemberType = typeof(TestCli))]
    public async Task Import_RenamedUnit_UpdatesIt(string engine)
    {
        using var cli = TestCli.On(engine);
        await cli.RunAsync("import", cli.WriteInput("organisation.csv", OrganisationFiles.Testshire));
        var renamed = cli.WriteInput("v2/organisation.csv", OrganisationFiles.WithLine(6, "INT-W1,Westbrook and Weir,neighbourhood,WEST,"));

        var run = await cli.RunAsync("import", renamed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["organisation.csv: 0 added, 1 updated, 6 unchanged, 0 removed"], run.OutLines);
        await using var db = cli.OpenDatabase();
        Assert.Equal("Westbrook and Weir", (await db.OrganisationUnits.SingleAsync(u => u.Code == "INT-W1", Cancel)).Name);
    }

    [Theory]
    [MemberData(nameof(BadFilesOnEachEngine))]
    public async Task Import_BadFile_PrintsEveryProblemAndStoresNothing(string engine, string problem, string content, string[] expected)
    {
        using var cli = TestCli.On(engine);
        await cli.RunAsync("import", cli.WriteInput("organisation.csv", OrganisationFiles.Testshire));
        var before = await UnitsAsync(cli);
        var bad = cli.WriteInput("bad/organisation.csv", content.Replace("Testshire Local Care", "Renamed Local Care", StringComparison.Ordinal));

        var run = await cli.RunAsync("import", bad);

        Assert.True(run.ExitCode == 1, problem);
        Assert.Equal([.. expected, "Nothing was stored."], run.ErrorLines);
        Assert.Equal("", run.Out);
        Assert.Equal(before, await UnitsAsync(cli));
    }

    [Fact]
    public async Task Import_UnknownFile_IsAUserErrorAndCreatesNothing()
    {
        using var cli = new TestCli();
        var path = cli.WriteInput("units.csv", OrganisationFiles.Testshire);

        var run = await cli.RunAsync("import", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"units.csv: {NotAnImportFile}", "Run 'localcare import --help' for usage."], run.ErrorLines);
        Assert.False(Directory.Exists(cli.DataDirectory));
    }

    [Fact]
    public async Task Import_Directory_ImportsTheKnownFilesAndSkipsOtherCsvFiles()
    {
        using var cli = new TestCli();
        cli.WriteInput("extract/organisation.csv", OrganisationFiles.Testshire);
        var notes = cli.WriteInput("extract/notes.csv", "a,b\n1,2\n");
        cli.WriteInput("extract/README.txt", "not data");

        var run = await cli.RunAsync("import", Path.Combine(cli.InputDirectory, "extract"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("organisation.csv: 7 added, 0 updated, 0 unchanged, 0 removed", run.OutLines[^1]);
        Assert.Equal([$"warning: {notes}: {NotAnImportFile}; skipped"], run.ErrorLines);
    }

    [Fact]
    public async Task Import_DirectoryWithoutKnownFiles_IsAUserError()
    {
        using var cli = new TestCli();
        cli.WriteInput("empty/notes.csv", "a,b\n");
        var directory = Path.Combine(cli.InputDirectory, "empty");

        var run = await cli.RunAsync("import", directory);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{directory}: no LocalCare import files in this directory (expected one of: {ImportPlan.KnownNames})", run.ErrorLines[0]);
    }

    [Fact]
    public async Task Import_ExtraColumn_IsStoredWithAWarning()
    {
        using var cli = new TestCli();
        var path = cli.WriteInput("organisation.csv", OrganisationFiles.Testshire.Replace("service_group\n", "service_group,notes\n", StringComparison.Ordinal));

        var run = await cli.RunAsync("import", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["warning: organisation.csv:1: column 'notes' is not part of organisation.csv and was ignored"], run.ErrorLines);
    }

    private static async Task<List<string>> UnitsAsync(TestCli cli)
    {
        await using var db = cli.OpenDatabase();
        return (await db.OrganisationUnits.AsNoTracking().ToListAsync(Cancel))
            .Select(u => $"{u.Code}|{u.Name}|{u.Kind.ToCode()}|{u.ParentCode}|{u.ServiceGroup?.ToCode()}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static System.CommandLine.RootCommand Build() =>
        LocalCareCli.Build(TestCli.ConsoleOn(TextWriter.Null), TextWriter.Null, CliEnvironment.None);
}
