using LocalCare.Core.Commissioning;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning;

public sealed class EntityRulesTests
{
    [Theory]
    [InlineData("2024-03-31", false)]
    [InlineData("2024-04-01", true)]
    [InlineData("2024-10-01", true)]
    [InlineData("2025-03-31", true)]
    [InlineData("2025-04-01", false)]
    public void Contract_IsActive_FromItsStartToItsEnd_BothIncluded(string date, bool active)
    {
        Assert.Equal(active, Contract("C1", "P1", "2024-04-01", "2025-03-31").IsActiveOn(D(date)));
    }

    [Fact]
    public void Contract_OfOneDay_IsActiveOnThatDayOnly()
    {
        var contract = Contract("C1", "P1", "2024-06-15", "2024-06-15");

        Assert.True(contract.IsActiveOn(D("2024-06-15")));
        Assert.False(contract.IsActiveOn(D("2024-06-14")));
        Assert.False(contract.IsActiveOn(D("2024-06-16")));
    }

    [Theory]
    [InlineData("2024-06-09", null, false)]
    [InlineData("2024-06-10", null, false)]
    [InlineData("2024-06-11", null, true)]
    [InlineData("2024-06-11", "2024-06-10", false)]
    [InlineData("2024-06-11", "2024-06-11", false)]
    [InlineData("2024-06-11", "2024-06-12", true)]
    [InlineData("2024-07-01", "2024-06-30", false)]
    public void Action_IsOverdue_WhenDueBeforeTheDate_AndNotCompletedOnOrBeforeIt(string date, string? completed, bool overdue)
    {
        Assert.Equal(overdue, Action("X1", "A1", "2024-06-10", completed).IsOverdueOn(D(date)));
    }

    [Theory]
    [InlineData("2024-05-31", null, false)]
    [InlineData("2024-06-01", null, true)]
    [InlineData("2025-01-01", null, true)]
    [InlineData("2024-06-01", "2024-06-01", false)]
    [InlineData("2024-06-09", "2024-06-10", true)]
    [InlineData("2024-06-10", "2024-06-10", false)]
    [InlineData("2024-06-11", "2024-06-10", false)]
    public void Concern_IsOpen_FromOpenedUntilTheDayItIsClosed(string date, string? closed, bool open)
    {
        Assert.Equal(open, Concern("K1", "P1", ConcernKind.Safeguarding, "2024-06-01", closed).IsOpenOn(D(date)));
    }

    [Fact]
    public void Audit_RatingFor_GivesEachKeyQuestionsRating_NullWhereNotLookedAt()
    {
        var audit = Audit("A1", "P1", "2024-06-01", AuditRating.Good);
        audit.Safe = AuditRating.Poor;
        audit.Effective = AuditRating.Excellent;
        audit.Responsive = AuditRating.RequiresImprovement;
        audit.WellLed = AuditRating.Good;

        Assert.Equal(AuditRating.Poor, audit.RatingFor(KeyQuestion.Safe));
        Assert.Equal(AuditRating.Excellent, audit.RatingFor(KeyQuestion.Effective));
        Assert.Null(audit.RatingFor(KeyQuestion.Caring));
        Assert.Equal(AuditRating.RequiresImprovement, audit.RatingFor(KeyQuestion.Responsive));
        Assert.Equal(AuditRating.Good, audit.RatingFor(KeyQuestion.WellLed));
    }
}
