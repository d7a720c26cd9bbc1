using LocalCare.Core.Commissioning.Audits;

namespace LocalCare.Core.Tests.Commissioning.Audits;

public sealed class AuditCodesTests
{
    [Fact]
    public void TheFirstCodes_AreNumberOne()
    {
        Assert.Equal(("APP-A-0001", "APP-X-0001"), (AuditCodes.NextAudit([]), AuditCodes.NextAction([])));
    }

    [Fact]
    public void Next_FollowsTheHighestNumber_IgnoringImportedCodesAndGaps()
    {
        Assert.Equal("APP-A-0013", AuditCodes.NextAudit(["AUD-2024-001", "APP-A-0002", "APP-A-0012", "APP-X-0099", "APP-A-X"]));
        Assert.Equal("APP-X-10000", AuditCodes.NextAction(["APP-X-9999"]));
    }
}
