namespace LocalCare.Warehouse.Tests.Imports;

public sealed class ReferralsImportTests : IDisposable
{
    private const string Header = "referral_id,person_id,service_code,neighbourhood_code,received_at,urgency,discharged_at";
    private readonly TestWarehouse _warehouse = new();

    [Fact]
    public void Import_StoresTypedRows()
    {
        var path = _warehouse.Write("referrals.csv", $"""
            {Header}
            R1,P1,POD,INT-A,2024-05-01T09:30,routine,2024-06-01T10:00:00
            R2,P2,CRISIS-N,,2024-05-02T23:59:59,crisis,
            """);

        var report = _warehouse.Import(path);

        Assert.True(report.Stored);
        Assert.Equal((2, 2, 0), (report.RowsRead, report.RowsStored, report.RowsRejected));
        Assert.Equal(
            ["R1|P1|POD|INT-A|05/01/2024 09:30:00|routine|06/01/2024 10:00:00", "R2|P2|CRISIS-N|∅|05/02/2024 23:59:59|crisis|∅"],
            _warehouse.Contents("referrals"));
    }

    [Theory]
    [InlineData(",P1,POD,,2024-05-01T09:30,routine,", "referrals.csv:2: referral_id: is required")]
    [InlineData("R1,,POD,,2024-05-01T09:30,routine,", "referrals.csv:2: person_id: is required")]
    [InlineData("R1,P1,,,2024-05-01T09:30,routine,", "referrals.csv:2: service_code: is required")]
    [InlineData("R1,P1,PODX,,2024-05-01T09:30,routine,", "referrals.csv:2: service_code: 'PODX' is not a service of the organisation")]
    [InlineData("R1,P1,NORTH,,2024-05-01T09:30,routine,", "referrals.csv:2: service_code: 'NORTH' is not a service of the organisation")]
    [InlineData("R1,P1,POD,POD,2024-05-01T09:30,routine,", "referrals.csv:2: neighbourhood_code: 'POD' is not a neighbourhood of the organisation")]
    [InlineData("R1,P1,POD,,,routine,", "referrals.csv:2: received_at: is required")]
    [InlineData("R1,P1,POD,,2024-05-01 09:30,routine,", "referrals.csv:2: received_at: '2024-05-01 09:30' is not a date-time (YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS)")]
    [InlineData("R1,P1,POD,,2024-13-01T09:30,routine,", "referrals.csv:2: received_at: '2024-13-01T09:30' is not a date-time (YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS)")]
    [InlineData("R1,P1,POD,,01/05/2024,routine,", "referrals.csv:2: received_at: '01/05/2024' is not a date-time (YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS)")]
    [InlineData("R1,P1,POD,,2024-05-01T09:30+01:00,routine,", "referrals.csv:2: received_at: '2024-05-01T09:30+01:00' is not a date-time (YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS)")]
    [InlineData("R1,P1,POD,,2024-05-01T09:30,soon,", "referrals.csv:2: urgency: 'soon' is not one of routine, urgent, crisis")]
    [InlineData("R1,P1,POD,,2024-05-01T09:30,,", "referrals.csv:2: urgency: is required")]
    [InlineData("R1,P1,POD,,2024-05-01T09:30,routine,2024-04-30T09:30", "referrals.csv:2: discharged_at: '2024-04-30T09:30' is before received_at '2024-05-01T09:30'")]
    public void Import_ABadRow_IsRejectedWithFileLineColumnAndReason(string row, string expected)
    {
        var path = _warehouse.Write("referrals.csv", $"{Header}\n{row}\n");

        Assert.Equal([expected], _warehouse.Rejections(path));
        Assert.Equal(0, _warehouse.Count("referrals"));
    }

    [Fact]
    public void Import_AKeyLongerThan64Characters_IsRejected()
    {
        var key = new string('K', 65);
        var path = _warehouse.Write("referrals.csv", $"{Header}\n{key},P1,POD,,2024-05-01T09:30,routine,\n");

        Assert.Equal(["referrals.csv:2: referral_id: 'KKKKKKKKKKKKKKKKKKKK...' is longer than 64 characters"], _warehouse.Rejections(path));
    }

    [Fact]
    public void Import_ARepeatedKey_IsRejectedAtItsSecondLine()
    {
        var path = _warehouse.Write("referrals.csv", $"""
            {Header}
            R1,P1,POD,,2024-05-01T09:30,routine,
            R2,P2,POD,,2024-05-01T09:30,routine,
            R1,P3,POD,,2024-05-02T09:30,urgent,
            """);

        Assert.Equal(["referrals.csv:4: referral_id: 'R1' is a duplicate of line 2"], _warehouse.Rejections(path));
    }

    public void Dispose() => _warehouse.Dispose();
}
