using LocalCare.Cli.Imports;

namespace LocalCare.Cli.Tests.Imports;

public sealed class ImportPlanTests
{
    [Fact]
    public void Find_MatchesTheNameInAnyCase()
    {
        Assert.Same(ImportFiles.All[0], ImportFiles.Find("ORGANISATION.csv"));
        Assert.Null(ImportFiles.Find("organisations.csv"));
    }

    [Fact]
    public void For_FileAndDirectory_ListsEveryKnownFileAndSkipsOtherCsv()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("a/organisation.csv", "");
        var inDirectory = cli.WriteInput("b/Organisation.csv", "");
        var other = cli.WriteInput("b/contacts-old.csv", "");

        var plan = ImportPlan.For([file, Path.Combine(cli.InputDirectory, "b")]);

        Assert.Empty(plan.Errors);
        Assert.Equal([file, inDirectory], plan.Steps.Select(s => s.Path));
        Assert.Equal([other], plan.Skipped);
    }

    [Fact]
    public void For_SeveralProblems_ReportsEachOne()
    {
        using var cli = new TestCli();
        var unknown = cli.WriteInput("units.csv", "");
        var missing = Path.Combine(cli.InputDirectory, "organisation.csv");
        var nowhere = Path.Combine(cli.InputDirectory, "nowhere");

        var plan = ImportPlan.For([unknown, missing, nowhere]);

        Assert.Empty(plan.Steps);
        Assert.Equal(
            [
                "units.csv: not a LocalCare import file (expected one of: organisation.csv)",
                $"organisation.csv: file not found: {missing}",
                $"nowhere: no such file or directory: {nowhere}",
            ],
            plan.Errors.Select(e => e.ToString()));
    }
}
