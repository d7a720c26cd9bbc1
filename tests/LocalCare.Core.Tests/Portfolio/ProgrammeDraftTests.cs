using LocalCare.Core.Inputs;
using LocalCare.Core.Plans;
using LocalCare.Core.Portfolio;

namespace LocalCare.Core.Tests.Portfolio;

public sealed class ProgrammeDraftTests
{
    private static readonly PlanYear Year = new(2024);

    [Fact]
    public void ACompleteDraft_BecomesAProgrammeOfTheYear_UnderTPAndItsShortCode_Trimmed()
    {
        var draft = new ProgrammeDraft(" CARE ", " Carers Programme ", "in_sight", " Transforming System Working ", " M ", " Director of Adult Social Services ", "at_risk", " For carers. ", " No lead yet. ");

        Assert.Empty(draft.Problems());
        var programme = draft.ToProgramme(Year, 14);

        Assert.Equal(("TP2425-CARE", Year, 14, "Carers Programme", ProgrammeScope.InSight), (programme.Code, programme.PlanYear, programme.Order, programme.Name, programme.Scope));
        Assert.Equal(("Transforming System Working", "M", "Director of Adult Social Services"), (programme.Theme, programme.Partners, programme.Lead));
        Assert.Equal((PortfolioStatus.AtRisk, "For carers.", "No lead yet."), (programme.Status, programme.Summary, programme.Commentary));
        Assert.Empty(programme.Projects);
    }

    [Fact]
    public void AnEmptyDraft_HasAProblemForEachRequiredField_InTheFormsOrder()
    {
        Assert.Equal(
            [
                new FieldProblem("short-code", "Enter a short code of 2 to 12 capital letters, digits or hyphens, starting with a letter, such as CHTP"),
                new FieldProblem("name", "Enter the programme name"),
                new FieldProblem("scope", "Select whether the programme is in scope or in sight"),
                new FieldProblem("theme", "Enter the programme's theme"),
                new FieldProblem("lead", "Enter the programme lead"),
                new FieldProblem("status", "Select the programme status"),
            ],
            new ProgrammeDraft(null, "", null, " ", null, "", null).Problems());
    }

    [Fact]
    public void AnOffTrackDraft_NeedsCommentary_AndTheLcosFitTheirColumn()
    {
        Assert.Equal(
            [
                new FieldProblem("partners", "The LCOs must be 32 characters or fewer"),
                new FieldProblem("commentary", "Enter commentary explaining why the programme is off track"),
            ],
            new ProgrammeDraft("CARE", "Carers", "in_scope", "Theme", new string('T', 33), "Lead", "off_track").Problems());
    }
}
