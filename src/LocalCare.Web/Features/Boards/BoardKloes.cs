using LocalCare.Core.Boards;
using LocalCare.Core.Inputs;
using LocalCare.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Boards;

/// <summary>
/// Which board monitors a key line of enquiry, as an administrator changes it (docs/board-packs.md "Board configuration"): a KLOE
/// is monitored by one board, so moving it to a board takes it from the one that had it; its theme then groups the new board's icon table.
/// </summary>
public sealed class BoardKloes(LocalCareDbContext db)
{
    /// <summary>The field the board page's form and the API's problems name.</summary>
    public const string Field = "kloe-code";

    /// <summary>
    /// Makes <paramref name="boardCode"/> monitor the KLOE <paramref name="kloeCode"/>; null when there is no such board. A code that
    /// names no KLOE, or one the board monitors already, is a problem when <paramref name="refuseUnchanged"/> (the page's form,
    /// which offers only other boards' KLOEs); the API's PUT takes it as done.
    /// </summary>
    public async Task<KloeMoveResult?> MoveAsync(string boardCode, string? kloeCode, bool refuseUnchanged, CancellationToken cancellationToken)
    {
        if (!await db.Boards.AnyAsync(b => b.Code == boardCode, cancellationToken))
        {
            return null;
        }

        var kloe = string.IsNullOrWhiteSpace(kloeCode) ? null : await db.Kloes.SingleOrDefaultAsync(k => k.Code == kloeCode.Trim(), cancellationToken);
        if (kloe is null)
        {
            return new KloeMoveResult(null, null, [new FieldProblem(Field, string.IsNullOrWhiteSpace(kloeCode)
                ? "Select a key line of enquiry another board monitors"
                : $"There is no key line of enquiry '{kloeCode.Trim()}'")]);
        }

        var from = kloe.BoardCode;
        if (from == boardCode)
        {
            return refuseUnchanged
                ? new KloeMoveResult(kloe, from, [new FieldProblem(Field, $"{boardCode} already monitors {kloe.Theme} ({kloe.Code})")])
                : new KloeMoveResult(kloe, from, []);
        }

        kloe.BoardCode = boardCode;
        await db.SaveChangesAsync(cancellationToken); // the audit interceptor records the change in the plan year's history
        return new KloeMoveResult(kloe, from, []);
    }

    /// <summary>The KLOEs of a plan year that other boards monitor (those a board may take), in the plan's order.</summary>
    public async Task<IReadOnlyList<Kloe>> OthersAsync(string boardCode, string? planYear, CancellationToken cancellationToken)
    {
        if (planYear is null || !Core.Plans.PlanYear.TryParse(planYear, out var year))
        {
            return [];
        }

        return await db.Kloes.AsNoTracking().Where(k => k.PlanYear == year && k.BoardCode != boardCode).OrderBy(k => k.Order).ToListAsync(cancellationToken);
    }
}

/// <summary>What moving a KLOE did: the KLOE and the board that monitored it before, or the problems that stopped it.</summary>
public sealed record KloeMoveResult(Kloe? Kloe, string? From, IReadOnlyList<FieldProblem> Problems);
