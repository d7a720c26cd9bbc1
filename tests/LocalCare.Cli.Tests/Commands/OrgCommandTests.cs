using System.Text.Json;
using LocalCare.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

public sealed class OrgCommandTests
{
    private const string NoOrganisation = "No organisation loaded. Run 'localcare init --demo' or 'localcare import organisation.csv'.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("org")]
    [InlineData("org", "--format", "tree")]
    [InlineData("org", "--format", "json")]
    public void Parse_ValidArguments_HasNoErrors(params string[] args)
    {
        Assert.Empty(Build().Parse(args).Errors);
    }

    [Fact]
    public void Parse_UnknownFormat_ListsTheFormats()
    {
        var result = Build().Parse(["org", "--format", "xml"]);

        Assert.StartsWith("Argument 'xml' not recognized. Must be one of:", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestCli.Engines), MemberType = typeof(TestCli))]
    public async Task Org_NoDatabase_IsAUserErrorAndCreatesNothing(string engine)
    {
        using var cli = TestCli.On(engine);

        var run = await cli.RunAsync("org");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([NoOrganisation], run.ErrorLines);
        Assert.Equal("", run.Out);
        Assert.False(Directory.Exists(cli.DataDirectory));
    }

    [Fact]
    public async Task Org_InitialisedWithoutOrganisation_IsAUserError()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init");

        var run = await cli.RunAsync("org");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([NoOrganisation], run.ErrorLines);
    }

    [Theory]
    [MemberData(nameof(TestCli.Engines), MemberType = typeof(TestCli))]
    public async Task Org_Demo_ShowsEveryLocalityWithItsNeighbourhoods(string engine)
    {
        using var cli = TestCli.On(engine);
        await cli.RunAsync("init", "--demo");
        List<OrganisationUnit> units;
        await using (var db = cli.OpenDatabase())
        {
            units = await db.OrganisationUnits.AsNoTracking().ToListAsync(Cancel);
        }

        var run = await cli.RunAsync("org");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var lines = run.OutLines;
        var lco = units.Single(u => u.Kind == UnitKind.Lco);
        Assert.Equal($"{lco.Name} ({lco.Code})", lines[0]);

        var localities = units.Where(u => u.Kind == UnitKind.Locality).ToList();
        var neighbourhoods = units.Where(u => u.Kind == UnitKind.Neighbourhood).ToList();
        Assert.Equal(3, localities.Count);
        Assert.Equal(13, neighbourhoods.Count);

        // Each neighbourhood sits in its locality's block: after the locality's line and before the next top-level node.
        var starts = localities.ToDictionary(l => l.Code, l => IndexOf(lines, l));
        var blockEnds = starts.Values.Order().Append(lines.ToList().FindIndex(l => l.EndsWith("Services", StringComparison.Ordinal))).ToList();
        foreach (var neighbourhood in neighbourhoods)
        {
            var at = IndexOf(lines, neighbourhood);
            var start = starts[neighbourhood.ParentCode!];
            Assert.InRange(at, start + 1, blockEnds[blockEnds.IndexOf(start) + 1] - 1);
        }

        foreach (var group in units.Where(u => u.Kind == UnitKind.Service).Select(u => u.ServiceGroup!.Value).Distinct())
        {
            Assert.Contains(lines, l => l.EndsWith(group.ToLabel(), StringComparison.Ordinal));
        }

        foreach (var service in units.Where(u => u.Kind == UnitKind.Service))
        {
            IndexOf(lines, service);
        }
    }

    [Fact]
    public async Task Org_Json_HasEveryUnitWithTheLcoFirst()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");
        await using var db = cli.OpenDatabase();
        var lco = await db.OrganisationUnits.SingleAsync(u => u.Kind == UnitKind.Lco, Cancel);
        var count = await db.OrganisationUnits.CountAsync(Cancel);

        var run = await cli.RunAsync("org", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var units = json.RootElement.GetProperty("units");
        Assert.Equal(count, units.GetArrayLength());
        var first = units[0];
        Assert.Equal(lco.Code, first.GetProperty("code").GetString());
        Assert.Equal(lco.Name, first.GetProperty("name").GetString());
        Assert.Equal("lco", first.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("parent").ValueKind);
        Assert.Contains(units.EnumerateArray(), u => u.GetProperty("kind").GetString() == "service" && u.GetProperty("serviceGroup").GetString() == "virtual_ward");
    }

    [Fact]
    public async Task Org_Json_WritesNamesAsTheyAre()
    {
        using var cli = new TestCli();
        await cli.RunAsync("import", cli.WriteInput("organisation.csv", OrganisationFiles.WithLine(7, "DN,Children's Nursing & Care,service,TLCO,children")));

        var run = await cli.RunAsync("org", "--format", "json");

        Assert.Contains("\"name\": \"Children's Nursing & Care\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Org_NameWithMarkupCharacters_IsPrintedLiterally()
    {
        using var cli = new TestCli();
        await cli.RunAsync("import", cli.WriteInput("organisation.csv", OrganisationFiles.WithLine(7, "DN,District Nursing [pilot],service,TLCO,neighbourhood")));

        var run = await cli.RunAsync("org");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.EndsWith("District Nursing [pilot] (DN)", StringComparison.Ordinal));
    }

    private static int IndexOf(IReadOnlyList<string> lines, OrganisationUnit unit)
    {
        var label = $"{unit.Name} ({unit.Code})";
        var index = lines.ToList().FindIndex(l => l.EndsWith(" " + label, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{label}' is not in the tree");
        return index;
    }

    private static System.CommandLine.RootCommand Build() =>
        LocalCareCli.Build(TestCli.ConsoleOn(TextWriter.Null), TextWriter.Null, CliEnvironment.None);
}
