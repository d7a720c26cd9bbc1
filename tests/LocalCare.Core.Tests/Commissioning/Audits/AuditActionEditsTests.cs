using LocalCare.Core.Commissioning;
using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Inputs;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning.Audits;

public sealed class AuditActionEditsTests
{
    private static readonly DateOnly Today = D("2025-01-15");
    private static readonly QualityAudit Poor = Audit("APP-A-0001", "P1", "2025-01-10", AuditRating.Poor);

    [Fact]
    public void NewAction_Valid_BecomesAnOpenAction()
    {
        var edit = new NewAuditAction("well_led", " Appoint a registered manager ", " Provider director ", "2025-01-10");

        Assert.Empty(edit.Problems(Poor));
        var action = edit.ToAction("APP-X-0001", Poor.Code);
        Assert.Equal(
            ("APP-X-0001", "APP-A-0001", KeyQuestion.WellLed, "Appoint a registered manager", "Provider director", D("2025-01-10"), (DateOnly?)null),
            (action.Code, action.AuditCode, action.KeyQuestion, action.Description, action.Owner, action.DueDate, action.CompletedDate));
    }

    [Fact]
    public void NewAction_NeedsKeyQuestionDescriptionOwnerAndDueDate()
    {
        Assert.Equal(
            [
                new FieldProblem("key-question", "Select the key question the action is for"),
                new FieldProblem("description", "Enter what needs to be done"),
                new FieldProblem("owner", "Enter who owns the action"),
                new FieldProblem("due-date", "Enter the date the action is due"),
            ],
            new NewAuditAction("", " ", null, "").Problems(Poor));
    }

    [Fact]
    public void NewAction_WithWrongValues_SaysWhatIsWrong()
    {
        Assert.Equal(
            [
                new FieldProblem("key-question", "The key question must be safe, effective, caring, responsive or well-led"),
                new FieldProblem("description", "The description must be 2,000 characters or fewer"),
                new FieldProblem("owner", "The owner must be 200 characters or fewer"),
                new FieldProblem("due-date", "The date the action is due must be a real date, such as 2025-03-31"),
            ],
            new NewAuditAction("leadership", new string('d', 2001), new string('o', 201), "31/03/2025").Problems(Poor));
        Assert.Equal(
            [new FieldProblem("due-date", "The date the action is due must be the same as or after the date of the audit, 10 Jan 2025")],
            new NewAuditAction("safe", "Fix it", "Manager", "2025-01-09").Problems(Poor));
    }

    [Fact]
    public void Change_CompletesAnAction_OrOpensItAgain()
    {
        var action = Action("APP-X-0001", Poor.Code, "2025-02-01");
        var complete = new AuditActionChange("New policy", "Deputy manager", "2025-03-01", "2025-01-15");

        Assert.Empty(complete.Problems(Poor, Today));
        complete.ApplyTo(action);
        Assert.Equal(("New policy", "Deputy manager", D("2025-03-01"), (DateOnly?)D("2025-01-15")), (action.Description, action.Owner, action.DueDate, action.CompletedDate));

        (complete with { CompletedDate = " " }).ApplyTo(action);
        Assert.Null(action.CompletedDate);
        Assert.Equal(new AuditActionChange("New policy", "Deputy manager", "2025-03-01", null), AuditActionChange.From(action));
    }

    [Theory]
    [InlineData("2025-01-16", "The date the action was completed must be today or in the past")]
    [InlineData("2025-01-09", "The date the action was completed must be the same as or after the date of the audit, 10 Jan 2025")]
    [InlineData("yesterday", "The date the action was completed must be a real date, such as 2025-03-31")]
    public void Change_CompletedDate_IsRealOnOrAfterTheAuditAndNotInTheFuture(string completed, string problem)
    {
        Assert.Equal([new FieldProblem("completed-date", problem)], new AuditActionChange("Fix it", "Manager", "2025-02-01", completed).Problems(Poor, Today));
    }

    [Fact]
    public void Change_KeepsTheRequiredFieldsRequired()
    {
        Assert.Equal(
            ["description", "owner", "due-date"],
            new AuditActionChange("", "", "", "2025-01-10").Problems(Poor, Today).Select(p => p.Field));
        Assert.Empty(new AuditActionChange("Fix it", "Manager", "2025-01-10", "2025-01-10").Problems(Poor, Today));
    }
}
