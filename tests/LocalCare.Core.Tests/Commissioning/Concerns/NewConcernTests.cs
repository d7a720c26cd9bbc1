using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Concerns;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning.Concerns;

public sealed class NewConcernTests
{
    private static readonly DateOnly Today = D("2025-01-15");

    [Theory]
    [InlineData("2025-01-15", "", true)]
    [InlineData("2025-01-16", "", false)]
    [InlineData("2025-01-10", "2025-01-10", true)]
    [InlineData("2025-01-10", "2025-01-09", false)]
    [InlineData("2025-01-10", "2025-01-15", true)]
    [InlineData("2025-01-10", "2025-01-16", false)]
    public void TheDates_MayBeTodayOrEarlier_AndClosedOnOrAfterOpened(string opened, string closed, bool valid)
    {
        var problems = new NewConcern("whistleblowing", opened, closed, "Night staff report too few carers").Problems(Today);

        Assert.Equal(valid, problems.Count == 0);
    }

    [Fact]
    public void ToConcern_TrimsAndReadsTheCodes_WithNoClosedDateWhileOpen()
    {
        var concern = new NewConcern(" Complaint_Upheld ", " 2025-01-02 ", " ", "  Meals served cold  ").ToConcern("APP-K-0001", "P1");

        Assert.Equal(
            ("APP-K-0001", "P1", ConcernKind.ComplaintUpheld, D("2025-01-02"), (DateOnly?)null, "Meals served cold"),
            (concern.Code, concern.ProviderCode, concern.Kind, concern.Opened, concern.Closed, concern.Summary));
    }

    [Fact]
    public void ASummaryLongerThanTheColumn_IsRefused()
    {
        var problems = new NewConcern("other", "2025-01-02", null, new string('x', NewConcern.MaxSummary + 1)).Problems(Today);

        Assert.Equal("The summary must be 2,000 characters or fewer", Assert.Single(problems).Message);
    }

    [Fact]
    public void NextCode_FollowsTheHighestAppCode()
    {
        Assert.Equal("APP-K-0001", NewConcern.NextCode(["CON-01"]));
        Assert.Equal("APP-K-0013", NewConcern.NextCode(["APP-K-0003", "APP-K-0012", "CON-99"]));
    }
}
