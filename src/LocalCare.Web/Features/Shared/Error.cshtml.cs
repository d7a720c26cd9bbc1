using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Shared;

/// <summary>The page people see for an error status (404, 400, 500...), re-executed by the status code pages middleware.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public const string Path = "/error";

    public string Heading { get; private set; } = "";

    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Paragraphs) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", (IReadOnlyList<string>)
            [
                "If you typed the web address, check it is correct.",
                "If you pasted the web address, check you copied the entire address.",
            ]),
            StatusCodes.Status400BadRequest => ("Sorry, there is a problem with your request",
            [
                "The form may have been open too long, or sent from another site.",
                "Go back, refresh the page and try again.",
            ]),
            StatusCodes.Status429TooManyRequests => ("Too many attempts to sign in", ["Wait a minute, then try again."]),
            StatusCodes.Status403Forbidden => ("You do not have access to this page", ["Your role does not allow you to see this page."]),
            _ => ("Sorry, there is a problem with the service", ["Try again later."]),
        };
    }
}
