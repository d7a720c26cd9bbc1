using LocalCare.Core.Access;
using LocalCare.Core.Inputs;
using LocalCare.Core.ServicePlans;

namespace LocalCare.Core.Tests.ServicePlans;

public sealed class ServicePlanWorkflowTests
{
    private const string Unit = "INT-CC";

    /// <summary>The manager of the unit; "manager" below is a manager who looks after other units only.</summary>
    private const string OwnManager = "manager of the unit";

    /// <summary>Everything the workflow allows; every other role, action and status is refused.</summary>
    private static readonly HashSet<(string Who, ServicePlanAction Action, ServicePlanStatus Status)> Allowed =
    [
        (OwnManager, ServicePlanAction.Edit, ServicePlanStatus.Draft),
        (OwnManager, ServicePlanAction.Edit, ServicePlanStatus.Returned),
        (OwnManager, ServicePlanAction.Submit, ServicePlanStatus.Draft),
        (OwnManager, ServicePlanAction.Submit, ServicePlanStatus.Returned),
        (Roles.Admin, ServicePlanAction.Edit, ServicePlanStatus.Draft),
        (Roles.Admin, ServicePlanAction.Edit, ServicePlanStatus.Returned),
        (Roles.Admin, ServicePlanAction.Submit, ServicePlanStatus.Draft),
        (Roles.Admin, ServicePlanAction.Submit, ServicePlanStatus.Returned),
        (Roles.Executive, ServicePlanAction.Approve, ServicePlanStatus.Submitted),
        (Roles.Executive, ServicePlanAction.Return, ServicePlanStatus.Submitted),
    ];

