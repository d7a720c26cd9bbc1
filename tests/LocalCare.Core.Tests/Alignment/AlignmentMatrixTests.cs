using LocalCare.Core.Alignment;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Alignment;

public sealed class AlignmentMatrixTests
{
    private static readonly Workplan[] Workplans =
    [
        new() { Code = "JOINT", Name = "Joint", Order = 3 },
        new() { Code = "CH", Name = "Community health", Order = 1 },
        new() { Code = "ASC", Name = "Adult social care", Order = 2 },
    ];

    private static readonly Priority[] Priorities =
    [
        new() { Code = "P-SAFE", PlanYear = new PlanYear(2024), Order = 1, Name = "Safe services", Summary = "" },
        new() { Code = "P-NBH", PlanYear = new PlanYear(2024), Order = 2, Name = "Neighbourhoods", Summary = "" },
    ];

    private static readonly PartnerPriority[] Partners =
    [
        APartnerPriority(Partner.Council, 2),
        APartnerPriority(Partner.AcuteTrust, 3),
        APartnerPriority(Partner.Council, 1),
        APartnerPriority(Partner.AcuteTrust, 1),
        APartnerPriority(Partner.AcuteTrust, 2),
    ];

    [Fact]
    public void Columns_AreTheAcuteTrustsPrioritiesThenTheCouncils_InNumberOrder()
    {
        var matrix = AlignmentMatrix.Build([], Partners, Workplans, Priorities);

        Assert.Equal(["ACUTE-P1", "ACUTE-P2", "ACUTE-P3", "COUNCIL-P1", "COUNCIL-P2"], matrix.Columns.Select(c => c.Code));
        Assert.Equal(["Acute trust P1", "Acute trust P2", "Acute trust P3", "Council P1", "Council P2"], matrix.Columns.Select(c => c.Name));
        Assert.Equal("Title of COUNCIL-P2", matrix.Columns[^1].Title);
    }

    [Fact]
    public void Rows_AreGroupedByWorkplanInPlanOrder_AndInCodeOrderWithin()
    {
        var matrix = AlignmentMatrix.Build(
            [ADeliverable("D-JOINT-01", "JOINT"), ADeliverable("D-CH-02", "CH"), ADeliverable("D-ASC-01", "ASC"), ADeliverable("D-CH-01", "CH")],
            Partners, Workplans, Priorities);

        Assert.Equal([("CH", "Community health"), ("ASC", "Adult social care"), ("JOINT", "Joint")], matrix.Groups.Select(g => (g.Code, g.Name)));
        Assert.Equal(["D-CH-01", "D-CH-02"], matrix.Groups[0].Rows.Select(r => r.Code));
        Assert.Equal(["D-CH-01", "D-CH-02", "D-ASC-01", "D-JOINT-01"], matrix.Rows.Select(r => r.Code));
    }

    [Fact]
    public void ByPriority_RowsAreGroupedUnderTheirCorporatePriorityInPriorityOrder_ThenByWorkplanAndCode()
    {
        var neighbourhoods = ADeliverable("D-CH-03", "CH", "COUNCIL-P1");
        neighbourhoods.PriorityCode = "P-NBH";
        var joint = ADeliverable("D-JOINT-01", "JOINT");
        joint.PriorityCode = "P-NBH";

        var matrix = AlignmentMatrix.Build(
            [joint, ADeliverable("D-ASC-01", "ASC", "ACUTE-P1"), neighbourhoods, ADeliverable("D-CH-02", "CH"), ADeliverable("D-CH-01", "CH")],
            Partners, Workplans, Priorities, AlignmentGrouping.Priority);

        Assert.Equal(AlignmentGrouping.Priority, matrix.Grouping);
        Assert.Equal([("P-SAFE", "Safe services"), ("P-NBH", "Neighbourhoods")], matrix.Groups.Select(g => (g.Code, g.Name)));
        Assert.Equal(["D-CH-01", "D-CH-02", "D-ASC-01"], matrix.Groups[0].Rows.Select(r => r.Code));
        Assert.Equal(["D-CH-03", "D-JOINT-01"], matrix.Groups[1].Rows.Select(r => r.Code));
        Assert.Equal(("Community health", "Joint"), (matrix.Groups[1].Rows[0].WorkplanName, matrix.Groups[1].Rows[1].WorkplanName));
        Assert.Equal([1, 0, 0, 1, 0], matrix.Columns.Select(c => c.Total));
        Assert.Equal(["D-CH-01", "D-CH-02", "D-JOINT-01"], matrix.Unaligned.Select(r => r.Code));
    }

