using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Plans;

public sealed class DeliverableTests
{
    private static Deliverable ADeliverable() => new()
    {
        Code = "D-1",
        PlanYear = new PlanYear(2024),
        PriorityCode = "P",
        WorkplanCode = "CH",
        Title = "Do the thing",
        Owner = "Director of Operations",
        DueQuarter = 4,
    };

    [Fact]
    public void CurrentStatus_IsNotStarted_UntilTheFirstUpdate()
    {
        Assert.Equal(DeliverableStatus.NotStarted, ADeliverable().CurrentStatus);
    }

    [Fact]
    public void CurrentStatus_IsTheLatestQuartersStatus_WhateverTheOrderUpdatesWereAdded()
    {
        var deliverable = ADeliverable();
        deliverable.Updates.Add(new DeliverableUpdate { DeliverableCode = "D-1", Quarter = 3, Status = DeliverableStatus.AtRisk, Commentary = "Late" });
        deliverable.Updates.Add(new DeliverableUpdate { DeliverableCode = "D-1", Quarter = 1, Status = DeliverableStatus.OnTrack });

        Assert.Equal(DeliverableStatus.AtRisk, deliverable.CurrentStatus);
        Assert.Equal(DeliverableStatus.OnTrack, deliverable.UpdateFor(1)?.Status);
        Assert.Null(deliverable.UpdateFor(2));
        Assert.Equal("2024/25 Q4", deliverable.Due.Label);
    }

    [Theory]
    [InlineData(DeliverableStatus.AtRisk, "at risk")]
    [InlineData(DeliverableStatus.OffTrack, "off track")]
    public void Update_WhenAtRiskOrOffTrackWithoutCommentaryOrAction_HasAProblemWithEach(DeliverableStatus status, string words)
    {
        var update = new DeliverableUpdate { DeliverableCode = "D-1", Quarter = 2, Status = status, Commentary = " " };

        Assert.Equal(
            [new("commentary", $"Enter commentary explaining why the deliverable is {words}"), new("action", $"Enter the action being taken while the deliverable is {words}")],
            update.Problems());
        Assert.Empty(new DeliverableUpdate { DeliverableCode = "D-1", Quarter = 2, Status = status, Commentary = "Late", Action = "Recovery plan" }.Problems());
    }

    [Theory]
    [InlineData(DeliverableStatus.NotStarted)]
    [InlineData(DeliverableStatus.OnTrack)]
    [InlineData(DeliverableStatus.Delivered)]
    public void Update_WhenNotAnException_NeedsNoCommentary(DeliverableStatus status)
    {
        Assert.Empty(new DeliverableUpdate { DeliverableCode = "D-1", Quarter = 2, Status = status }.Problems());
    }

    [Fact]
    public void Statuses_RoundTripThroughTheirCodes()
    {
        foreach (var status in DeliverableStatuses.All)
        {
            Assert.True(DeliverableStatuses.TryParse(status.ToCode(), out var parsed));
            Assert.Equal(status, parsed);
        }

        Assert.Equal(["not_started", "on_track", "at_risk", "off_track", "delivered"], DeliverableStatuses.All.Select(s => s.ToCode()));
        Assert.False(DeliverableStatuses.TryParse("amber", out _));
    }
}
