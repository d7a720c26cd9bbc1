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
        Assert.Equal(
            new ProgrammeEdit("at_risk", "Supplier delay", "Chief Executive", "One plan", "Digital Programme", "in_scope", "Transforming the LCOs' Digital Infrastructure", ""),
            ProgrammeEdit.From(programme));
    }

    [Fact]
    public void ANameScopeThemeAndLcos_AreChangedWhenGiven_AndKeptWhenLeftOut()
    {
        var programme = Digital();

        new ProgrammeEdit("on_track", "", "Director of Strategy", "", " Digital and Data ", "IN_SIGHT", " Transforming System Working ", " M & T ").ApplyTo(programme);
        Assert.Equal(("Digital and Data", ProgrammeScope.InSight, "Transforming System Working", "M & T"), (programme.Name, programme.Scope, programme.Theme, programme.Partners));

        new ProgrammeEdit("on_track", "", "Director of Strategy", "").ApplyTo(programme);
        Assert.Equal(("Digital and Data", ProgrammeScope.InSight, "Transforming System Working", "M & T"), (programme.Name, programme.Scope, programme.Theme, programme.Partners));

        new ProgrammeEdit("on_track", "", "Director of Strategy", "", Partners: "").ApplyTo(programme);
        Assert.Equal("", programme.Partners);
    }

    [Fact]
    public void AnEmptyNameOrTheme_AnUnknownScope_AndLongLcos_AreProblems_AfterTheStatusFields()
    {
        Assert.Equal(
            [
                new FieldProblem("lead", "Enter the programme lead"),
                new FieldProblem("name", "Enter the programme name"),
                new FieldProblem("scope", "Scope must be one of in_scope, in_sight"),
                new FieldProblem("theme", "Enter the programme's theme"),
                new FieldProblem("partners", "The LCOs must be 32 characters or fewer"),
            ],
            new ProgrammeEdit("on_track", "", "", "", " ", "elsewhere", "", new string('M', 33)).Problems());
        Assert.Equal([new FieldProblem("scope", "Select whether the programme is in scope or in sight")], new ProgrammeEdit("on_track", "", "Lead", "", Scope: " ").Problems());
    }

    private static Programme Digital() => new()
    {
        Code = "TP2425-DIG",
        PlanYear = new PlanYear(2024),
        Order = 4,
        Name = "Digital Programme",
        Scope = ProgrammeScope.InScope,
        Theme = "Transforming the LCOs' Digital Infrastructure",
        Lead = "Director of Strategy",
        Partners = "M",
        Status = PortfolioStatus.OnTrack,
    };
}
