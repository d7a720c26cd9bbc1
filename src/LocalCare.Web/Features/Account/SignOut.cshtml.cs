using LocalCare.Data.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Account;

/// <summary>Signs out on POST (the header's form, with its antiforgery token); GET shows a button that posts.</summary>
[AllowAnonymous]
public sealed class SignOutModel(SignInManager<LocalCareUser> signInManager, SignInAudit audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity is { IsAuthenticated: true, Name: { } name })
        {
            await audit.SignOutAsync(name, HttpContext.RequestAborted);
        }

        await signInManager.SignOutAsync();
        return LocalRedirect(AccountSetup.SignInPath);
    }
}
