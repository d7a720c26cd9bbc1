using LocalCare.Core.Organisation;
using LocalCare.Data.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace LocalCare.Cli.Imports;

/// <summary>A file LocalCare can import, known by its name (data-contract.md), and how to import it.</summary>
/// <param name="Name">The file name, matched case-insensitively.</param>
/// <param name="ImportAsync">Imports the file at the given path with the invocation's services; throws <c>InvalidInputException</c> for bad content.</param>
public sealed record ImportFile(string Name, Func<IServiceProvider, string, CancellationToken, Task<ImportOutcome>> ImportAsync);

/// <summary>What importing one file did: the line to print and any warnings.</summary>
public sealed record ImportOutcome(string Summary, IReadOnlyList<string> Warnings);

/// <summary>The import files LocalCare knows, in the order they are imported: organisation.csv first, because the other files' codes are checked against it.</summary>
public static class ImportFiles
{
    private static readonly ImportFile[] Known =
    [
        new(OrganisationFile.DefaultName, ImportOrganisationAsync),
    ];

    public static IReadOnlyList<ImportFile> All => Known;

    /// <summary>The known names, for messages: <c>organisation.csv, ...</c>.</summary>
    public static string Names => string.Join(", ", Known.Select(f => f.Name));

    public static ImportFile? Find(string fileName) =>
        Known.FirstOrDefault(f => string.Equals(f.Name, fileName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Position in <see cref="All"/>: the import order.</summary>
    public static int OrderOf(ImportFile file) => Array.IndexOf(Known, file);

    private static async Task<ImportOutcome> ImportOrganisationAsync(IServiceProvider services, string path, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<OrganisationImport>().FromFileAsync(path, cancellationToken);
        return new ImportOutcome(result.ToString(), result.Warnings);
    }
}
