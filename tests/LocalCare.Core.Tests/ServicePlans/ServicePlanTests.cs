using LocalCare.Core.ServicePlans;

namespace LocalCare.Core.Tests.ServicePlans;

public sealed class ServicePlanTests
{
    private static readonly DateTime Monday = new(2024, 3, 4, 10, 0, 0, DateTimeKind.Utc);

    private static ServicePlan APlan() => new() { PlanYear = ServicePlanTemplates.Year, UnitCode = "INT-CC", UpdatedBy = "manager", UpdatedAt = Monday };

    [Fact]
    public void Write_SetsEachSectionTrimmed_EmptiesBlankOnes_AndLeavesTheStatus()
    {
        var plan = APlan();
        var template = ServicePlanTemplates.For2024();
        plan.Write(template, new Dictionary<string, string?> { ["priorities"] = "  First  ", ["support"] = "Help" }, "manager", Monday);

        plan.Write(template, new Dictionary<string, string?> { ["priorities"] = "Second", ["support"] = " " }, "admin", Monday.AddDays(1));

        Assert.Equal([("priorities", "Second")], plan.Sections.Select(s => (s.Key, s.Text)));
        Assert.Equal(("admin", Monday.AddDays(1), ServicePlanStatus.Draft), (plan.UpdatedBy, plan.UpdatedAt, plan.Status));
    }

    [Fact]
    public void Write_TheSameTextWithTheBrowsersLineBreaks_ChangesNothing()
    {
        var plan = APlan();
        var template = ServicePlanTemplates.For2024();
        plan.Write(template, new Dictionary<string, string?> { ["priorities"] = "One\nTwo" }, "manager", Monday);

        plan.Write(template, new Dictionary<string, string?> { ["priorities"] = "One\r\nTwo\r\n" }, "manager", Monday);

        Assert.Equal("One\nTwo", plan.TextOf("priorities"));
    }

    [Fact]
    public void SubmitReturnSubmitApprove_RecordsWhoAndWhen_AndKeepsTheReturnComment()
    {
        var plan = APlan();

        plan.Submit("manager", Monday);
        plan.Return("  Say more about waiting times.  ", "executive", Monday.AddDays(2));
        Assert.Equal((ServicePlanStatus.Returned, "Say more about waiting times.", "executive"), (plan.Status, plan.ReturnComment, plan.DecidedBy));
        plan.Submit("admin", Monday.AddDays(3));
        plan.Approve("executive", Monday.AddDays(4));

        Assert.Equal(ServicePlanStatus.Approved, plan.Status);
        Assert.Equal(("admin", Monday.AddDays(3)), (plan.SubmittedBy, plan.SubmittedAt));
        Assert.Equal(("executive", Monday.AddDays(4)), (plan.DecidedBy, plan.DecidedAt));
        Assert.Equal("Say more about waiting times.", plan.ReturnComment);
    }

    [Fact]
    public void Approve_ADraft_IsRefused()
    {
        var plan = APlan();

        Assert.Throws<InvalidOperationException>(() => plan.Approve("executive", Monday));
        Assert.Equal(ServicePlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void Write_AnApprovedPlan_IsRefused()
    {
        var plan = APlan();
        plan.Submit("manager", Monday);
        plan.Approve("executive", Monday);

        Assert.Throws<InvalidOperationException>(() => plan.Write(ServicePlanTemplates.For2024(), new Dictionary<string, string?>(), "admin", Monday));
    }

    [Theory]
    [InlineData("draft", ServicePlanStatus.Draft)]
    [InlineData(" Returned ", ServicePlanStatus.Returned)]
    public void Statuses_ParseTheirCodes(string code, ServicePlanStatus status)
    {
        Assert.True(ServicePlanStatuses.TryParse(code, out var parsed));
        Assert.Equal(status, parsed);
        Assert.False(ServicePlanStatuses.TryParse("not_started", out _));
        Assert.Equal(["not_started", "draft", "submitted", "approved", "returned"], ServicePlanStatuses.Codes);
        Assert.Equal("Not started", ServicePlanStatuses.LabelOf(ServicePlanStatuses.CodeOf(null)));
    }
}
