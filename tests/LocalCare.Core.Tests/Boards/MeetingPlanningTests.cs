using LocalCare.Core.Boards;

namespace LocalCare.Core.Tests.Boards;

public sealed class MeetingPlanningTests
{
    private static Meeting Meeting(MeetingStatus status) => new() { BoardCode = "HPB", Date = new(2025, 6, 18), ReportingMonth = new(2025, 5), Status = status };

    [Fact]
    public void APlannedMeeting_WithoutPackOrLogEntries_CanBeDeleted()
    {
        Assert.Null(MeetingPlanning.WhyNotDeletable(Meeting(MeetingStatus.Planned), hasPack: false, hasLogEntries: false));
    }

    [Theory]
    [InlineData(MeetingStatus.PackDraft, false, false, "Only a planned meeting can be deleted: this one's status is \"pack in draft\"")]
    [InlineData(MeetingStatus.Held, false, false, "Only a planned meeting can be deleted: this one's status is \"held\"")]
    [InlineData(MeetingStatus.Planned, true, false, "A meeting with a published pack cannot be deleted")]
    [InlineData(MeetingStatus.Planned, false, true, "Actions or decisions were recorded at this meeting, so it cannot be deleted")]
    public void AnyOtherMeeting_CannotBeDeleted_AndSaysWhy(MeetingStatus status, bool hasPack, bool hasLogEntries, string reason)
    {
        Assert.Equal(reason, MeetingPlanning.WhyNotDeletable(Meeting(status), hasPack, hasLogEntries));
    }

    [Fact]
    public void AMeeting_CannotBeAddedOnADayTheBoardAlreadyMeets()
    {
        Assert.Equal("HPB already meets on 18 June 2025", MeetingPlanning.WhyNotAddable("HPB", new(2025, 6, 18), [new(2025, 6, 18)]));
        Assert.Null(MeetingPlanning.WhyNotAddable("HPB", new(2025, 6, 19), [new(2025, 6, 18)]));
    }

    [Theory]
    [InlineData(MeetingStatus.Planned, MeetingStatus.PackDraft)]
    [InlineData(MeetingStatus.PackDraft, MeetingStatus.PackDraft)]
    [InlineData(MeetingStatus.PackPublished, MeetingStatus.PackPublished)]
    [InlineData(MeetingStatus.Held, MeetingStatus.Held)]
    public void WorkOnThePack_PutsAPlannedMeetingsPackInDraft_AndLeavesLaterStatuses(MeetingStatus before, MeetingStatus after)
    {
        Assert.Equal(after, before.AfterPackWork());
    }
}
