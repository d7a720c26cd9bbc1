using LocalCare.Core.Generation;

namespace LocalCare.Core.Boards.Packs;

/// <summary>The data-quality mark's rules (board-packs.md): how timely and complete the sources are, and how recent the definition's review.</summary>
public static class DataQualityRules
{
    /// <summary>Complete is green below this share of problem rows.</summary>
    public const double CompleteGreenBelow = 0.02;

    /// <summary>Complete is amber below this share, red at or above it.</summary>
    public const double CompleteAmberBelow = 0.05;

    /// <summary>Audited is green while the definition was reviewed within this many months of the reporting month's end.</summary>
    public const int AuditedWithinMonths = 12;

    /// <summary>Green when every source has data to the reporting month, amber when the furthest behind is one month behind, red for more (or no data).</summary>
    public static Rag Timely(YearMonth reportingMonth, IReadOnlyList<YearMonth?> latestMonths)
    {
        if (latestMonths.Count == 0 || latestMonths.Any(m => m is null))
        {
            return Rag.Red;
        }

        var behind = reportingMonth.Index - latestMonths.Min(m => m!.Value.Index);
        return behind <= 0 ? Rag.Green : behind == 1 ? Rag.Amber : Rag.Red;
    }

    /// <summary>The share of the month's source rows rejected, with an unknown code or missing linkage: green under 2%, amber under 5%, red otherwise.</summary>
    /// <remarks>A month with no source rows is red: the figures rest on nothing.</remarks>
    public static Rag Complete(long rows, long problemRows)
    {
        if (rows <= 0)
        {
            return Rag.Red;
        }

        var share = (double)problemRows / rows;
        return share < CompleteGreenBelow ? Rag.Green : share < CompleteAmberBelow ? Rag.Amber : Rag.Red;
    }

    /// <summary>Green when the data owner signed the reporting month off, red otherwise (no amber: it is signed or it is not).</summary>
    public static Rag Validated(bool signedOff) => signedOff ? Rag.Green : Rag.Red;

    /// <summary>Green when the definition was reviewed within 12 months before the end of the reporting month, red when longer ago or never.</summary>
    public static Rag Audited(YearMonth reportingMonth, DateOnly? reviewedOn) =>
        reviewedOn is { } reviewed && reviewed <= reportingMonth.LastDay && reviewed > reportingMonth.LastDay.AddMonths(-AuditedWithinMonths)
            ? Rag.Green
            : Rag.Red;

    /// <summary>The lower-case code of a part's colour, for JSON and CSS.</summary>
    public static string ToCode(this Rag rag) => rag switch
    {
        Rag.Green => "green",
        Rag.Amber => "amber",
        _ => "red",
    };

    /// <summary>The word shown beside the colour, so colour is never the only cue.</summary>
    public static string ToLabel(this Rag rag) => rag switch
    {
        Rag.Green => "Green",
        Rag.Amber => "Amber",
        _ => "Red",
    };
}
