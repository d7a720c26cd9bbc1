using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Inputs;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning.Audits;

public sealed class AuditCompletionCheckTests
{
    [Theory]
    [InlineData(AuditRating.RequiresImprovement, "requires improvement")]
    [InlineData(AuditRating.Poor, "poor")]
    public void RequiresImprovementOrPoor_WithNoAction_IsRefusedWithTheRulesSentence(AuditRating overall, string words)
    {
        Assert.Equal(
            [new FieldProblem("complete", $"Audit APP-A-0001 is rated {words} overall: add at least one action before marking it complete.")],
            AuditCompletionCheck.Problems(Audit("APP-A-0001", "P1", "2025-01-10", overall), [Action("X1", "OTHER", "2025-02-01")]));
    }

    [Theory]
    [InlineData(AuditRating.RequiresImprovement)]
    [InlineData(AuditRating.Poor)]
    public void RequiresImprovementOrPoor_WithAnAction_MayBeCompleted(AuditRating overall)
    {
        Assert.Empty(AuditCompletionCheck.Problems(Audit("APP-A-0001", "P1", "2025-01-10", overall), [Action("X1", "APP-A-0001", "2025-02-01")]));
    }

    [Theory]
    [InlineData(AuditRating.Excellent)]
    [InlineData(AuditRating.Good)]
    public void ExcellentOrGood_MayBeCompletedWithNoAction(AuditRating overall)
    {
        Assert.Empty(AuditCompletionCheck.Problems(Audit("APP-A-0001", "P1", "2025-01-10", overall), []));
    }

    [Fact]
    public void AnAuditAlreadyComplete_IsNotCompletedAgain()
    {
        Assert.Equal(
            [new FieldProblem("complete", "Audit APP-A-0001 was already marked complete on 12 Jan 2025")],
            AuditCompletionCheck.Problems(Audit("APP-A-0001", "P1", "2025-01-10", AuditRating.Good, completed: "2025-01-12"), []));
    }
}
