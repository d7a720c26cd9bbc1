using System.Net;
using Microsoft.Playwright;

namespace LocalCare.Reports.Packs;

/// <summary>
/// Prints a pack's HTML to an A4 PDF in headless Chromium (Playwright <c>PdfAsync</c>): the board and meeting in the header, "Page n
/// of m" in the footer. One browser, launched on first use and shared by concurrent calls; each print has its own page.
/// </summary>
public sealed class PackPdfPrinter : IAsyncDisposable
{
    /// <summary>The variable naming the Chromium executable.</summary>
    public const string EnvironmentVariable = "LOCALCARE_CHROMIUM";

    /// <summary>Debian's Chromium, used when the variable is not set.</summary>
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _disposed;

    /// <summary>A printer using <paramref name="executablePath"/>, else <c>LOCALCARE_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.</summary>
    public PackPdfPrinter(string? executablePath = null)
    {
        ExecutablePath = executablePath is { Length: > 0 } ? executablePath
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : DefaultExecutablePath;
    }

    /// <summary>The Chromium executable this printer launches.</summary>
    public string ExecutablePath { get; }

    /// <summary>
    /// Launches Chromium now, so a print that follows does not wait for it: a caller starts it, gathers and renders the pack
    /// meanwhile, then awaits this before printing. Launching is idempotent; the first print launches it anyway.
    /// </summary>
    /// <exception cref="PackPdfException">Chromium is missing or did not launch.</exception>
    public Task StartAsync(CancellationToken ct = default) => BrowserAsync(ct);

    /// <summary>The HTML document printed to PDF bytes; <paramref name="headerTitle"/> (e.g. the pack's title) heads every page.</summary>
    /// <exception cref="PackPdfException">Chromium is missing, did not launch, or did not print.</exception>
    public async Task<byte[]> PrintAsync(string html, string headerTitle, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        var browser = await BrowserAsync(ct);
        ct.ThrowIfCancellationRequested();
        IPage? page = null;
        try
        {
            page = await browser.NewPageAsync();
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            ct.ThrowIfCancellationRequested();
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = Header(headerTitle),
                FooterTemplate = Footer,
                Margin = new Margin { Top = "20mm", Bottom = "18mm", Left = "14mm", Right = "14mm" },
            });
        }
        catch (PlaywrightException e)
        {
            throw new PackPdfException($"Chromium ({ExecutablePath}) could not print the pack: {e.Message}", e);
        }
        finally
        {
            if (page is not null)
            {
                await page.CloseAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _launch.WaitAsync();
        try
        {
            _disposed = true;
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
                _browser = null;
            }

            _playwright?.Dispose();
            _playwright = null;
        }
        finally
        {
            _launch.Release();
        }

        _launch.Dispose();
    }

    /// <summary>Chromium's header: the title, small, centred (the templates need their own styles).</summary>
    private static string Header(string title) =>
        "<div style=\"font-family: Arial, sans-serif; font-size: 8pt; color: #4c6272; width: 100%; text-align: center; padding: 0 14mm;\">"
        + WebUtility.HtmlEncode(title) + "</div>";

    private const string Footer =
        "<div style=\"font-family: Arial, sans-serif; font-size: 8pt; color: #4c6272; width: 100%; text-align: center;\">"
        + "Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></div>";

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        await _launch.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsConnected: true } browser)
            {
                return browser;
            }

            if (!File.Exists(ExecutablePath))
            {
                throw new PackPdfException(
                    $"Chromium is not installed at {ExecutablePath}: install Debian's chromium (apt-get install chromium) or set {EnvironmentVariable} to its path.");
            }

            try
            {
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Arguments });
                return _browser;
            }
            catch (Exception e) when (e is not OperationCanceledException and not PackPdfException)
            {
                _playwright?.Dispose();
                _playwright = null;
                throw new PackPdfException(
                    $"Chromium at {ExecutablePath} failed to launch (set {EnvironmentVariable} to another Chromium): {e.Message}", e);
            }
        }
        finally
        {
            _launch.Release();
        }
    }
}
