using Xunit;

namespace LocalCare.Testing;

/// <summary>
/// Finds Debian's Chromium for browser tests: <c>LOCALCARE_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.
/// Without it the test is skipped with the reason, except under <c>CI=true</c>, where it fails.
/// </summary>
public static class Chromium
{
    public const string EnvironmentVariable = "LOCALCARE_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The flags this machine needs: no sandbox as root, no GPU, and no calls to the closed network.</summary>
    public static readonly IReadOnlyList<string> Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

    private static int _reasonPrinted;

    public static string Require()
    {
        var path = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPath;
        if (File.Exists(path))
        {
            return path;
        }

        var reason = $"Chromium is not installed at {path}; install Debian's chromium (apt-get install chromium) or set {EnvironmentVariable} to include the browser tests.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI=true requires Chromium. " + reason);
        }

        if (Interlocked.Exchange(ref _reasonPrinted, 1) == 0)
        {
            TestContext.Current.SendDiagnosticMessage("Skipping the browser tests: " + reason);
        }

        Assert.Skip(reason);
        return path;
    }
}
