using System.Diagnostics;
using System.Text;
using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Generation;
using LocalCare.Reports.Packs;
using LocalCare.Testing;

namespace LocalCare.Reports.Tests.Packs;

public sealed class PackPdfPrinterTests
{
    [Fact]
    public async Task PrintAsync_PrintsTheDocumentAsAnA4PdfWithPageNumbers()
    {
        var chromium = Chromium.Require();
        var pack = SamplePack.Build();
        await using var printer = new PackPdfPrinter(chromium);

        var pdf = await printer.PrintAsync(PackHtml.RenderDocument(pack), pack.Title, TestContext.Current.CancellationToken);

        Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4));
        if (await PdfText(pdf) is not { } text)
        {
            TestContext.Current.SendDiagnosticMessage("pdftotext (poppler-utils) is not installed: the PDF's text is not checked.");
            return;
        }

        var flat = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        Assert.All(pack.Metrics, m => Assert.Contains(m.Metric.Name, flat, StringComparison.Ordinal));
        Assert.Contains("Page 1 of", flat, StringComparison.Ordinal);
        Assert.Contains(pack.Title, flat, StringComparison.Ordinal);

        // Each exception starts its own page: one "Why this page" per page, on as many pages as there are exceptions.
        var pages = text.Split('\f');
        var exceptionPages = pages.Where(p => p.Contains("Why this page", StringComparison.Ordinal)).ToList();
        Assert.Equal(pack.Exceptions.Count, exceptionPages.Count);
        Assert.All(exceptionPages, p => Assert.Single(p.Split("Why this page").Skip(1)));

        // One exception per page: without a long narrative, its chart, breakdown and last line fit the page it starts on.
        Assert.All(exceptionPages, p => Assert.Contains("Accountable person", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrintAsync_WithANarrativeOnEveryException_PrintsEachWithItsException_EachExceptionStartingItsOwnPage()
    {
        var chromium = Chromium.Require();
        var input = SamplePack.Input();
        var exceptions = SamplePack.Build().Exceptions.Select(m => m.Id).ToList();
        var pack = BoardPackBuilder.Build(input with
        {
            Metrics = [.. input.Metrics.Select(m => exceptions.Contains(m.Metric.Id) ? m with { Narrative = NarrativeFor(exceptions.IndexOf(m.Metric.Id) + 1) } : m)],
        });
        Assert.True(pack.Exceptions.Count >= 3, "the sample has several exceptions (concern, consistent fail, flagged)");
        Assert.Empty(pack.MissingNarrative);
        await using var printer = new PackPdfPrinter(chromium);

        var pdf = await printer.PrintAsync(PackHtml.RenderDocument(pack), pack.Title, TestContext.Current.CancellationToken);

        var text = await PdfText(pdf);
        Assert.True(text is not null, "pdftotext (poppler-utils) is required to read the PDF's text");
        var pages = text.Split('\f').Select(Flat).ToList();
        var starts = pages.Select((p, i) => (Page: p, Index: i)).Where(p => p.Page.Contains("Why this page", StringComparison.Ordinal)).Select(p => p.Index).ToList();
        Assert.Equal(pack.Exceptions.Count, starts.Count);
        Assert.All(starts, i => Assert.Single(pages[i].Split("Why this page").Skip(1)));
        foreach (var (metric, n) in pack.Exceptions.Select((m, i) => (m, i + 1)))
        {
            // An exception's pages run from its first to the page before the next exception's (a long one runs on to a second
            // page, the last one to the page after it): they hold its whole narrative and no other exception's.
            var first = starts[n - 1];
            var last = n < starts.Count ? starts[n] - 1 : first + 1;
            var own = string.Join(' ', pages[first..(last + 1)]);
            Assert.Contains($"{metric.Metric.Name} Why this page", pages[first], StringComparison.Ordinal);
            string[] parts =
            [
                "What the chart tells us", $"Chart reading {n} for the board.", "Root causes", $"Root cause {n} named.",
                $"Recovery action {n} agreed", $"Action owner {n}", "31 Jan 2025", "Mitigations and risks", $"Mitigation {n} in place.",
                "Expected recovery", "March 2025", $"Accountable person: Accountable lead {n}",
            ];
            Assert.All(parts, part => Assert.Contains(part, own, StringComparison.Ordinal));
            Assert.All(Enumerable.Range(1, pack.Exceptions.Count).Where(other => other != n), other =>
                Assert.DoesNotContain($"Chart reading {other} ", own, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task PrintAsync_SharesOneBrowserBetweenConcurrentCalls()
    {
        var chromium = Chromium.Require();
        await using var printer = new PackPdfPrinter(chromium);

        var pdfs = await Task.WhenAll(Enumerable.Range(1, 3).Select(i =>
            printer.PrintAsync($"<!DOCTYPE html><html><body><p>Pack {i}</p></body></html>", $"Board {i}", TestContext.Current.CancellationToken)));

        Assert.All(pdfs, pdf => Assert.Equal("%PDF", Encoding.ASCII.GetString(pdf, 0, 4)));
    }

    [Fact]
    public async Task PrintAsync_WithoutChromium_SaysWhereItLookedAndWhichVariableToSet()
    {
        const string bogus = "/nonexistent/chromium-for-localcare";
        await using var printer = new PackPdfPrinter(bogus);

        var error = await Assert.ThrowsAsync<PackPdfException>(() => printer.PrintAsync("<p>x</p>", "Title", TestContext.Current.CancellationToken));

        Assert.Contains(bogus, error.Message, StringComparison.Ordinal);
        Assert.Contains(PackPdfPrinter.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintAsync_WhenTheExecutableIsNotChromium_ThrowsPackPdfException()
    {
        await using var printer = new PackPdfPrinter("/bin/false");

        var error = await Assert.ThrowsAsync<PackPdfException>(() => printer.PrintAsync("<p>x</p>", "Title", TestContext.Current.CancellationToken));

        Assert.Contains("/bin/false", error.Message, StringComparison.Ordinal);
        Assert.Contains(PackPdfPrinter.EnvironmentVariable, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A full narrative whose every part names exception <paramref name="n"/>, so a page's text says whose narrative it shows.</summary>
    private static ExceptionNarrative NarrativeFor(int n) =>
        new($"Chart reading {n} for the board.", $"Root cause {n} named.", [new NarrativeAction($"Recovery action {n} agreed", $"Action owner {n}", new DateOnly(2025, 1, 31))],
            $"Mitigation {n} in place.", new YearMonth(2025, 3), $"Accountable lead {n}");

    /// <summary>A page's words, one space apart (pdftotext's layout breaks lines and pads columns).</summary>
    private static string Flat(string page) => string.Join(' ', page.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The PDF's text by poppler's pdftotext; null when it is not installed.</summary>
    private static async Task<string?> PdfText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"localcare-pack-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }

            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
