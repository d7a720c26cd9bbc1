using LocalCare.Core.Access;
using LocalCare.Core.Commissioning.Audits;

namespace LocalCare.Core.Tests.Commissioning.Audits;

public sealed class CommissioningPermissionsTests
{
    [Theory]
    [InlineData(Roles.Admin, true, true, true)]
    [InlineData(Roles.Commissioner, true, true, true)]
    [InlineData(Roles.Executive, false, true, true)]
    [InlineData(Roles.Analyst, false, true, true)]
    [InlineData(Roles.Manager, false, false, true)]
    [InlineData(Roles.Viewer, false, false, true)]
    public void EachRole_MayEditReadAndSeeTheSchedule_AsTheIssueSays(string role, bool edit, bool read, bool schedule)
    {
        Assert.Equal((edit, read, schedule), (CommissioningPermissions.CanEdit([role]), CommissioningPermissions.CanRead([role]), CommissioningPermissions.CanSeeSchedule([role])));
    }

    [Fact]
    public void EveryRole_IsCovered()
    {
        Assert.Equal(Roles.All.Order(), new[] { Roles.Admin, Roles.Commissioner, Roles.Executive, Roles.Analyst, Roles.Manager, Roles.Viewer }.Order());
    }

    [Fact]
    public void NoRole_MayDoNothing_AndAnyEditingRoleAmongSeveralIsEnough()
    {
        Assert.False(CommissioningPermissions.CanEdit([]));
        Assert.False(CommissioningPermissions.CanRead([]));
        Assert.False(CommissioningPermissions.CanSeeSchedule([]));
        Assert.False(CommissioningPermissions.CanEdit(["commissioning"]));
        Assert.True(CommissioningPermissions.CanEdit([Roles.Viewer, Roles.Commissioner]));
        Assert.False(CommissioningPermissions.CanEdit([Roles.Executive, Roles.Analyst, Roles.Manager, Roles.Viewer]));
    }
}
