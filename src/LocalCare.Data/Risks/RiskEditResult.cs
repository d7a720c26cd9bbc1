using LocalCare.Core.Inputs;
using LocalCare.Core.Risks;

namespace LocalCare.Data.Risks;

/// <summary>What a risk edit did: saved (with the risk's code), found problems, found no such risk, or was not allowed.</summary>
public sealed record RiskEditResult(RiskEditOutcome Outcome, string? Code, IReadOnlyList<FieldProblem> Problems)
{
    public static RiskEditResult Saved(string code) => new(RiskEditOutcome.Saved, code, []);

    public static RiskEditResult Invalid(IReadOnlyList<FieldProblem> problems) => new(RiskEditOutcome.Invalid, null, problems);

    public static RiskEditResult NotFound(string code) => new(RiskEditOutcome.NotFound, null, [new FieldProblem("code", $"There is no risk {code}")]);

    public static RiskEditResult Forbidden { get; } = new(RiskEditOutcome.Forbidden, null, [new FieldProblem("roles", RiskPermissions.EditRefusal)]);
}

/// <summary>The four ways a risk edit ends.</summary>
public enum RiskEditOutcome
{
    Saved,

    /// <summary>Something typed is missing or wrong; nothing was stored.</summary>
    Invalid,

    NotFound,

    /// <summary>The user may not make this change (<see cref="RiskPermissions"/>).</summary>
    Forbidden,
}
