namespace LocalCare.Warehouse.Tests.Imports;

/// <summary>activity_plan.csv, workforce.csv and virtual_ward.csv: monthly and daily positions keyed by period and service.</summary>
public sealed class MonthlyFilesImportTests : IDisposable
{
    private const string Plan = "month,service_code,planned_contacts";
    private const string Workforce = "month,service_code,budgeted_wte,contracted_wte,headcount,leavers,fte_days_available,fte_days_lost_sickness,appraisals_due,appraisals_completed";
    private const string Ward = "date,ward_code,capacity_beds,occupied_beds";
    private readonly TestWarehouse _warehouse = new();

    [Theory]
    [InlineData("2024-5,POD,100", "activity_plan.csv:2: month: '2024-5' is not a month (YYYY-MM)")]
    [InlineData("2024-13,POD,100", "activity_plan.csv:2: month: '2024-13' is not a month (YYYY-MM)")]
    [InlineData("2024-05-01,POD,100", "activity_plan.csv:2: month: '2024-05-01' is not a month (YYYY-MM)")]
    [InlineData("2024-05,POD,-1", "activity_plan.csv:2: planned_contacts: '-1' must be 0 or more")]
    [InlineData("2024-05,POD,", "activity_plan.csv:2: planned_contacts: is required")]
    [InlineData("2024-05,INT-A,10", "activity_plan.csv:2: service_code: 'INT-A' is not a service of the organisation")]
    public void ActivityPlan_BadRows_AreRejected(string row, string expected)
    {
        Assert.Equal([expected], _warehouse.Rejections(_warehouse.Write("activity_plan.csv", $"{Plan}\n{row}\n")));
    }

    [Fact]
    public void ActivityPlan_KeyIsMonthAndService()
    {
        var path = _warehouse.Write("activity_plan.csv", $"{Plan}\n2024-05,POD,100\n2024-05,CRISIS-N,50\n2024-05,POD,120\n");

        Assert.Equal(["activity_plan.csv:4: month, service_code: '2024-05, POD' is a duplicate of line 2"], _warehouse.Rejections(path));
    }

    [Theory]
    [InlineData("2024-05,POD,-1,9,10,0,200,10,,", "workforce.csv:2: budgeted_wte: '-1' must be 0 or more")]
    [InlineData("2024-05,POD,10,nine,10,0,200,10,,", "workforce.csv:2: contracted_wte: 'nine' is not a number")]
    [InlineData("2024-05,POD,10,9,10.5,0,200,10,,", "workforce.csv:2: headcount: '10.5' is not a whole number")]
    [InlineData("2024-05,POD,10,9,10,0,200,201,,", "workforce.csv:2: fte_days_lost_sickness: '201' is more than fte_days_available '200'")]
    [InlineData("2024-05,POD,10,9,10,0,200,10,5,6", "workforce.csv:2: appraisals_completed: '6' is more than appraisals_due '5'")]
    [InlineData("2024-05,POD,10,9,10,0,200,10,,6", "workforce.csv:2: appraisals_completed: '6' needs appraisals_due")]
    [InlineData("2024-05,POD,10,9,10,,200,10,,", "workforce.csv:2: leavers: is required")]
    public void Workforce_BadRows_AreRejected(string row, string expected)
    {
        Assert.Equal([expected], _warehouse.Rejections(_warehouse.Write("workforce.csv", $"{Workforce}\n{row}\n")));
    }

    [Fact]
    public void Workforce_ValidRow_IsStoredWithDecimals()
    {
        _warehouse.Import(_warehouse.Write("workforce.csv", $"{Workforce}\n2024-05,POD,10.5,9.25,11,1,203.5,12.75,11,10\n"));

        Assert.Equal(["05/01/2024|POD|10.5|9.25|11|1|203.5|12.75|11|10"], _warehouse.Contents("workforce"));
    }

    [Theory]
    [InlineData("2024-05-01,POD,10,8", "virtual_ward.csv:2: ward_code: 'POD' is not a virtual ward service of the organisation")]
    [InlineData("2024-05-01,HAH-N,-2,8", "virtual_ward.csv:2: capacity_beds: '-2' must be 0 or more")]
    [InlineData("2024-05-32,HAH-N,10,8", "virtual_ward.csv:2: date: '2024-05-32' is not a date (YYYY-MM-DD)")]
    [InlineData("2024-05-01T00:00,HAH-N,10,8", "virtual_ward.csv:2: date: '2024-05-01T00:00' is not a date (YYYY-MM-DD)")]
    public void VirtualWard_BadRows_AreRejected(string row, string expected)
    {
        Assert.Equal([expected], _warehouse.Rejections(_warehouse.Write("virtual_ward.csv", $"{Ward}\n{row}\n")));
    }

    [Fact]
    public void VirtualWard_OccupancyAboveCapacity_IsAllowed()
    {
        _warehouse.Import(_warehouse.Write("virtual_ward.csv", $"{Ward}\n2024-05-01,HAH-N,10,12\n"));

        Assert.Equal(1, _warehouse.Count("virtual_ward"));
    }

    public void Dispose() => _warehouse.Dispose();
}
