using LocalCare.Core.Inputs;
using LocalCare.Core.ServicePlans;

namespace LocalCare.Core.Tests.ServicePlans;

public sealed class ServicePlanTemplateTests
{
    [Fact]
    public void For_AYear_HasTheSeedsSectionsInOrder_WithOneResponsePerKloeOfThatYear()
    {
        var template = ServicePlanTemplates.For2024();

        Assert.Equal(
            [
                "last-year", "priorities", "kloe:K-Q", "kloe:K-WF", "support",
                "workforce-engagement", "workforce-resourcing", "workforce-transformation", "workforce-wellbeing",
                "workforce-edi", "workforce-leadership", "workforce-development", "case-studies",
            ],
            template.Sections.Select(s => s.Key));
        Assert.Equal(["case-studies"], template.Sections.Where(s => !s.Required).Select(s => s.Key));
        Assert.Equal(7, template.Sections.Count(s => s.Group == TemplateGroup.Workforce));
    }

    [Fact]
    public void For_AYear_TitlesEachKloeResponseByItsNumberAndTheme_WithItsDescriptionAsTheHint()
    {
        var response = ServicePlanTemplates.For2024().Find("kloe:K-WF")!;

        Assert.Equal(
            (TemplateGroup.Kloes, "KLOE 2: Workforce", "Cut avoidable turnover. Measured by: Increasing workforce stability.", "Enter the response to KLOE 2: Workforce"),
            (response.Group, response.Title, response.Hint, response.MissingMessage));
    }

    [Fact]
    public void For_AYearWithoutKloes_HasNoResponses()
    {
        var template = ServicePlanTemplate.For(ServicePlanTemplates.Year.Next, ServicePlanTemplates.Kloes());

        Assert.DoesNotContain(template.Sections, s => s.Group == TemplateGroup.Kloes);
        Assert.Equal(11, template.Sections.Count);
        Assert.Equal("What the service achieved in 2024/25, what did not go as planned and what it learned.", template.Find("last-year")!.Hint);
    }

    [Fact]
    public void Check_NamesUnknownSectionsAndTextsTooLong()
    {
        var template = ServicePlanTemplates.For2024();

        var problems = template.Check(new Dictionary<string, string?>
        {
            ["priorities"] = new string('x', 10_001),
            ["support"] = new string('x', 10_000),
            ["budget"] = "Not a section",
        });

        Assert.Equal(
            [new("budget", "'budget' is not a section of the 2024/25 service plan"), new FieldProblem("priorities", "Priorities for this year must be 10,000 characters or fewer")],
            problems);
    }
}
