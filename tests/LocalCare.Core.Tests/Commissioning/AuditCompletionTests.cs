using LocalCare.Core.Commissioning;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning;

public sealed class AuditCompletionTests
{
    [Theory]
    [InlineData(AuditRating.RequiresImprovement, "Audit A1 is rated requires improvement overall: add at least one action before marking it complete.")]
    [InlineData(AuditRating.Poor, "Audit A1 is rated poor overall: add at least one action before marking it complete.")]
    public void Problem_WhenRequiresImprovementOrPoorWithNoAction_SaysSo(AuditRating overall, string problem)
    {
        Assert.Equal(problem, AuditCompletion.Problem(Audit("A1", "P1", "2024-06-01", overall), []));
    }

    [Theory]
    [InlineData(AuditRating.RequiresImprovement)]
    [InlineData(AuditRating.Poor)]
    public void Problem_OnlyCountsTheAuditsOwnActions(AuditRating overall)
    {
        var audit = Audit("A1", "P1", "2024-06-01", overall);

        Assert.NotNull(AuditCompletion.Problem(audit, [Action("X1", "A2", "2024-07-01")]));
        Assert.Null(AuditCompletion.Problem(audit, [Action("X1", "A2", "2024-07-01"), Action("X2", "A1", "2024-07-01")]));
    }

    [Fact]
    public void Problem_IsNull_WhenTheOnlyActionIsAlreadyCompleted()
    {
        Assert.Null(AuditCompletion.Problem(Audit("A1", "P1", "2024-06-01", AuditRating.Poor), [Action("X1", "A1", "2024-06-10", "2024-06-05")]));
    }

    [Theory]
    [InlineData(AuditRating.Excellent)]
    [InlineData(AuditRating.Good)]
    public void Problem_IsNull_ForExcellentOrGood_EvenWithNoActions(AuditRating overall)
    {
        Assert.Null(AuditCompletion.Problem(Audit("A1", "P1", "2024-06-01", overall), []));
    }
}
