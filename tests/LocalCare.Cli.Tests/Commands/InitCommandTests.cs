using LocalCare.Core.Organisation;
using LocalCare.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Cli.Tests.Commands;

public sealed class InitCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("init")]
    [InlineData("init", "--demo")]
    [InlineData("init", "--data", "/srv/localcare")]
    [InlineData("--data", "/srv/localcare", "init", "--demo")]
    public void Parse_ValidArguments_HasNoErrors(params string[] args)
    {
        var result = Build().Parse(args);

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Parse_DataBeforeOrAfterTheCommand_GivesTheSameDirectory()
    {
        var root = Build();
        var data = root.Options.Single(o => o.Name == "--data");

        Assert.Equal("/srv/a", root.Parse(["--data", "/srv/a", "init"]).GetValue<string?>("--data"));
        Assert.Equal("/srv/b", root.Parse(["init", "--data", "/srv/b"]).GetValue<string?>("--data"));
        Assert.True(data.Recursive);
    }

    [Fact]
    public void Parse_UnknownOption_IsAnError()
    {
        var result = Build().Parse(["init", "--demo-data"]);

        Assert.Equal("Unrecognized command or argument '--demo-data'.", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [MemberData(nameof(TestCli.Engines), MemberType = typeof(TestCli))]
    public async Task Init_NewDataDirectory_CreatesDatabaseWithStandardBoards(string engine)
    {
        using var cli = TestCli.On(engine);

        var run = await cli.RunAsync("init");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(engine == TestCli.Sqlite, File.Exists(cli.DatabaseFile));
        await using var db = cli.OpenDatabase();
        var boards = await db.Boards.CountAsync(Cancel);
        var metrics = await db.Metrics.CountAsync(Cancel);
        Assert.True(boards > 0);
        Assert.Equal(
            [
                $"Created the app database: {cli.DatabaseDescription}",
                $"Standard boards and metrics are in place: {boards} boards, {metrics} metrics.",
                "No organisation loaded yet: run 'localcare import organisation.csv' or 'localcare init --demo'.",
            ],
            run.OutLines);
        Assert.False(await db.OrganisationUnits.AnyAsync(Cancel));
    }

    [Theory]
    [MemberData(nameof(TestCli.Engines), MemberType = typeof(TestCli))]
    public async Task Init_Twice_SaysAlreadyInitialisedAndChangesNothing(string engine)
    {
        using var cli = TestCli.On(engine);
        await cli.RunAsync("init");
        int boardsBefore;
        await using (var db = cli.OpenDatabase())
        {
            boardsBefore = await db.Boards.CountAsync(Cancel);
        }

        var run = await cli.RunAsync("init");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"The app database was already initialised: {cli.DatabaseDescription}", run.OutLines[0]);
        await using var after = cli.OpenDatabase();
        Assert.Equal(boardsBefore, await after.Boards.CountAsync(Cancel));
    }

    [Fact]
    public async Task Init_WithoutDemo_PlansEveryBoardsMeetingsForTheCurrentPlanYear()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        using var cli = new TestCli(TestCli.Small with { Clock = clock });

        var run = await cli.RunAsync("init");

        Assert.Equal(0, run.ExitCode);
        await using var db = cli.OpenDatabase();
        var meetings = await db.Meetings.AsNoTracking().ToListAsync(Cancel);
        // Plan year 2026/27: each on the third Wednesday of the months the board's cadence gives, reporting to the month before.
        Assert.Equal([new DateOnly(2026, 4, 15), new DateOnly(2026, 7, 15), new DateOnly(2026, 10, 21), new DateOnly(2027, 1, 20)],
            meetings.Where(m => m.BoardCode == "AB").OrderBy(m => m.Date).Select(m => m.Date));
        Assert.Equal(12, meetings.Count(m => m.BoardCode == "HPB"));
        Assert.Equal(6, meetings.Count(m => m.BoardCode == "TPB"));
        Assert.All(meetings, m => Assert.InRange(m.Date, new DateOnly(2026, 4, 1), new DateOnly(2027, 3, 31)));
        Assert.All(meetings, m => Assert.Equal(Core.Generation.YearMonth.Of(m.Date).AddMonths(-1), m.ReportingMonth));
        Assert.All(meetings, m => Assert.Equal(Core.Boards.MeetingStatus.Planned, m.Status));
        Assert.Equal(6, meetings.Select(m => m.BoardCode).Distinct().Count());
    }

    [Fact]
    public async Task InitDemo_PrintsTheOrganisationAndWhereThePasswordsAre()
    {
        using var cli = new TestCli();

        var run = await cli.RunAsync("init", "--demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var passwords = Path.Combine(cli.DataDirectory, DemoUsers.FileName);
        Assert.Contains("Loaded the demo organisation and its plan.", run.OutLines);
        Assert.Equal($"Demo users' passwords are in {passwords}", run.OutLines[^2]);
        Assert.Matches(@"^Imported [0-9,]+ rows of generated activity \(2 years, 3,000 contacts a year\) into the warehouse\.$", run.OutLines[^1]);
        Assert.NotEmpty(DemoUsers.ReadFile(passwords));

        await using var db = cli.OpenDatabase();
        var lco = await db.OrganisationUnits.SingleAsync(u => u.Kind == UnitKind.Lco, Cancel);
        Assert.Contains(run.OutLines, l => l.StartsWith($"Organisation: {lco.Name} ({lco.Code}): 3 localities, 13 neighbourhoods, ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InitDemo_Twice_SaysTheDemoIsAlreadyThere()
    {
        using var cli = new TestCli();
        await cli.RunAsync("init", "--demo");

        var run = await cli.RunAsync("init", "--demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"The app database was already initialised: {cli.DatabaseFile}", run.OutLines[0]);
        Assert.Contains("The demo organisation was already loaded.", run.OutLines);
        Assert.Equal($"The demo users already exist; their passwords are in {Path.Combine(cli.DataDirectory, DemoUsers.FileName)}", run.OutLines[^2]);
        Assert.Equal("The warehouse already holds activity; none was generated.", run.OutLines[^1]);
    }

    [Fact]
    public async Task Init_DataDirectoryFromTheEnvironment_IsUsedWithoutTheOption()
    {
        using var probe = new TestCli();
        using var cli = new TestCli(CliEnvironment.None with { DataDirectory = probe.DataDirectory });

        var run = await cli.RunRawAsync("init");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(probe.DatabaseFile));
    }

    [Fact]
    public async Task Init_DataOptionAndEnvironment_OptionWins()
    {
        using var elsewhere = new TestCli();
        using var cli = new TestCli(CliEnvironment.None with { DataDirectory = elsewhere.DataDirectory });

        var run = await cli.RunRawAsync("init", "--data", cli.DataDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(cli.DatabaseFile));
        Assert.False(Directory.Exists(elsewhere.DataDirectory));
    }

    private static System.CommandLine.RootCommand Build() =>
        LocalCareCli.Build(TestCli.ConsoleOn(TextWriter.Null), TextWriter.Null, CliEnvironment.None);
}
