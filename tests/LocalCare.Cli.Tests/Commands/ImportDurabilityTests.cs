using System.Diagnostics;
using LocalCare.Core.Generation;
using LocalCare.Data.Setup;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Generation;

namespace LocalCare.Cli.Tests.Commands;

/// <summary>
/// An import killed at any moment (kill -9) leaves the warehouse as it was before that import: a child
/// <c>localcare import</c> is killed at growing delays, and after each kill the warehouse must be exactly the baseline.
/// </summary>
public sealed class ImportDurabilityTests
{
    [Fact]
    public async Task Import_KilledAtAnyMoment_LeavesTheWarehouseAsItWasBefore()
    {
        using var cli = new TestCli();
        Assert.Equal(0, (await cli.RunAsync("init", "--demo", "--demo-years", "0")).ExitCode);
        var units = LocalCare.Data.Organisation.OrganisationImport.Read(new StreamReader(DemoLoader.OpenOrganisationCsv()), "organisation.csv").Units;
        var baseline = Generate(cli, "baseline", units, seed: 1, contactsPerYear: 20_000);
        var next = Generate(cli, "next", units, seed: 2, contactsPerYear: 400_000);
        Assert.Equal(0, (await cli.RunAsync("import", baseline)).ExitCode);
        var before = Fingerprint(cli);

        var killedMidRun = 0;
        foreach (var delay in new[] { 400, 700, 1_000, 1_300, 1_600, 2_000, 2_500 })
        {
            using var child = StartImport(cli, next);
            await Task.Delay(delay, TestContext.Current.CancellationToken);
            if (child.HasExited)
            {
                break; // the import finished before this delay: later delays would too
            }

            child.Kill(entireProcessTree: true); // SIGKILL: no chance to roll back or flush anything
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
            killedMidRun++;
            Assert.Equal(before, Fingerprint(cli));
        }

        Assert.True(killedMidRun >= 2, $"only {killedMidRun} kills landed during the import; make the input bigger");
        TestContext.Current.SendDiagnosticMessage($"Durability: {killedMidRun} imports killed mid-run; the warehouse was unchanged after each.");

        // After the kills the warehouse still works: the same import now runs to the end and is stored whole.
        Assert.Equal(0, (await cli.RunAsync("import", next)).ExitCode);
        Assert.NotEqual(before, Fingerprint(cli));
    }

    private static string Generate(TestCli cli, string name, IReadOnlyList<Core.Organisation.OrganisationUnit> units, int seed, long contactsPerYear)
    {
        var directory = Path.Combine(cli.InputDirectory, name);
        var generator = new ExtractGenerator(units, GenerationSettings.ForYears(new YearMonth(2026, 10), 1, contactsPerYear, seed));
        ExtractFiles.Write(directory, generator);
        File.Delete(Path.Combine(directory, ExtractFiles.Organisation));
        return directory;
    }

    /// <summary>Row counts and a hash of every row of the extract tables and the import history.</summary>
    private static string Fingerprint(TestCli cli)
    {
        using var connection = WarehouseDatabase.In(cli.DataDirectory).OpenReader()!;
        var tables = new[] { "referrals", "contacts", "workforce", "incidents", "experience", "virtual_ward", "activity_plan", "import_runs", "import_files" };
        return string.Join("; ", tables.Select(t => $"{t}={Sql.Scalar<string>(connection, $"SELECT count(*) || ':' || coalesce(sum(hash(t)), 0) FROM {t} t")}"));
    }

    private static Process StartImport(TestCli cli, string input)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(LocalCareCli).Assembly.Location, "--data", cli.DataDirectory, "import", input })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
