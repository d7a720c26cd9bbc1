using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Inputs;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning.Audits;

public sealed class NewAuditTests
{
    private static readonly DateOnly Today = D("2025-01-15");
    private static readonly Provider Home = Provider("P1");
    private static readonly ProviderContract[] Contracts = [Contract("C1", "P1", "2020-04-01", "2021-03-31")];

    private static NewAudit Valid => new("P1", "2025-01-15", " Quality Officer ", "poor", "requires_improvement", "", "good", AuditFields.NotLookedAt, "Excellent");

    [Fact]
    public void AValidAudit_HasNoProblems_AndBecomesAnAuditInProgress()
    {
        Assert.Empty(Valid.Problems(Today, Home, Contracts));

        var audit = Valid.ToAudit("APP-A-0001", "P1");

        Assert.Equal(("APP-A-0001", "P1", D("2025-01-15"), "Quality Officer", AuditRating.Poor, (DateOnly?)null), (audit.Code, audit.ProviderCode, audit.AuditDate, audit.Auditor, audit.Overall, audit.CompletedOn));
        Assert.Equal(
            [AuditRating.RequiresImprovement, null, AuditRating.Good, null, AuditRating.Excellent],
            KeyQuestions.All.Select(audit.RatingFor));
    }

    [Fact]
    public void Nothing_Typed_GivesEveryRequiredProblem_InFieldOrder()
    {
        Assert.Equal(
            [
                new FieldProblem("provider", "Select the provider to audit"),
                new FieldProblem("audit-date", "Enter the date of the audit"),
                new FieldProblem("auditor", "Enter the name of the auditor"),
                new FieldProblem("overall", "Select the overall rating"),
            ],
            new NewAudit(null, " ", "", null).Problems(Today, null, []));
    }

    [Theory]
    [InlineData("2025-01-16", "The date of the audit must be today or in the past")]
    [InlineData("2025-02-30", "The date of the audit must be a real date, such as 2025-03-31")]
    [InlineData("15/01/2025", "The date of the audit must be a real date, such as 2025-03-31")]
    public void TheDate_MustBeRealAndNotInTheFuture(string date, string problem)
    {
        Assert.Equal([new FieldProblem("audit-date", problem)], (Valid with { AuditDate = date }).Problems(Today, Home, Contracts));
    }

    [Fact]
    public void TheDate_MayBeToday()
    {
        Assert.Empty((Valid with { AuditDate = " 2025-01-15 " }).Problems(Today, Home, Contracts));
    }

    [Fact]
    public void TheProvider_MustExist_AndHoldAContract_ActiveOrNot()
    {
        Assert.Equal([new FieldProblem("provider", "There is no provider with code P9")], (Valid with { ProviderCode = " P9 " }).Problems(Today, null, Contracts));
        Assert.Equal(
            [new FieldProblem("provider", "Provider P2 has no contract: only contracted providers can be audited")],
            (Valid with { ProviderCode = "P2" }).Problems(Today, Provider("P2"), Contracts));
        Assert.Empty(Valid.Problems(Today, Home, Contracts)); // its only contract ended in 2021
    }

    [Fact]
    public void Ratings_MustBeOfTheCouncilScale()
    {
        Assert.Equal(
            [
                new FieldProblem("auditor", "The auditor's name must be 200 characters or fewer"),
                new FieldProblem("overall", "The overall rating must be excellent, good, requires improvement or poor"),
                new FieldProblem("effective", "The rating for effective must be excellent, good, requires improvement, poor or not looked at"),
                new FieldProblem("well-led", "The rating for well-led must be excellent, good, requires improvement, poor or not looked at"),
            ],
            (Valid with { Auditor = new string('a', 201), Overall = "inadequate", Effective = "outstanding", WellLed = "ok" }).Problems(Today, Home, Contracts));
    }

    [Fact]
    public void ToAudit_BeforeTheProblemsAreFixed_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => (Valid with { Overall = "" }).ToAudit("A", "P1"));
    }
}
