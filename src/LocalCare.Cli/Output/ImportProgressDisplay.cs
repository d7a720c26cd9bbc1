using LocalCare.Warehouse.Imports;
using Spectre.Console;

namespace LocalCare.Cli.Output;

/// <summary>Shows which file an import is checking or storing: a live status line on a terminal, nothing when output is captured.</summary>
public static class ImportProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<ImportProgress>?, Task<T>> run)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await run(null);
        }

        return await console.Status().Spinner(Spinner.Known.Dots).StartAsync("Reading files...", async status =>
            await run(new Progress<ImportProgress>(p => status.Status($"{Capitalised(p.Stage)} {Markup.Escape(p.File)}..."))));
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
