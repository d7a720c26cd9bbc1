using LocalCare.Warehouse.Imports;

namespace LocalCare.Warehouse.Tests.Imports;

/// <summary>An import run stores everything or nothing; --allow-rejects stores the valid rows and lists the rest; every run is recorded.</summary>
public sealed class AtomicityTests : IDisposable
{
    private const string Referrals = "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at";
    private const string Contacts = "contact_id,referral_id,person_id,service_code,neighbourhood_code,scheduled_at,attendance,contact_mode,duration_minutes";
    private readonly TestWarehouse _warehouse = new();

    [Fact]
    public void ARejectInOneFile_StoresNothingFromAnyFileOfTheRun()
    {
        var referrals = _warehouse.Write("referrals.csv", $"{Referrals}\nR1,P1,POD,,2024-05-01T09:30,routine,\n");
        var contacts = _warehouse.Write("contacts.csv", $"{Contacts}\nC1,R1,P1,POD,,2024-05-02T09:30,5,,\nC2,R1,P1,POD,,2024-05-09T09:30,9,,\n");

        var rejected = Assert.Throws<ImportRejectedException>(() => _warehouse.Import(referrals, contacts));

        Assert.Equal(["contacts.csv:3: attendance: '9' is not an NHS attendance code (0,2,3,4,5,6,7)"], rejected.Errors.Select(e => e.ToString()));
        Assert.Equal([(1L, 0L, 0L), (2L, 0L, 1L)], rejected.Report.Files.Select(f => (f.RowsRead, f.RowsStored, f.RowsRejected)));
        Assert.Equal(0, _warehouse.Count("referrals"));
        Assert.Equal(0, _warehouse.Count("contacts"));
        Assert.Equal("rejected", _warehouse.Query<string>("SELECT status FROM import_runs"));
        Assert.Equal(1, _warehouse.Query<long>("SELECT rows FROM import_reject_counts WHERE column_name = 'attendance' AND rule = 'format' AND service_code = 'POD'"));
    }

    [Fact]
    public void AllowRejects_StoresTheValidRows_AndWritesEveryRejectToACsv()
    {
        var contacts = _warehouse.Write("contacts.csv", $"{Contacts}\nC1,,P1,POD,,2024-05-02T09:30,5,,\nC2,,P1,POD,,2024-05-09T09:30,9,,\nC3,,P1,NOPE,,2024-05-09T09:30,5,,\nC1,,P1,POD,,2024-05-02T09:30,5,,\n");
        var rejectsPath = Path.Combine(_warehouse.InputDirectory, "out", "rejects.csv");

        var report = _warehouse.Import(new ImportOptions("tester", AllowRejects: true, RejectsPath: rejectsPath), contacts);

        Assert.True(report.Stored);
        Assert.Equal((4L, 1L, 3L), (report.RowsRead, report.RowsStored, report.RowsRejected));
        Assert.Equal(["C1|∅|P1|POD|∅|05/02/2024 09:30:00|5|∅|∅"], _warehouse.Contents("contacts"));
        Assert.Equal(
            [
                "file,line,column,reason",
                "contacts.csv,3,attendance,'9' is not an NHS attendance code (0,2,3,4,5,6,7)",
                "contacts.csv,4,service_code,'NOPE' is not a service of the organisation",
                "contacts.csv,5,contact_id,'C1' is a duplicate of line 2",
            ],
            File.ReadAllLines(rejectsPath).Select(l => l.Replace("\"", "", StringComparison.Ordinal)));
        Assert.Equal("stored_with_rejects", _warehouse.Query<string>("SELECT status FROM import_runs"));
    }

    [Fact]
    public void ImportingTheSameFilesTwice_LeavesIdenticalContents()
    {
        var referrals = _warehouse.Write("referrals.csv", $"{Referrals}\nR1,P1,POD,INT-A,2024-05-01T09:30,routine,2024-06-01T09:30\nR2,P2,POD,,2024-05-01T09:30,urgent,\n");
        var contacts = _warehouse.Write("contacts.csv", $"{Contacts}\nC1,R1,P1,POD,INT-A,2024-05-02T09:30,5,video,20\n");
        _warehouse.Import(referrals, contacts);
        var before = (_warehouse.Contents("referrals"), _warehouse.Contents("contacts"));

        var again = _warehouse.Import(referrals, contacts);

        Assert.Equal(3, again.RowsStored);
        Assert.Equal(before.Item1, _warehouse.Contents("referrals"));
        Assert.Equal(before.Item2, _warehouse.Contents("contacts"));
        Assert.Equal([1, 2], _warehouse.Contents("import_runs").Select(r => int.Parse(r.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void EachRun_IsRecordedWithItsUserFilesAndCounts()
    {
        var referrals = _warehouse.Write("referrals.csv", $"{Referrals}\nR1,P1,POD,,2024-05-01T09:30,routine,\n");

        _warehouse.Import(new ImportOptions("analyst"), referrals);

        Assert.Equal("analyst|stored", _warehouse.Query<string>("SELECT user_name || '|' || status FROM import_runs"));
        Assert.Equal(["1|referrals.csv|referrals.csv|1|1|0"], _warehouse.Contents("import_files"));
    }

    public void Dispose() => _warehouse.Dispose();
}
