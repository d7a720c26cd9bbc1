using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;

namespace LocalCare.Core.Tests.Portfolio;

public sealed class PortfolioRollForwardTests
{
    private static readonly PlanYear Year = new(2024);

    [Fact]
    public void Next_CopiesTheUnfinishedProgrammesAndProjects_UnderNextYearsCodes_NotStartedAndWithoutCommentary()
    {
        var chtp = Programme("TP2425-CHTP", 2, PortfolioStatus.AtRisk, "Telephony delay");
        chtp.Projects =
        [
            Project(chtp, 1, PortfolioStatus.OnTrack),
            Project(chtp, 2, PortfolioStatus.Complete),
            Project(chtp, 10, PortfolioStatus.OffTrack, "Supplier capacity"),
        ];
        Programme[] programmes = [chtp, Programme("TP2425-SCT", 1, PortfolioStatus.Complete), Programme("TP2324-OLD", 1, PortfolioStatus.OnTrack, year: Year.Previous)];

        var next = Assert.Single(PortfolioRollForward.Next(Year, programmes));

        Assert.Equal(("TP2526-CHTP", new PlanYear(2025), 2, PortfolioStatus.NotStarted, ""), (next.Code, next.PlanYear, next.Order, next.Status, next.Commentary));
        Assert.Equal((chtp.Name, chtp.Scope, chtp.Theme, chtp.Lead, chtp.Partners, chtp.Summary), (next.Name, next.Scope, next.Theme, next.Lead, next.Partners, next.Summary));
        Assert.Equal(["TP2526-CHTP-01", "TP2526-CHTP-10"], next.Projects.Select(j => j.Code));
        Assert.All(next.Projects, j => Assert.Equal(("TP2526-CHTP", PortfolioStatus.NotStarted, ""), (j.ProgrammeCode, j.Status, j.Commentary)));
        Assert.Equal(["Project 1", "Project 10"], next.Projects.Select(j => j.Name));
        Assert.Empty(next.Deliverables);
    }

    [Fact]
    public void CarriedLinks_FollowTheDeliverable_ToNextYearsVersionOfEachProgrammeThatCarriedIt()
    {
        var from = new Deliverable { Code = "D2425-CH-23", PlanYear = Year, PriorityCode = "P2425-SAFE", WorkplanCode = "CH", Title = "Ulysses", Owner = "Chief Nurse", DueQuarter = 4 };
        var to = PlanRollForward.CarryForward(from, []);
        ProgrammeDeliverable[] links =
        [
            new() { ProgrammeCode = "TP2425-DIG", DeliverableCode = "D2425-CH-23" },
            new() { ProgrammeCode = "TP2425-SCT", DeliverableCode = "D2425-CH-23" }, // complete: not in 2025/26
            new() { ProgrammeCode = "TP2425-CHTP", DeliverableCode = "D2425-CH-09" },
        ];

        var carried = PortfolioRollForward.CarriedLinks(links, from, to, ["TP2526-DIG", "TP2526-CHTP"]);

        Assert.Equal([("TP2526-DIG", "D2526-CH-01")], carried.Select(l => (l.ProgrammeCode, l.DeliverableCode)));
    }

    private static Programme Programme(string code, int order, PortfolioStatus status, string commentary = "", PlanYear? year = null) => new()
    {
        Code = code,
        PlanYear = year ?? Year,
        Order = order,
        Name = "Programme " + code,
        Scope = ProgrammeScope.InScope,
        Theme = "Transforming Community Health Services",
        Lead = "Director of Operations",
        Partners = "M",
        Status = status,
        Summary = "Summary",
        Commentary = commentary,
    };

    private static Project Project(Programme programme, int number, PortfolioStatus status, string commentary = "") => new()
    {
        Code = Core.Portfolio.Project.CodeFor(programme.Code, number),
        ProgrammeCode = programme.Code,
        Name = "Project " + number,
        Lead = "Lead",
        Status = status,
        Commentary = commentary,
    };
}
