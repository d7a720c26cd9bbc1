using LocalCare.Core.Plans;

namespace LocalCare.Core.Tests.Plans;

public sealed class PartnerPriorityTests
{
    private static readonly PartnerPriority[] Existing =
    [
        new() { Code = "ACUTE-P1", Partner = Partner.AcuteTrust, Number = 1, Title = "Access" },
        new() { Code = "ACUTE-P5", Partner = Partner.AcuteTrust, Number = 5, Title = "Finance" },
        new() { Code = "COUNCIL-P7", Partner = Partner.Council, Number = 7, Title = "A well-managed council" },
    ];

    [Fact]
    public void Next_NumbersThePriorityOneAfterThePartnersHighest()
    {
        var acute = PartnerPriority.Next(Partner.AcuteTrust, "Digital", Existing);
        var council = PartnerPriority.Next(Partner.Council, "Housing", Existing);

        Assert.Equal(("ACUTE-P6", Partner.AcuteTrust, 6, "Digital", "P6"), (acute.Code, acute.Partner, acute.Number, acute.Title, acute.Label));
        Assert.Equal(("COUNCIL-P8", 8), (council.Code, council.Number));
    }

    [Fact]
    public void Next_ForAPartnerWithNoPriorities_IsP1() =>
        Assert.Equal("COUNCIL-P1", PartnerPriority.Next(Partner.Council, "Inclusive economy", []).Code);

    [Theory]
    [InlineData("acute_trust", true, Partner.AcuteTrust)]
    [InlineData(" council ", true, Partner.Council)]
    [InlineData("Council", false, Partner.AcuteTrust)]
    [InlineData("icb", false, Partner.AcuteTrust)]
    [InlineData(null, false, Partner.AcuteTrust)]
    public void TryParse_ReadsThePartnersCode(string? code, bool parsed, Partner expected)
    {
        Assert.Equal(parsed, Partners.TryParse(code, out var partner));
        Assert.Equal(expected, partner);
    }
}
