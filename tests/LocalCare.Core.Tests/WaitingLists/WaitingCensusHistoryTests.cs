using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;

namespace LocalCare.Core.Tests.WaitingLists;

public sealed class WaitingCensusHistoryTests
{
    private static readonly OrganisationTree Organisation = new(
    [
        new() { Code = "LCO", Name = "Test LCO", Kind = UnitKind.Lco },
        new() { Code = "NORTH", Name = "North", Kind = UnitKind.Locality, ParentCode = "LCO" },
        new() { Code = "INT-A", Name = "Team A", Kind = UnitKind.Neighbourhood, ParentCode = "NORTH" },
        new() { Code = "POD", Name = "Podiatry", Kind = UnitKind.Service, ParentCode = "LCO" },
        new() { Code = "DIET", Name = "Dietetics", Kind = UnitKind.Service, ParentCode = "LCO" },
    ]);

    private static readonly MonthRange Range = new(new YearMonth(2025, 1), new YearMonth(2025, 3));

    private static int Day(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;

    [Fact]
    public void EachMonth_IsThatMonthsCensusSummarisedOnItsOwn()
    {
        // POD/INT-A: received 2025-01-31 (waits Jan to Mar) and 2024-12-01 (waits Jan only). DIET with no neighbourhood: 2025-02-03, Feb to Mar.
        WaitingSpanGroup[] groups =
        [
            new("POD", "INT-A", [Day(2025, 1, 31), Day(2024, 12, 1)], [0, 0], [2, 0]),
            new("DIET", null, [Day(2025, 2, 3)], [1], [2]),
        ];

        var history = WaitingCensusHistory.Of(Range, groups, Organisation);

        Assert.Equal(Range.Months, history.Select(m => m.Month));
        var expected = new[]
        {
            WaitingCensusByUnit.Of([("POD", "INT-A", 0), ("POD", "INT-A", 61)], Organisation),
            WaitingCensusByUnit.Of([("POD", "INT-A", 28), ("DIET", null, 25)], Organisation),
            WaitingCensusByUnit.Of([("POD", "INT-A", 59), ("DIET", null, 56)], Organisation),
        };
        foreach (var (month, units) in history.Zip(expected))
        {
            Assert.Equal(units, month.Units);
        }

        Assert.Equal(["lco", "locality:NORTH", "neighbourhood:INT-A", "service:POD"], history[0].Units.Select(u => u.Unit));
        Assert.Equal(30.5, history[0].Of("lco").MedianDays);
        Assert.Equal(0, history[0].Of("service:DIET").Total);
    }

    [Fact]
    public void ASpanOutsideTheRange_IsRejected()
    {
        WaitingSpanGroup[] groups = [new("POD", null, [Day(2025, 1, 1)], [0], [3])];

        Assert.Throws<ArgumentException>(() => WaitingCensusHistory.Of(Range, groups, Organisation));
    }
}
