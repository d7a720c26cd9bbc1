using LocalCare.Web.Features.Admin.Audit;

namespace LocalCare.Web.Tests.Features.Admin.Audit;

/// <summary>Each kind of subject of the trail links to the page that shows it (and its history), where there is one.</summary>
public sealed class SubjectLinksTests
{
    [Theory]
    [InlineData("plan:2024/25", "/plan?year=2024%2F25")]
    [InlineData("deliverable:D2425-CH-01", "/deliverables/D2425-CH-01")]
    [InlineData("risk:R-001", "/risks/R-001")]
    [InlineData("user:7f3c", "/admin/users/7f3c")]
    [InlineData("provider:HOME1", "/commissioning/providers/HOME1")]
    [InlineData("contract:C-HOME1", "/commissioning/contracts")]
    [InlineData("vfp-scheme:VFP-01", "/commissioning/budget")]
    [InlineData("import:commissioning", "/commissioning")]
    [InlineData("service-plan:2024/25:INT-CC", "/service-plans/2024/INT-CC")]
    [InlineData("metric:dna-rate", "/performance/dna-rate")]
    public void ASubject_LinksToItsPage(string subject, string link) => Assert.Equal(link, SubjectLinks.For(subject));

    [Theory]
    [InlineData("sign-in:jsmith")]
    [InlineData("import:organisation")]
    [InlineData("nothing")]
    public void ASubjectWithoutAPage_HasNoLink(string subject) => Assert.Null(SubjectLinks.For(subject));
}
