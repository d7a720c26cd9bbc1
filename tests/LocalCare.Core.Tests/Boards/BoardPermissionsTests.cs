using LocalCare.Core.Access;
using LocalCare.Core.Boards;

namespace LocalCare.Core.Tests.Boards;

/// <summary>Who may do what for boards and packs, for every role.</summary>
public sealed class BoardPermissionsTests
{
    public static TheoryData<string, bool, bool, bool, bool, bool> Matrix => new()
    {
        // role, configure boards, run meetings, write someone else's narrative, publish, read drafts
        { Roles.Admin, true, true, true, false, true },
        { Roles.Executive, false, true, true, true, true },
        { Roles.Manager, false, false, false, false, true },
        { Roles.Analyst, false, true, false, false, true },
        { Roles.Commissioner, false, false, false, false, true },
        { Roles.Viewer, false, false, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void EachRole_MayDoWhatTheMatrixSays(string role, bool configure, bool run, bool narrative, bool publish, bool drafts)
    {
        string[] roles = [role];

        Assert.Equal(configure, BoardPermissions.CanConfigureBoards(roles));
        Assert.Equal(run, BoardPermissions.CanRunMeetings(roles));
        Assert.Equal(narrative, BoardPermissions.CanWriteNarrative(roles, "someone", "manager"));
        Assert.Equal(publish, BoardPermissions.CanPublish(roles));
        Assert.Equal(drafts, BoardPermissions.CanReadDrafts(roles));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Viewer)]
    public void TheAccountablePerson_WritesTheNarrativeAndSignsOff_WhateverTheirRole(string role)
    {
        Assert.True(BoardPermissions.CanWriteNarrative([role], "Manager", "manager"));
        Assert.True(BoardPermissions.CanSignOff([role], "manager", "manager"));
        Assert.False(BoardPermissions.CanSignOff([role], "manager", null));
    }
}
