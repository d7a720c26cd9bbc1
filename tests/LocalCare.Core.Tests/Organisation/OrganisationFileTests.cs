using LocalCare.Core.Organisation;

namespace LocalCare.Core.Tests.Organisation;

public sealed class OrganisationFileTests
{
    private const string File = "organisation.csv";

    private static OrganisationRow Row(int line, string? code, string? name, string? kind, string? parent = null, string? group = null) =>
        new(line, code, name, kind, parent, group);

    private static List<OrganisationRow> ValidRows() =>
    [
        Row(2, "LCO", "Test LCO", "lco"),
        Row(3, "NORTH", "North", "locality", "LCO"),
        Row(4, "INT-A", "Team A", "neighbourhood", "NORTH"),
        Row(5, "PODIATRY", "Podiatry", "service", "LCO", "citywide"),
        Row(6, "CRISIS-N", "Crisis (North)", "service", "NORTH", "locality"),
    ];

    [Fact]
    public void Validate_WhenTheTreeIsValid_ReturnsEveryUnit()
    {
        var result = OrganisationFile.Validate(File, ValidRows());

        Assert.True(result.IsValid);
        Assert.Equal(["LCO", "NORTH", "INT-A", "PODIATRY", "CRISIS-N"], result.Units.Select(u => u.Code));
        var crisis = result.Units.Single(u => u.Code == "CRISIS-N");
        Assert.Equal(UnitKind.Service, crisis.Kind);
        Assert.Equal(ServiceGroup.Locality, crisis.ServiceGroup);
        Assert.Equal("service:CRISIS-N", crisis.UnitRef);
        Assert.Equal("lco", result.Units[0].UnitRef);
    }

    [Fact]
    public void Validate_WhenKindsAreWrittenInCapitals_AcceptsThem()
    {
        var rows = ValidRows();
        rows[0] = Row(2, "LCO", "Test LCO", "LCO");

        Assert.True(OrganisationFile.Validate(File, rows).IsValid);
    }

    [Fact]
    public void Validate_WhenKindIsUnknown_NamesTheLineColumnAndValue()
    {
        var rows = ValidRows();
        rows[2] = Row(4, "INT-A", "Team A", "ward", "NORTH");

        var result = OrganisationFile.Validate(File, rows);

        Assert.Equal(["organisation.csv:4: kind: 'ward' is not a unit kind (lco, locality, neighbourhood, service)"], result.Errors.Select(e => e.ToString()));
        Assert.Empty(result.Units);
    }

    [Fact]
    public void Validate_WhenParentIsMissingFromTheFile_SaysSo()
    {
        var rows = ValidRows();
        rows[2] = Row(4, "INT-A", "Team A", "neighbourhood", "SOUTH");

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal("organisation.csv:4: parent_code: 'SOUTH' is not a code in this file", error.ToString());
    }

    [Fact]
    public void Validate_WhenANeighbourhoodHasNoParent_SaysWhatParentItNeeds()
    {
        var rows = ValidRows();
        rows[2] = Row(4, "INT-A", "Team A", "neighbourhood");

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal("organisation.csv:4: parent_code: a neighbourhood needs a parent (locality)", error.ToString());
    }

    [Fact]
    public void Validate_WhenParentIsOfTheWrongKind_SaysWhichKindsAreAllowed()
    {
        var rows = ValidRows();
        rows[2] = Row(4, "INT-A", "Team A", "neighbourhood", "LCO");

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal("organisation.csv:4: parent_code: 'LCO' is a lco; a neighbourhood sits under locality", error.ToString());
    }

    [Fact]
    public void Validate_WhenACodeIsRepeated_PointsAtTheFirstLine()
    {
        var rows = ValidRows();
        rows.Add(Row(7, "PODIATRY", "Podiatry again", "service", "LCO"));

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal("organisation.csv:7: code: 'PODIATRY' is a duplicate of line 5", error.ToString());
    }

    [Fact]
    public void Validate_WhenThereAreTwoLcos_RejectsTheSecond()
    {
        var rows = ValidRows();
        rows.Add(Row(7, "LCO2", "Another", "lco"));

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal("organisation.csv:7: kind: there must be exactly one lco; line 2 is already the lco", error.ToString());
    }

    [Fact]
    public void Validate_WhenThereIsNoLco_RejectsTheFile()
    {
        var rows = new List<OrganisationRow> { Row(2, "NORTH", "North", "locality", "LCO") };

        var errors = OrganisationFile.Validate(File, rows).Errors.Select(e => e.ToString()).ToList();

        Assert.Contains("organisation.csv:2: parent_code: 'LCO' is not a code in this file", errors);
    }

    [Fact]
    public void Validate_WhenTheLcoHasAParent_RejectsIt()
    {
        var rows = ValidRows();
        rows[0] = Row(2, "LCO", "Test LCO", "lco", "NORTH");

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal("organisation.csv:2: parent_code: the lco has no parent", error.ToString());
    }

    [Fact]
    public void Validate_WhenANonServiceHasAServiceGroup_RejectsIt()
    {
        var rows = ValidRows();
        rows[1] = Row(3, "NORTH", "North", "locality", "LCO", "citywide");

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal("organisation.csv:3: service_group: only services have a service group, not a locality", error.ToString());
    }

    [Fact]
    public void Validate_WhenServiceGroupIsUnknown_ListsTheGroups()
    {
        var rows = ValidRows();
        rows[3] = Row(5, "PODIATRY", "Podiatry", "service", "LCO", "acute");

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal("organisation.csv:5: service_group: 'acute' is not a service group (children, neighbourhood, locality, citywide, adult_social_care, virtual_ward)", error.ToString());
    }

    [Theory]
    [InlineData("lower", "'lower' must be 1 to 32 characters of A-Z, 0-9, '-' or '_'")]
    [InlineData("HAS SPACE", "'HAS SPACE' must be 1 to 32 characters of A-Z, 0-9, '-' or '_'")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456' must be 1 to 32 characters of A-Z, 0-9, '-' or '_'")]
    [InlineData("", "is required")]
    public void Validate_WhenCodeBreaksTheFormat_SaysWhy(string code, string reason)
    {
        var rows = ValidRows();
        rows.Add(Row(7, code, "X", "service", "LCO"));

        var error = Assert.Single(OrganisationFile.Validate(File, rows).Errors);

        Assert.Equal($"organisation.csv:7: code: {reason}", error.ToString());
    }

    [Fact]
    public void Validate_WhenSeveralRowsAreWrong_ReportsEachProblemOnceInLineOrder()
    {
        var rows = ValidRows();
        rows[4] = Row(6, "CRISIS-N", "", "service", "NOWHERE");
        rows[1] = Row(3, "NORTH", "North", "area", "LCO");

        var errors = OrganisationFile.Validate(File, rows).Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(
            [
                "organisation.csv:3: kind: 'area' is not a unit kind (lco, locality, neighbourhood, service)",
                "organisation.csv:6: name: is required",
            ],
            errors);
    }

    [Fact]
    public void CheckHeader_WhenARequiredColumnIsMissing_RejectsTheWholeFile()
    {
        var errors = OrganisationFile.CheckHeader(File, ["Code", "name", "parent_code"]);

        Assert.Equal(["organisation.csv:1: kind: required column is missing"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Validate_WhenTheFileHasNoRows_RejectsIt()
    {
        var error = Assert.Single(OrganisationFile.Validate(File, []).Errors);

        Assert.Equal("organisation.csv: the file has no rows; it must hold at least the lco", error.ToString());
    }
}
