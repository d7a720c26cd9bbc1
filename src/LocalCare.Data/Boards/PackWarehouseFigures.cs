using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;
using LocalCare.Core.WaitingLists;
using LocalCare.Warehouse;
using LocalCare.Warehouse.Quality;
using LocalCare.Warehouse.WaitingLists;

namespace LocalCare.Data.Boards;

/// <summary>What a pack reads from the warehouse: each source table's record for the reporting month, and the waiting lists when the board receives them.</summary>
public sealed record PackWarehouseFigures(IReadOnlyDictionary<string, SourceMonth> Sources, WaitingListInput? WaitingLists)
{
    /// <summary>Months of waiting-list history a pack's trend shows, ending at the census month.</summary>
    public const int WaitingHistoryMonths = 13;

    /// <summary>Reads the figures in one go (the web app runs this inside its warehouse turn).</summary>
    public static PackWarehouseFigures Read(WarehouseDatabase warehouse, YearMonth month, bool waitingLists, OrganisationTree organisation)
    {
        var sources = SourceQuality.Read(warehouse, month);
        if (!waitingLists)
        {
            return new PackWarehouseFigures(sources, null);
        }

        // One pass over the referrals for the whole trend; its last month is the census itself (the same snapshots as
        // WaitingCensusQuery + WaitingCensusByUnit give for that month alone, as the waiting-list benchmark checks).
        var range = new MonthRange(month.AddMonths(1 - WaitingHistoryMonths), month);
        var history = WaitingCensusHistory.Of(range, WaitingSpansQuery.Read(warehouse, range), organisation);
        return new PackWarehouseFigures(sources, new WaitingListInput(month, history.Single(m => m.Month == month).Units, history));
    }
}

/// <summary>Runs a warehouse read in the caller's way: the web app takes a reader's turn at the file, the CLI reads directly.</summary>
public delegate Task<PackWarehouseFigures> PackWarehouseTurn(Func<PackWarehouseFigures> read);
