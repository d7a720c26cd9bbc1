using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;

namespace LocalCare.Core.Tests.Portfolio;

public sealed class DeliverableLinksTests
{
    private static readonly PlanYear Year = new(2024);

    private static readonly Dictionary<string, PlanYear> Deliverables = new()
    {
        ["D2425-CH-09"] = Year,
        ["D2425-CH-22"] = Year,
        ["D2526-CH-01"] = new PlanYear(2025),
    };

    [Fact]
    public void Codes_AreMatchedIgnoringCase_TrimmedAndTakenOnce_InTheOrderGiven()
    {
        var (codes, problems) = DeliverableLinks.Check([" d2425-ch-22 ", "D2425-CH-09", "D2425-CH-22"], Year, Deliverables);

        Assert.Empty(problems);
        Assert.Equal(["D2425-CH-22", "D2425-CH-09"], codes);
    }

    [Fact]
    public void UnknownCodes_OtherYears_AndBlanks_AreProblems()
    {
        var (_, problems) = DeliverableLinks.Check(["D9999-XX-01", "D2526-CH-01", " ", "D2425-CH-09"], Year, Deliverables);

        Assert.Equal(
            [
                new FieldProblem("deliverables", "There is no deliverable with code D9999-XX-01"),
                new FieldProblem("deliverables", "D2526-CH-01 is a 2025/26 deliverable: link deliverables of 2024/25"),
                new FieldProblem("deliverables", "Enter a deliverable code"),
            ],
            problems);
    }

    [Fact]
    public void NoCodes_UnlinksEverything()
    {
        var (codes, problems) = DeliverableLinks.Check([], Year, Deliverables);

        Assert.Empty(codes);
        Assert.Empty(problems);
    }
}
