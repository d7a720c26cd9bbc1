using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Plans;

public sealed class ShownPlanYearTests
{
    private static readonly PlanYear Last = new(2024);
    private static readonly PlanYear Next = new(2025);

    [Fact]
    public void TheLatestPlanYear_IsShown_OnceLastYearsReviewIsFinished() =>
        Assert.Equal(Next, ShownPlanYear.Of([Last, Next], []));

    [Fact]
    public void LastYear_IsShown_WhileAnyOfItsDeliverablesAwaitsItsReview() =>
        Assert.Equal(Last, ShownPlanYear.Of([Next, Last], [Last]));

    [Fact]
    public void AReviewPendingInAnOlderYear_DoesNotHoldBackTheLatest() =>
        Assert.Equal(Next, ShownPlanYear.Of([Last.Previous, Last, Next], [Last.Previous]));

    [Fact]
    public void NoPlan_ShowsNoYear() => Assert.Null(ShownPlanYear.Of([], []));
}
