using LocalCare.Data.Users;
using LocalCare.Testing;
using Microsoft.Playwright;

namespace LocalCare.BrowserTests;

/// <summary>One headless Chromium page against the app, with helpers to sign in and keep screenshots.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly BrowserAppFactory _app;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, BrowserAppFactory app)
    {
        _playwright = playwright;
        _browser = browser;
        _app = app;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Where screenshots go: <c>screenshots/</c> beside the test assembly.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static async Task<BrowserSession> OpenAsync(BrowserAppFactory app)
    {
        var chromium = Chromium.Require();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = Chromium.Arguments });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return new BrowserSession(playwright, browser, page, app);
    }

    /// <summary>The demo password of a role's user, from the file the first run wrote.</summary>
    public string PasswordOf(string user) => DemoUsers.ReadFile(Path.Combine(_app.DataDirectory, DemoUsers.FileName))[user];

    /// <summary>Fills the sign-in form as a person would and submits it.</summary>
    public async Task SignInAsync(string user, string password)
    {
        await Page.GetByLabel("Username").FillAsync(user);
        await Page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Saves a full-page PNG and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.SendDiagnosticMessage($"Screenshot: {path}");
        return path;
    }

    /// <summary>
    /// From now on, the page's script errors and anything its Content Security Policy refused, except the NHS.UK fonts: the
    /// stylesheet asks for them from assets.nhs.uk, which the policy (default-src 'self') refuses on every page.
    /// </summary>
    public static List<string> ScriptProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Loading the font 'https://assets.nhs.uk/", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        return problems;
    }

    /// <summary>Saves a full-page screenshot and checks it holds a rendered page (over 10 KB), not a blank one.</summary>
    public async Task SaveRenderedScreenshotAsync(string name)
    {
        var bytes = await File.ReadAllBytesAsync(await ScreenshotAsync(name), TestContext.Current.CancellationToken);
        Assert.True(bytes.Length > 10_000, $"{name} is only {bytes.Length} bytes");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
