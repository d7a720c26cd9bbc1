using LocalCare.Core.Commissioning.Audits;
using LocalCare.Core.Commissioning.Concerns;
using LocalCare.Core.Inputs;
using LocalCare.Core.Time;
using LocalCare.Data.Commissioning.Audits;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Commissioning.Concerns;

/// <summary>
/// Records concerns about providers in the app (codes <c>APP-K-0001</c>, …): the user's roles are checked first
/// (<see cref="CommissioningPermissions.CanEdit"/>), then what was typed; saved in one go or not at all. The audit trail
/// records it under the provider's subject, as it does for imported concerns. "Today" is the UK date of <paramref name="clock"/>.
/// </summary>
public sealed class ConcernEditor(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>What a refused change says.</summary>
    public const string Refusal = "Only a commissioner or an administrator can record concerns about providers";

    public static AuditEditResult Forbidden { get; } = new(AuditEditOutcome.Forbidden, null, [new FieldProblem("roles", Refusal)]);

    public DateOnly Today => UkTime.Today(clock);

    /// <summary>Records a concern about the provider with code <paramref name="providerCode"/> (exact).</summary>
    public async Task<AuditEditResult> RecordAsync(string providerCode, NewConcern concern, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        if (!CommissioningPermissions.CanEdit(roles))
        {
            return Forbidden;
        }

        if (!await db.Providers.AsNoTracking().AnyAsync(p => p.Code == providerCode, cancellationToken))
        {
            return AuditEditResult.NotFound("provider", $"There is no provider with code {providerCode}");
        }

        if (concern.Problems(Today) is { Count: > 0 } problems)
        {
            return AuditEditResult.Invalid(problems);
        }

        var code = await NextCodeSave.SaveAsync(
            db,
            async () => NewConcern.NextCode(await db.Concerns.Where(c => c.Code.StartsWith(NewConcern.CodePrefix)).Select(c => c.Code).ToListAsync(cancellationToken)),
            next => db.Concerns.Add(concern.ToConcern(next, providerCode)).Entity,
            cancellationToken);
        return AuditEditResult.Saved(code);
    }
}
