using LocalCare.Warehouse.Quality;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Data;

/// <summary>The data page: how good the imported data is, and what each import did.</summary>
public sealed class IndexModel(DataQueries data) : PageModel
{
    public DataQualityReport? Quality { get; private set; }

    public IReadOnlyList<ImportRun> Imports { get; private set; } = [];

    /// <summary>The <c>localcare</c> CLI is importing, so the warehouse cannot be read just now.</summary>
    public bool Busy { get; private set; }

    public bool NothingImported => !Busy && Imports.Count == 0 && Quality is { Services.Count: 0 };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Quality = await data.QualityAsync(cancellationToken);
            Imports = await data.ImportsAsync(cancellationToken);
        }
        catch (WarehouseBusyException)
        {
            Busy = true;
        }
    }
}