    [Fact]
    public void ARow_CarriesItsTitleWorkplanAndPriority_AndATickPerLink()
    {
        var deliverable = ADeliverable("D-CH-01", "CH", "ACUTE-P2", "COUNCIL-P1");

        var row = Assert.Single(AlignmentMatrix.Build([deliverable], Partners, Workplans, Priorities).Rows);

        Assert.Equal(("D-CH-01", "Title of D-CH-01", "CH", "P-SAFE", "Safe services"), (row.Code, row.Title, row.WorkplanCode, row.PriorityCode, row.PriorityName));
        Assert.Equal([false, true, false, true, false], row.Ticks);
        Assert.Equal(2, row.AlignedCount);
    }

    [Fact]
    public void ColumnTotals_CountTheDeliverablesAlignedToEachPriority()
    {
        var matrix = AlignmentMatrix.Build(
            [ADeliverable("D-CH-01", "CH", "ACUTE-P1", "COUNCIL-P2"), ADeliverable("D-CH-02", "CH", "ACUTE-P1"), ADeliverable("D-ASC-01", "ASC", "COUNCIL-P2", "ACUTE-P3")],
            Partners, Workplans, Priorities);

        Assert.Equal([2, 0, 1, 0, 2], matrix.Columns.Select(c => c.Total));
        Assert.Equal(5, matrix.Links);
    }

    [Fact]
    public void Unaligned_ListsTheDeliverablesWithNoLink_WhichStayInTheirGroupToo()
    {
        var matrix = AlignmentMatrix.Build(
            [ADeliverable("D-ASC-02", "ASC"), ADeliverable("D-CH-01", "CH", "ACUTE-P1"), ADeliverable("D-CH-02", "CH")],
            Partners, Workplans, Priorities);

        Assert.Equal(["D-CH-02", "D-ASC-02"], matrix.Unaligned.Select(r => r.Code));
        Assert.Equal(["D-CH-01", "D-CH-02", "D-ASC-02"], matrix.Rows.Select(r => r.Code));
    }

    [Fact]
    public void ALinkToAPartnerPriorityNotListed_IsLeftOut_AndCountsAsUnaligned()
    {
        var matrix = AlignmentMatrix.Build([ADeliverable("D-CH-01", "CH", "ACUTE-P9")], Partners, Workplans, Priorities);

        Assert.All(matrix.Columns, c => Assert.Equal(0, c.Total));
        Assert.Equal(["D-CH-01"], matrix.Unaligned.Select(r => r.Code));
    }

    [Fact]
    public void ADeliverableOfAnUnknownWorkplanOrPriority_ComesLastUnderItsCodes()
    {
        var deliverable = ADeliverable("D-X-01", "OTHER", "ACUTE-P1");
        deliverable.PriorityCode = "P-GONE";

        var matrix = AlignmentMatrix.Build([deliverable, ADeliverable("D-CH-01", "CH")], Partners, Workplans, Priorities);

        Assert.Equal([("CH", "Community health"), ("OTHER", "OTHER")], matrix.Groups.Select(g => (g.Code, g.Name)));
        Assert.Equal("P-GONE", matrix.Groups[1].Rows[0].PriorityName);
    }

    private static PartnerPriority APartnerPriority(Partner partner, int number)
    {
        var code = (partner == Partner.AcuteTrust ? "ACUTE-P" : "COUNCIL-P") + number;
        return new PartnerPriority { Code = code, Partner = partner, Number = number, Title = "Title of " + code };
    }

    private static Deliverable ADeliverable(string code, string workplan, params string[] alignedTo) => new()
    {
        Code = code,
        PlanYear = new PlanYear(2024),
        PriorityCode = "P-SAFE",
        WorkplanCode = workplan,
        Title = "Title of " + code,
        Owner = "Director of Operations",
        DueQuarter = 4,
        Alignments = [.. alignedTo.Select(p => new DeliverableAlignment { DeliverableCode = code, PartnerPriorityCode = p })],
    };
}
