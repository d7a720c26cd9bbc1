namespace LocalCare.Warehouse.Tests.Imports;

public sealed class ContactsImportTests : IDisposable
{
    private const string Header = "contact_id,referral_id,person_id,service_code,neighbourhood_code,scheduled_at,attendance,contact_mode,duration_minutes";
    private readonly TestWarehouse _warehouse = new();

    [Fact]
    public void Import_StoresTypedRows_WithOptionalFieldsEmpty()
    {
        var path = _warehouse.Write("contacts.csv", $"""
            {Header}
            C1,R1,P1,POD,INT-A,2024-05-01T09:30,5,face_to_face,30
            C2,,P2,POD,,2024-05-02T10:00:00,,,
            """);

        _warehouse.Import(path);

        Assert.Equal(
            ["C1|R1|P1|POD|INT-A|05/01/2024 09:30:00|5|face_to_face|30", "C2|∅|P2|POD|∅|05/02/2024 10:00:00|∅|∅|∅"],
            _warehouse.Contents("contacts"));
    }

    [Theory]
    [InlineData("C1,,P1,POD,,2024-05-01T09:30,9,,", "contacts.csv:2: attendance: '9' is not an NHS attendance code (0,2,3,4,5,6,7)")]
    [InlineData("C1,,P1,POD,,2024-05-01T09:30,1,,", "contacts.csv:2: attendance: '1' is not an NHS attendance code (0,2,3,4,5,6,7)")]
    [InlineData("C1,,P1,POD,,2024-05-01T09:30,5,carrier_pigeon,", "contacts.csv:2: contact_mode: 'carrier_pigeon' is not one of face_to_face, telephone, video, other")]
    [InlineData("C1,,P1,POD,,2024-05-01T09:30,5,,1441", "contacts.csv:2: duration_minutes: '1441' must be between 0 and 1440")]
    [InlineData("C1,,P1,POD,,2024-05-01T09:30,5,,-1", "contacts.csv:2: duration_minutes: '-1' must be between 0 and 1440")]
    [InlineData("C1,,P1,POD,,2024-05-01T09:30,5,,half an hour", "contacts.csv:2: duration_minutes: 'half an hour' is not a whole number")]
    [InlineData("C1,,P1,POD,,,5,,", "contacts.csv:2: scheduled_at: is required")]
    [InlineData(",,P1,POD,,2024-05-01T09:30,5,,", "contacts.csv:2: contact_id: is required")]
    [InlineData("C1,,P1,HAH-X,,2024-05-01T09:30,5,,", "contacts.csv:2: service_code: 'HAH-X' is not a service of the organisation")]
    public void Import_ABadRow_IsRejectedWithFileLineColumnAndReason(string row, string expected)
    {
        var path = _warehouse.Write("contacts.csv", $"{Header}\n{row}\n");

        Assert.Equal([expected], _warehouse.Rejections(path));
    }

    [Fact]
    public void Import_ARowWithSeveralProblems_ReportsEachColumn()
    {
        var path = _warehouse.Write("contacts.csv", $"{Header}\nC1,,,NOPE,,yesterday,8,,\n");

        Assert.Equal(
            [
                "contacts.csv:2: attendance: '8' is not an NHS attendance code (0,2,3,4,5,6,7)",
                "contacts.csv:2: person_id: is required",
                "contacts.csv:2: scheduled_at: 'yesterday' is not a date-time (YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS)",
                "contacts.csv:2: service_code: 'NOPE' is not a service of the organisation",
            ],
            _warehouse.Rejections(path));
    }

    [Fact]
    public void Import_AValueOfAListInAnyCase_IsStoredAsListed()
    {
        var path = _warehouse.Write("contacts.csv", $"{Header}\nC1,,P1,POD,,2024-05-01T09:30,5,Face_To_Face,\nC2,,P1,POD,,2024-05-01T10:30,5,video,\n");

        _warehouse.Import(path);

        Assert.Equal(["face_to_face", "video"], _warehouse.Contents("contacts").Select(r => r.Split('|')[7]));
    }

    [Fact]
    public void Import_ALaterExtract_ReplacesRowsWithTheSameKey()
    {
        var first = _warehouse.Write("contacts.csv", $"{Header}\nC1,R1,P1,POD,,2024-05-01T09:30,0,,\nC2,R1,P1,POD,,2024-05-08T09:30,0,,\n");
        _warehouse.Import(first);

        var later = _warehouse.Write("contacts.csv", $"{Header}\nC1,R1,P1,POD,,2024-05-01T09:30,5,face_to_face,45\n");
        _warehouse.Import(later);

        Assert.Equal(
            ["C1|R1|P1|POD|∅|05/01/2024 09:30:00|5|face_to_face|45", "C2|R1|P1|POD|∅|05/08/2024 09:30:00|0|∅|∅"],
            _warehouse.Contents("contacts"));
    }

    public void Dispose() => _warehouse.Dispose();
}
