using System.Net;

namespace LocalCare.Web.Tests;

/// <summary>Assertions on responses that several features share.</summary>
public static class WebAssert
{
    /// <summary>A page refused to a signed-in user: the redirect to the access-denied page.</summary>
    public static void Forbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location?.AbsolutePath);
    }
}
