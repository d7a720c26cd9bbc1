using LocalCare.Core.Exports;
using LocalCare.Core.Risks;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>bridge_risk_link</c>: what each risk is linked to (priorities, deliverables, metrics, boards), and for boards whether it is above the board's appetite.</summary>
public sealed class RiskLinkBridge : ExportTableSource
{
    public override string Name => "bridge_risk_link";

    public override string Grain => "One row per risk and the priority, deliverable, metric or board it is linked to.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("risk_code", "The risk (dim_risk)."),
        Text("kind", "priority, deliverable, metric or board."),
        Text("target", "The priority or deliverable code, the metric id (dim_metric) or the board code (dim_board)."),
        Integer("board_risk_appetite", "For a board: the board's risk appetite score; empty for other kinds."),
        Boolean("above_appetite", "For a board: true when the risk's current score is above the board's appetite (it then appears in the board's pack); empty for other kinds."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        var scores = (await sources.Db.Risks.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(r => r.Code, r => r.Current.Score, StringComparer.Ordinal);
        var appetites = await sources.Db.Boards.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.RiskAppetite, cancellationToken);
        var links = await sources.Db.RiskLinks.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var l in links.OrderBy(l => l.RiskCode, StringComparer.Ordinal).ThenBy(l => l.Kind).ThenBy(l => l.Target, StringComparer.Ordinal))
        {
            int? appetite = l.Kind == RiskLinkKind.Board && appetites.TryGetValue(l.Target, out var a) ? a : null;
            bool? above = appetite is { } limit && scores.TryGetValue(l.RiskCode, out var score) ? score > limit : null;
            table.Add(l.RiskCode, l.Kind.ToString().ToLowerInvariant(), l.Target, appetite, above);
        }
    }
}
