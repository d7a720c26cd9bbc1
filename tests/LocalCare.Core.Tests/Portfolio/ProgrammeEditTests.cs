using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;

namespace LocalCare.Core.Tests.Portfolio;

public sealed class ProgrammeEditTests
{
    [Fact]
    public void AnOffTrackProgramme_WithoutCommentary_HasAProblem()
    {
        Assert.Equal(
            [new FieldProblem("commentary", "Enter commentary explaining why the programme is off track")],
            new ProgrammeEdit("off_track", "", "Director of Strategy", "").Problems());
    }

    [Fact]
    public void AMissingStatusAndLead_AndALongSummary_AreProblems_InTheOrderTheFieldsAppear()
    {
        Assert.Equal(
            [
                new FieldProblem("status", "Select the programme status"),
                new FieldProblem("lead", "Enter the programme lead"),
                new FieldProblem("summary", "The summary must be 2,000 characters or fewer"),
            ],
            new ProgrammeEdit(null, null, " ", new string('s', 2001)).Problems());
    }

    [Fact]
    public void ApplyTo_WritesTheTrimmedValues()
    {
        var programme = new Programme
        {
            Code = "TP2425-DIG",
            PlanYear = new PlanYear(2024),
            Order = 4,
            Name = "Digital Programme",
            Scope = ProgrammeScope.InScope,
            Theme = "Transforming the LCOs' Digital Infrastructure",
            Lead = "Director of Strategy",
            Status = PortfolioStatus.OnTrack,
        };
        var edit = new ProgrammeEdit("at_risk", " Supplier delay ", " Chief Executive ", " One plan ");

        Assert.Empty(edit.Problems());
        edit.ApplyTo(programme);

        Assert.Equal((PortfolioStatus.AtRisk, "Supplier delay", "Chief Executive", "One plan"), (programme.Status, programme.Commentary, programme.Lead, programme.Summary));
        Assert.Equal(new ProgrammeEdit("at_risk", "Supplier delay", "Chief Executive", "One plan"), ProgrammeEdit.From(programme));
    }
}
