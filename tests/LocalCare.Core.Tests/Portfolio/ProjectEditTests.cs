using LocalCare.Core.Inputs;
using LocalCare.Core.Portfolio;

namespace LocalCare.Core.Tests.Portfolio;

public sealed class ProjectEditTests
{
    [Theory]
    [InlineData("at_risk", "Enter commentary explaining why the project is at risk")]
    [InlineData("off_track", "Enter commentary explaining why the project is off track")]
    public void AnExceptionStatus_WithoutCommentary_HasAProblem(string status, string message)
    {
        var edit = new ProjectEdit("Podiatry Project", "Director of Operations", status, "  ");

        Assert.Equal([new FieldProblem("commentary", message)], edit.Problems());
    }

    [Theory]
    [InlineData("not_started")]
    [InlineData("on_track")]
    [InlineData("complete")]
    public void OtherStatuses_MayHaveNoCommentary(string status)
    {
        Assert.Empty(new ProjectEdit("Podiatry Project", "Director of Operations", status, null).Problems());
    }

    [Fact]
    public void AnEmptyEdit_HasAProblemPerRequiredField_InTheOrderTheFieldsAppear()
    {
        Assert.Equal(
            [
                new FieldProblem("name", "Enter the project name"),
                new FieldProblem("lead", "Enter the project lead"),
                new FieldProblem("status", "Select the project status"),
            ],
            new ProjectEdit(" ", null, "", null).Problems());
    }

    [Fact]
    public void TextTooLongOrAnUnknownStatus_AreProblems()
    {
        var edit = new ProjectEdit(new string('n', 201), new string('l', 201), "delivered", new string('c', 4001));

        Assert.Equal(
            [
                new FieldProblem("name", "The project name must be 200 characters or fewer"),
                new FieldProblem("lead", "The project lead must be 200 characters or fewer"),
                new FieldProblem("status", "Status must be one of not_started, on_track, at_risk, off_track, complete"),
                new FieldProblem("commentary", "Commentary must be 4,000 characters or fewer"),
            ],
            edit.Problems());
    }

    [Fact]
    public void ToProject_TrimsTheText_AndReadsTheStatus()
    {
        var project = new ProjectEdit(" Podiatry Project ", " Director of Operations ", "AT_RISK", " Two vacancies ").ToProject("TP-1-03", "TP-1");

        Assert.Equal(
            ("TP-1-03", "TP-1", "Podiatry Project", "Director of Operations", PortfolioStatus.AtRisk, "Two vacancies"),
            (project.Code, project.ProgrammeCode, project.Name, project.Lead, project.Status, project.Commentary));
        Assert.Equal(new ProjectEdit("Podiatry Project", "Director of Operations", "at_risk", "Two vacancies"), ProjectEdit.From(project));
    }

    [Fact]
    public void NextCode_IsOneMoreThanTheHighestNumber_AndProjectsSortByNumber()
    {
        Assert.Equal("TP2425-CHTP-01", Project.NextCode("TP2425-CHTP", []));
        Assert.Equal("TP2425-CHTP-11", Project.NextCode("TP2425-CHTP", ["TP2425-CHTP-02", "TP2425-CHTP-10", "TP2425-CHTP-03"]));
        Assert.Equal("TP2425-CHTP-100", Project.NextCode("TP2425-CHTP", ["TP2425-CHTP-99"]));
        string[] codes = ["TP-100", "TP-02", "TP-10"];
        var projects = codes.Select(code => new Project { Code = code, ProgrammeCode = "TP", Name = code, Lead = "Lead", Status = PortfolioStatus.OnTrack });
        Assert.Equal(["TP-02", "TP-10", "TP-100"], Project.InOrder(projects).Select(p => p.Code));
    }
}
