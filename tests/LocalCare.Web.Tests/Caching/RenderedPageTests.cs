using System.Text;
using LocalCare.Web.Caching;

namespace LocalCare.Web.Tests.Caching;

/// <summary>A kept page's holes: every occurrence of the rendering request's nonce and token, filled afresh when written.</summary>
public sealed class RenderedPageTests
{
    private const string Nonce = "0123456789ABCDEF0123456789ABCDEF";
    private const string Token = "CfDJ8token-of_the-first-request";

    [Fact]
    public async Task Written_WithAnotherRequestsNonceAndToken_HasThoseInEveryPlaceTheFirstHadItsOwn()
    {
        var html = $"<script nonce=\"{Nonce}\">x</script><form><input value=\"{Token}\"></form><form><input value=\"{Token}\"></form><script nonce=\"{Nonce}\"></script>";
        var page = RenderedPage.Of("text/html; charset=utf-8", Encoding.UTF8.GetBytes(html), Nonce, Token);

        var written = await WriteAsync(page, "FEDCBA9876543210FEDCBA9876543210", "CfDJ8second");

        Assert.Equal(html.Replace(Nonce, "FEDCBA9876543210FEDCBA9876543210", StringComparison.Ordinal).Replace(Token, "CfDJ8second", StringComparison.Ordinal), written);
        Assert.Equal([RenderedPage.Hole.Nonce, RenderedPage.Hole.AntiforgeryToken, RenderedPage.Hole.AntiforgeryToken, RenderedPage.Hole.Nonce], page.Holes);
        Assert.Equal(Encoding.UTF8.GetByteCount(written), page.Length("FEDCBA9876543210FEDCBA9876543210", "CfDJ8second"));
    }

    [Fact]
    public async Task APageWithoutFormsOrScripts_IsWrittenAsItWasRendered()
    {
        const string html = "<p>Nothing per request: ünïcode stays as it was</p>";
        var page = RenderedPage.Of("text/html", Encoding.UTF8.GetBytes(html), Nonce, null);

        Assert.Empty(page.Holes);
        Assert.Equal(html, await WriteAsync(page, Nonce, Token));
        Assert.Equal("text/html", page.ContentType);
    }

    [Fact]
    public async Task HolesAtTheVeryStartAndEnd_AreFilled()
    {
        var page = RenderedPage.Of("text/html", Encoding.UTF8.GetBytes(Nonce + "-" + Token), Nonce, Token);

        Assert.Equal("N-T", await WriteAsync(page, "N", "T"));
    }

    private static async Task<string> WriteAsync(RenderedPage page, string nonce, string token)
    {
        using var body = new MemoryStream();
        await page.WriteAsync(body, nonce, token, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(body.ToArray());
    }
}
