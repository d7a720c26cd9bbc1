namespace LocalCare.Cli.Tests.Commands;

/// <summary><c>localcare backup</c> and <c>localcare restore</c>: one file out, the same organisation and warehouse back in an empty directory.</summary>
public sealed class BackupCommandTests
{
    private const string Referrals = "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at\nR1,P1,DN,INT-E1,2024-05-01T09:30,routine,\n";

    [Fact]
    public void Parse_BackupWithoutOut_IsAnError()
    {
        var result = LocalCareCli.Build(TestCli.ConsoleOn(TextWriter.Null), TextWriter.Null, CliEnvironment.None).Parse(["backup"]);

        Assert.Equal("Option '--out' is required.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Backup_ThenRestore_IntoANewDirectory_GivesTheSameOrganisationAndData()
    {
        using var cli = await WithDataAsync();
        var archive = Path.Combine(cli.InputDirectory, "backup.tar.gz");

        var backup = await cli.RunAsync("backup", "--out", archive);
        var restoredDirectory = Path.Combine(cli.InputDirectory, "restored");
        var restore = await cli.RunRawAsync("--data", restoredDirectory, "restore", archive);
        var original = await cli.RunAsync("quality");
        var restored = await cli.RunRawAsync("--data", restoredDirectory, "quality");
        var restoredOrg = await cli.RunRawAsync("--data", restoredDirectory, "org");

        Assert.Equal(0, backup.ExitCode);
        Assert.Contains($"Backed up {cli.DataDirectory} to {archive}: 2 files, {new FileInfo(archive).Length:#,0} bytes.", backup.OutLines);
        Assert.Equal(0, restore.ExitCode);
        Assert.StartsWith($"Restored 2 files into {restoredDirectory} from the backup of ", restore.OutLines[0], StringComparison.Ordinal);
        Assert.Equal(original.Out, restored.Out);
        Assert.Equal((await cli.RunAsync("org")).Out, restoredOrg.Out);
    }

    [Fact]
    public async Task Restore_IntoTheDirectoryItCameFrom_IsAUserError()
    {
        using var cli = await WithDataAsync();
        var archive = Path.Combine(cli.InputDirectory, "backup.tar.gz");
        await cli.RunAsync("backup", "--out", archive);

        var run = await cli.RunAsync("restore", archive);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"The data directory {cli.DataDirectory} is not empty: restore only into an empty or new directory (give another with --data). Nothing was restored."], run.ErrorLines);
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNotABackup_IsAUserError()
    {
        using var cli = new TestCli();
        var file = cli.WriteInput("notes.tar.gz", "not a backup");
        var target = Path.Combine(cli.InputDirectory, "restored");

        var run = await cli.RunRawAsync("--data", target, "restore", file);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{file} is damaged or not a LocalCare backup: it cannot be read to the end (", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
    }

    [Fact]
    public async Task Backup_OfAnEmptyDataDirectory_IsAUserError()
    {
        using var cli = new TestCli();

        var run = await cli.RunAsync("backup", "--out", Path.Combine(cli.InputDirectory, "backup.tar.gz"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"There is nothing to back up in {cli.DataDirectory}: it has neither an app database nor a warehouse."], run.ErrorLines);
    }

    private static async Task<TestCli> WithDataAsync()
    {
        var cli = new TestCli();
        cli.WriteInput("in/organisation.csv", OrganisationFiles.Testshire);
        cli.WriteInput("in/referrals.csv", Referrals);
        var import = await cli.RunAsync("import", Path.Combine(cli.InputDirectory, "in"));
        Assert.Equal(0, import.ExitCode);
        return cli;
    }
}
