using LocalCare.Data.Exports;

namespace LocalCare.Data.Tests.Exports;

/// <summary>docs/exports.md documents every table and column the export writes, so the schema and its page cannot drift apart.</summary>
public sealed class ExportDocumentationTests
{
    [Fact]
    public void EveryTableAndColumn_IsDocumented_WithItsType()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LocalCare.slnx")))
        {
            directory = directory.Parent;
        }

        var page = File.ReadAllText(Path.Combine(directory!.FullName, "docs", "exports.md"));

        Assert.Equal(ExportTables.All.Count, ExportTables.All.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var table in ExportTables.All)
        {
            var section = page.IndexOf($"### `{table.Name}`", StringComparison.Ordinal);
            Assert.True(section >= 0, $"docs/exports.md has no section for {table.Name}");
            var end = page.IndexOf("\n### ", section + 1, StringComparison.Ordinal);
            var text = end < 0 ? page[section..] : page[section..end];
            foreach (var column in table.Columns)
            {
                Assert.True(text.Contains($"| `{column.Name}` | {Core.Exports.ExportTypes.ToCode(column.Type)} |", StringComparison.Ordinal), $"docs/exports.md, {table.Name}: column {column.Name} ({column.Type}) is missing");
            }
        }
    }
}