    public static TheoryData<string, ServicePlanAction, ServicePlanStatus> EveryCase()
    {
        var data = new TheoryData<string, ServicePlanAction, ServicePlanStatus>();
        foreach (var who in Roles.All.Append(OwnManager))
        {
            foreach (var action in Enum.GetValues<ServicePlanAction>())
            {
                foreach (var status in ServicePlanStatuses.All)
                {
                    data.Add(who, action, status);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void Refusal_ForEveryRoleActionAndStatus_AllowsExactlyTheWorkflowTable(string who, ServicePlanAction action, ServicePlanStatus status)
    {
        var refusal = ServicePlanWorkflow.Refusal(User(who), action, status, Unit);

        if (Allowed.Contains((who, action, status)))
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(refusal));
        }
    }

    [Theory]
    [InlineData(Roles.Viewer, ServicePlanAction.Edit, ServicePlanStatus.Draft, "Only a manager who looks after the unit, or an administrator, can change its service plan")]
    [InlineData(Roles.Executive, ServicePlanAction.Submit, ServicePlanStatus.Draft, "Only a manager who looks after the unit, or an administrator, can submit its service plan")]
    [InlineData(Roles.Manager, ServicePlanAction.Edit, ServicePlanStatus.Draft, "You can only change the service plans of units you look after")]
    [InlineData(Roles.Manager, ServicePlanAction.Submit, ServicePlanStatus.Returned, "You can only submit the service plans of units you look after")]
    [InlineData(OwnManager, ServicePlanAction.Edit, ServicePlanStatus.Submitted, "This plan has been submitted: it can only be changed if an executive returns it")]
    [InlineData(OwnManager, ServicePlanAction.Submit, ServicePlanStatus.Submitted, "This plan has already been submitted")]
    [InlineData(Roles.Admin, ServicePlanAction.Edit, ServicePlanStatus.Approved, "This plan has been approved: it can no longer be changed")]
    [InlineData(OwnManager, ServicePlanAction.Approve, ServicePlanStatus.Submitted, "Only an executive can approve a service plan")]
    [InlineData(Roles.Admin, ServicePlanAction.Return, ServicePlanStatus.Submitted, "Only an executive can return a service plan")]
    [InlineData(Roles.Executive, ServicePlanAction.Approve, ServicePlanStatus.Draft, "This plan has not been submitted yet")]
    [InlineData(Roles.Executive, ServicePlanAction.Return, ServicePlanStatus.Returned, "This plan has been returned and has not been submitted again")]
    [InlineData(Roles.Executive, ServicePlanAction.Approve, ServicePlanStatus.Approved, "This plan has already been approved")]
    public void Refusal_SaysWhyInWords(string who, ServicePlanAction action, ServicePlanStatus status, string reason)
    {
        Assert.Equal(reason, ServicePlanWorkflow.Refusal(User(who), action, status, Unit));
    }

    [Fact]
    public void Refusal_ForAUserWithTwoRoles_AllowsWhatEitherRoleMay()
    {
        var both = new ServicePlanUser("both", [Roles.Viewer, Roles.Executive], new HashSet<string>());

        Assert.True(ServicePlanWorkflow.Allows(both, ServicePlanAction.Approve, ServicePlanStatus.Submitted, Unit));
        Assert.False(ServicePlanWorkflow.Allows(both, ServicePlanAction.Edit, ServicePlanStatus.Draft, Unit));
    }

    [Theory]
    [InlineData(ServicePlanAction.Approve, Roles.Admin, "approve")]
    [InlineData(ServicePlanAction.Return, Roles.Admin, "return")]
    [InlineData(ServicePlanAction.Approve, Roles.Manager, "approve")]
    [InlineData(ServicePlanAction.Return, Roles.Manager, "return")]
    public void Refusal_OfAnExecutiveWhoSubmittedThePlan_IsThatAnotherExecutiveMustDecide(ServicePlanAction action, string writerRole, string verb)
    {
        // An executive who is also the unit's manager, or an administrator, may write and submit a plan; they may not decide on it.
        var both = new ServicePlanUser("Sam.Both", [Roles.Executive, writerRole], new HashSet<string> { Unit });

        Assert.True(ServicePlanWorkflow.Allows(both, ServicePlanAction.Submit, ServicePlanStatus.Draft, Unit));
        Assert.Equal(
            $"You submitted this plan, so you cannot {verb} it: another executive must decide on it",
            ServicePlanWorkflow.Refusal(both, action, ServicePlanStatus.Submitted, Unit, submittedBy: "sam.both"));
        Assert.True(ServicePlanWorkflow.Allows(both, action, ServicePlanStatus.Submitted, Unit, submittedBy: "manager"));
        Assert.True(ServicePlanWorkflow.Allows(User(Roles.Executive), action, ServicePlanStatus.Submitted, Unit, submittedBy: "sam.both"));
    }

    [Fact]
    public void Refusal_OfAnExecutiveWhoSubmitted_StillSaysFirstWhenThePlanIsNotSubmitted() =>
        Assert.Equal(
            "This plan has already been approved",
            ServicePlanWorkflow.Refusal(new ServicePlanUser("sam", [Roles.Executive, Roles.Admin], new HashSet<string>()), ServicePlanAction.Approve, ServicePlanStatus.Approved, Unit, "sam"));

    [Theory]
    [InlineData(ServicePlanAction.Edit, ServicePlanStatus.Returned, ServicePlanStatus.Returned)]
    [InlineData(ServicePlanAction.Edit, ServicePlanStatus.Draft, ServicePlanStatus.Draft)]
    [InlineData(ServicePlanAction.Submit, ServicePlanStatus.Returned, ServicePlanStatus.Submitted)]
    [InlineData(ServicePlanAction.Approve, ServicePlanStatus.Submitted, ServicePlanStatus.Approved)]
    [InlineData(ServicePlanAction.Return, ServicePlanStatus.Submitted, ServicePlanStatus.Returned)]
    public void After_GivesTheStatusAnActionLeads(ServicePlanAction action, ServicePlanStatus from, ServicePlanStatus to)
    {
        Assert.Equal(to, ServicePlanWorkflow.After(action, from));
    }

    [Fact]
    public void SubmitProblems_WithAMissingSection_NamesEachMissingRequiredSectionInOrder()
    {
        var template = ServicePlanTemplates.For2024();
        var texts = template.Sections.ToDictionary(s => s.Key, s => (string?)"Written");
        texts["priorities"] = " ";
        texts["workforce-edi"] = null;
        texts["case-studies"] = null;

        var problems = ServicePlanWorkflow.SubmitProblems(template, key => texts.GetValueOrDefault(key));

        Assert.Equal(
            [new("priorities", "Enter the priorities for this year"), new FieldProblem("workforce-edi", "Enter the workforce plan for equality, diversity and inclusion")],
            problems);
    }

    [Fact]
    public void SubmitProblems_WithEveryRequiredSection_HasNone_CaseStudiesBeingOptional()
    {
        var template = ServicePlanTemplates.For2024();

        Assert.Empty(ServicePlanWorkflow.SubmitProblems(template, key => key == "case-studies" ? null : "Written"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void ReturnProblems_WithoutAComment_AsksForOne(string? comment)
    {
        Assert.Equal([new FieldProblem("comment", "Enter what needs to change before the plan can be approved")], ServicePlanWorkflow.ReturnProblems(comment));
    }

    [Fact]
    public void ReturnProblems_WithACommentTooLong_SaysHowLongItMayBe()
    {
        Assert.Empty(ServicePlanWorkflow.ReturnProblems(new string('x', 4000)));
        Assert.Equal([new FieldProblem("comment", "Comments must be 4,000 characters or fewer")], ServicePlanWorkflow.ReturnProblems(new string('x', 4001)));
    }

    private static ServicePlanUser User(string who) => who == OwnManager
        ? new ServicePlanUser("manager", [Roles.Manager], new HashSet<string> { "NORTH", Unit })
        : new ServicePlanUser(who, [who], who == Roles.Manager ? new HashSet<string> { "SOUTH", "INT-WYTH" } : new HashSet<string>());
}
