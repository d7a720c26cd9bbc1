using LocalCare.Core.Risks;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Risks;

/// <summary>Reads the risk register: every risk with its links, actions and score history, one risk, and the codes risks may link to.</summary>
public sealed class RiskRegister(LocalCareDbContext db)
{
    /// <summary>Every risk, by code, with links, actions and history (history in the order recorded).</summary>
    public async Task<IReadOnlyList<Risk>> AllAsync(CancellationToken cancellationToken)
    {
        var risks = await db.Risks.AsNoTracking().Include(r => r.Links).Include(r => r.Actions).Include(r => r.History).AsSplitQuery().ToListAsync(cancellationToken);
        foreach (var risk in risks)
        {
            Order(risk);
        }

        return [.. risks.OrderBy(r => r.Code, StringComparer.Ordinal)];
    }

    public async Task<Risk?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var risk = await db.Risks.AsNoTracking().Include(r => r.Links).Include(r => r.Actions).Include(r => r.History).AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (risk is not null)
        {
            Order(risk);
        }

        return risk;
    }

    /// <summary>The codes that exist of each kind a risk can link to: every priority and deliverable of any year, every metric, every board.</summary>
    public async Task<IReadOnlyDictionary<RiskLinkKind, IReadOnlySet<string>>> KnownLinksAsync(CancellationToken cancellationToken) =>
        new Dictionary<RiskLinkKind, IReadOnlySet<string>>
        {
            [RiskLinkKind.Priority] = (await db.Priorities.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            [RiskLinkKind.Deliverable] = (await db.Deliverables.Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            [RiskLinkKind.Metric] = (await db.Metrics.Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            [RiskLinkKind.Board] = (await db.Boards.Select(b => b.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
        };

    /// <summary>The risks linked to a board.</summary>
    public async Task<IReadOnlyList<Risk>> OfBoardAsync(string boardCode, CancellationToken cancellationToken)
    {
        var codes = await db.RiskLinks.Where(l => l.Kind == RiskLinkKind.Board && l.Target == boardCode).Select(l => l.RiskCode).ToListAsync(cancellationToken);
        return [.. (await AllAsync(cancellationToken)).Where(r => codes.Contains(r.Code))];
    }

    private static void Order(Risk risk)
    {
        risk.History = [.. risk.History.OrderBy(p => p.On).ThenBy(p => p.Number)];
        risk.Actions = [.. risk.Actions.OrderBy(a => a.Number)];
    }
}
