using LocalCare.Core.Inputs;

namespace LocalCare.Data.Commissioning.Audits;

/// <summary>What a quality-audit edit did: saved (with the code of the audit or action saved), found problems, found nothing to edit, or was not allowed.</summary>
public sealed record AuditEditResult(AuditEditOutcome Outcome, string? Code, IReadOnlyList<FieldProblem> Problems)
{
    public static AuditEditResult Saved(string code) => new(AuditEditOutcome.Saved, code, []);

    public static AuditEditResult Invalid(IReadOnlyList<FieldProblem> problems) => new(AuditEditOutcome.Invalid, null, problems);

    public static AuditEditResult NotFound(string field, string what) => new(AuditEditOutcome.NotFound, null, [new FieldProblem(field, what)]);

    public static AuditEditResult Forbidden { get; } =
        new(AuditEditOutcome.Forbidden, null, [new FieldProblem("roles", Core.Commissioning.Audits.CommissioningPermissions.EditRefusal)]);
}

/// <summary>The four ways a quality-audit edit ends.</summary>
public enum AuditEditOutcome
{
    Saved,

    /// <summary>Something typed is missing or wrong, or the audit may not be completed yet; nothing was stored.</summary>
    Invalid,

    /// <summary>There is no such audit or action.</summary>
    NotFound,

    /// <summary>The user's roles do not let them change commissioning data (<see cref="Core.Commissioning.Audits.CommissioningPermissions.CanEdit"/>).</summary>
    Forbidden,
}
