using LocalCare.Core.Access;
using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Plans;

/// <summary>Who may do what to the operating plan, for every role.</summary>
public sealed class PlanPermissionsTests
{
    private const string OwnedByManager = "manager";

    public static TheoryData<string, bool, bool, bool> Matrix => new()
    {
        // role, edit the plan (and roll forward, review), lock a quarter, write an update for a deliverable someone else owns
        { Roles.Admin, true, false, true },
        { Roles.Executive, true, true, true },
        { Roles.Manager, false, false, false },
        { Roles.Analyst, false, false, false },
        { Roles.Commissioner, false, false, false },
        { Roles.Viewer, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void EachRole_MayDoWhatTheMatrixSays(string role, bool editPlan, bool lockQuarter, bool writeOthersUpdate)
    {
        string[] roles = [role];

        Assert.Equal(editPlan, PlanPermissions.CanEditPlan(roles));
        Assert.Equal(editPlan, PlanPermissions.CanRollForward(roles));
        Assert.Equal(editPlan, PlanPermissions.CanReview(roles));
        Assert.Equal(lockQuarter, PlanPermissions.CanLockQuarter(roles));
        Assert.Equal(writeOthersUpdate, PlanPermissions.CanWriteUpdate(roles, "someone-else", OwnedByManager));
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void TheOwner_WritesTheirDeliverablesUpdates_WhateverTheirRole(string role, bool editPlan, bool lockQuarter, bool writeOthersUpdate)
    {
        _ = (editPlan, lockQuarter, writeOthersUpdate);

        Assert.True(PlanPermissions.CanWriteUpdate([role], "Manager", OwnedByManager)); // user names compare as Identity does, ignoring case
        Assert.Equal(role is Roles.Admin or Roles.Executive, PlanPermissions.CanWriteUpdate([role], null, null)); // nobody named: only the plan's editors
    }
}
