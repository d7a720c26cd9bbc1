using LocalCare.Data.Users;
using LocalCare.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LocalCare.Web.Features.Account;

/// <summary>Sign in with a username and password; mistakes re-render the form with the NHS.UK error summary and status 400.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInModel(SignInManager<LocalCareUser> signInManager, IOptions<IdentityOptions> identityOptions, SignInAudit audit) : PageModel
{
    public const string EnterUsername = "Enter your username";
    public const string EnterPassword = "Enter your password";
    public const string Incorrect = "Your username or password is incorrect";
    public const string Disabled = "Your account has been disabled. Ask an administrator to enable it";

    [BindProperty]
    public string? Username { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Field errors in the order the fields appear: (input id, message).</summary>
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Username))
        {
            errors.Add(("username", EnterUsername));
        }

        if (string.IsNullOrEmpty(Password))
        {
            errors.Add(("password", EnterPassword));
        }

        if (errors.Count == 0)
        {
            var result = await signInManager.PasswordSignInAsync(Username!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
            await audit.SignInAsync(Username.Trim(), result, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            }

            errors.Add(("username", result.IsLockedOut && await IsDisabledAsync(Username.Trim())
                ? Disabled
                : result.IsLockedOut
                ? $"Your account is locked after too many incorrect passwords. Try again in {identityOptions.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes:0} minutes"
                : Incorrect));
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        Errors = errors;
        Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> IsDisabledAsync(string userName) =>
        await signInManager.UserManager.FindByNameAsync(userName) is { } user && UserAccounts.IsDisabled(user);
}
