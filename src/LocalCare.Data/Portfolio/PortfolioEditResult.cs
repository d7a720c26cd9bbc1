using LocalCare.Core.Inputs;
using LocalCare.Core.Portfolio;

namespace LocalCare.Data.Portfolio;

/// <summary>What a portfolio edit did: saved (with the code of what was saved), refused with its problems, or found nothing to edit.</summary>
public sealed record PortfolioEditResult(PortfolioEditOutcome Outcome, IReadOnlyList<FieldProblem> Problems, string? Code)
{
    public static PortfolioEditResult Saved(string code) => new(PortfolioEditOutcome.Saved, [], code);

    public static PortfolioEditResult Invalid(IReadOnlyList<FieldProblem> problems) => new(PortfolioEditOutcome.Invalid, problems, null);

    public static PortfolioEditResult NotFound(string what) => new(PortfolioEditOutcome.NotFound, [new FieldProblem("code", what)], null);
}

/// <summary>The three ways a portfolio edit ends.</summary>
public enum PortfolioEditOutcome
{
    Saved,
    Invalid,
    NotFound,
}
