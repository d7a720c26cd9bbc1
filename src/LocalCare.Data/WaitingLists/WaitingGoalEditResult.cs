using LocalCare.Core.Inputs;

namespace LocalCare.Data.WaitingLists;

/// <summary>What a waiting-goal edit did: saved (with the goal's id), refused with its problems, or found no such deliverable or goal.</summary>
public sealed record WaitingGoalEditResult(WaitingGoalEditOutcome Outcome, IReadOnlyList<FieldProblem> Problems, int? Id)
{
    public static WaitingGoalEditResult Saved(int id) => new(WaitingGoalEditOutcome.Saved, [], id);

    public static WaitingGoalEditResult Invalid(IReadOnlyList<FieldProblem> problems) => new(WaitingGoalEditOutcome.Invalid, problems, null);

    public static WaitingGoalEditResult NotFound(string what) => new(WaitingGoalEditOutcome.NotFound, [new FieldProblem("id", what)], null);
}

/// <summary>The three ways a waiting-goal edit ends.</summary>
public enum WaitingGoalEditOutcome
{
    Saved,
    Invalid,
    NotFound,
}
