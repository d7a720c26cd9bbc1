using System.CommandLine;
using System.Text.Json;
using LocalCare.Core.Boards;
using LocalCare.Data.Metrics;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace LocalCare.Cli.Commands;

/// <summary><c>localcare boards [--format table|json]</c>: the boards, their cadence and the metrics each monitors (board-packs.md).</summary>
public static class BoardsCommand
{
    public static Command Create(CliContext cli)
    {
        var format = new Option<string>("--format") { Description = "table (for people) or json (board-packs.md's shape)", HelpName = "FORMAT", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");

        var command = new Command("boards", "List the boards, their cadence and the metrics each monitors.") { format };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var session = cli.Open(parseResult, createDataDirectory: false);
            await session.RequireInitialisedAsync(cancellationToken);
            var boards = await session.Db.Boards.AsNoTracking().OrderBy(b => b.Order).ToListAsync(cancellationToken);
            var metrics = await session.Db.Metrics.AsNoTracking().ToListAsync(cancellationToken);
            var order = MetricOrder.Of(metrics);
            var listed = boards.Select(b => new BoardListing(b, [.. metrics.Where(m => m.BoardCode == b.Code).OrderBy(m => order[m.Id]).Select(m => m.Id)])).ToList();
            if (parseResult.GetValue(format) == "json")
            {
                cli.Say(Json(listed));
            }
            else
            {
                Table(cli, listed);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>board-packs.md's shape: <c>[{"code", "name", "cadence", "metrics": [ids]}]</c>.</summary>
    public static string Json(IEnumerable<BoardListing> boards) =>
        JsonSerializer.Serialize(boards.Select(b => new { code = b.Board.Code, name = b.Board.Name, cadence = b.Board.Cadence.ToCode(), metrics = b.MetricIds }));

    private static void Table(CliContext cli, IReadOnlyList<BoardListing> boards)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Code").AddColumn("Board").AddColumn("Cadence").AddColumn(new TableColumn("Metrics").RightAligned()).AddColumn("Monitors");
        foreach (var (board, ids) in boards)
        {
            table.AddRow(Markup.Escape(board.Code), Markup.Escape(board.Name), board.Cadence.ToCode(), ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", ids)));
        }

        cli.Console.Write(table);
    }
}

/// <summary>A board and the ids of the metrics it monitors, in the metrics' order.</summary>
public sealed record BoardListing(Board Board, IReadOnlyList<string> MetricIds);
