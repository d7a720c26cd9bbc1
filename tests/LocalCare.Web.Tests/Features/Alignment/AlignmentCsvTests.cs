using LocalCare.Core.Alignment;
using LocalCare.Core.Plans;
using LocalCare.Web.Features.Alignment;

namespace LocalCare.Web.Tests.Features.Alignment;

public sealed class AlignmentCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 calls", "'+44 calls")]
    [InlineData("-1 bed", "'-1 bed")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Waits, and flow", "\"Waits, and flow\"")]
    public void ATitleASpreadsheetWouldRunOrSplit_IsDefused(string title, string field)
    {
        var deliverable = new Deliverable
        {
            Code = "D-1",
            PlanYear = new PlanYear(2024),
            PriorityCode = "P",
            WorkplanCode = "CH",
            Title = title,
            Owner = "Owner",
            DueQuarter = 4,
            Alignments = [new DeliverableAlignment { DeliverableCode = "D-1", PartnerPriorityCode = "ACUTE-P1" }],
        };
        var partners = new[] { new PartnerPriority { Code = "ACUTE-P1", Partner = Partner.AcuteTrust, Number = 1, Title = "Access" } };
        var view = new AlignmentView(new PlanYear(2024), AlignmentMatrix.Build([deliverable], partners, [], []));

        var csv = AlignmentCsv.Of(view);

        Assert.Equal($"workplan,deliverable,title,priority,ACUTE-P1\nCH,D-1,{field},P,Y\n", csv);
    }
}
