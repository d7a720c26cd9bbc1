using LocalCare.Core.Boards;
using LocalCare.Core.Exports;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Data.Exports;

/// <summary><c>dim_board</c>: the boards LocalCare reports to, and what each receives.</summary>
public sealed class BoardDimension : ExportTableSource
{
    public override string Name => "dim_board";

    public override string Grain => "One row per board.";

    public override IReadOnlyList<ExportColumn> Columns { get; } =
    [
        Text("board_code", "The board's code, e.g. HPB."),
        Text("board_name", "The board's name."),
        Text("cadence", "How often it meets: monthly, bimonthly or quarterly."),
        Text("purpose", "What the board is for."),
        Boolean("receives_plan_progress", "Its packs carry the operating plan's progress."),
        Boolean("receives_waiting_lists", "Its packs carry the waiting lists."),
        Integer("sort_order", "The boards' order in LocalCare."),
    ];

    protected override async Task FillAsync(ExportTable table, ExportSources sources, CancellationToken cancellationToken)
    {
        foreach (var board in await sources.Db.Boards.AsNoTracking().OrderBy(b => b.Order).ToListAsync(cancellationToken))
        {
            table.Add(board.Code, board.Name, board.Cadence.ToCode(), board.Purpose, board.ReceivesPlanProgress, board.ReceivesWaitingLists, board.Order);
        }
    }
}
