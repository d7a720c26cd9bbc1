namespace LocalCare.Data.Caching;

/// <summary>
/// The one-row stamp of the app's data: a new random value whenever anything pages compute from is saved (any EF save but
/// sign-in and audit bookkeeping, stored metric values, every import run). Caches of computed pages are keyed by it, so they
/// last until the data changes — whichever process (web app or command line) changed it.
/// </summary>
public sealed class DataGeneration
{
    /// <summary>The only row's key.</summary>
    public const int RowId = 1;

    public int Id { get; set; } = RowId;

    public long Stamp { get; set; }
}
