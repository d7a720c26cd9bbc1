using System.Diagnostics;
using System.Text;
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
