using LocalCare.Core.Metrics;

namespace LocalCare.Core.Tests.Metrics;

/// <summary>Reading and storing a metric's rebase periods.</summary>
public sealed class MetricRebasesTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("2024-04", "2024-04")]
    [InlineData(" 2025-10, 2024-04 ,2024-04", "2024-04,2025-10")]
    [InlineData("2024-04 2025-10\n2023-01;2024-04", "2023-01,2024-04,2025-10")]
    public void TryParse_ReadsMonthsInAnySeparators_OldestFirstOnce(string text, string stored)
    {
        Assert.True(MetricRebases.TryParse(text, out var periods, out var error));
        Assert.Null(error);
        Assert.Equal(stored, MetricRebases.ToStored(periods));
    }

    [Theory]
    [InlineData("April", "'April' is not a month: write each rebase month as YYYY-MM, for example 2024-04")]
    [InlineData("2024-04,2024-13", "'2024-13' is not a month: write each rebase month as YYYY-MM, for example 2024-04")]
    [InlineData("2024-4", "'2024-4' is not a month: write each rebase month as YYYY-MM, for example 2024-04")]
    public void TryParse_RefusesWhatIsNotAMonth(string text, string message)
    {
        Assert.False(MetricRebases.TryParse(text, out var periods, out var error));
        Assert.Empty(periods);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Of_ReadsTheStoredList_SkippingWhatIsNotAMonth()
    {
        Assert.Equal(["2023-01", "2024-04"], MetricRebases.Of("2024-04, junk,2023-01,2024-04"));
        Assert.Empty(MetricRebases.Of(null));
        Assert.Equal("April 2024, October 2025", MetricRebases.Describe(["2024-04", "2025-10"]));
        Assert.Equal("none", MetricRebases.Describe([]));
    }
}
