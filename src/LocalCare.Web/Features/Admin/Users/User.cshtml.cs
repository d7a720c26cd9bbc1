using LocalCare.Data.Audit;
using LocalCare.Web.Features.History;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Admin.Users;

/// <summary>One user: change roles and units, disable or enable, reset the password (the new one shown once), and the account's history with its sign-ins.</summary>
[Authorize(Roles = Core.Access.Roles.Admin)]
public sealed class UserModel(UserAdministration admin, ChangeHistory history, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public List<string> Units { get; set; } = [];

    public UserRow Account { get; private set; } = null!;

    public IReadOnlyList<(string Code, string Name)> AllUnits { get; private set; } = [];

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    /// <summary>Set after a reset: the new password to hand on, shown this once.</summary>
    public string? OneTimePassword { get; private set; }

    /// <summary>What the last change did, for the confirmation banner.</summary>
    public string? Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRolesAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => admin.SetRolesAsync(Id, Roles, Units, User.Identity!.Name!, cancellationToken), "Roles saved", cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => admin.SetDisabledAsync(Id, disabled: true, User.Identity!.Name!), "User disabled", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => admin.SetDisabledAsync(Id, disabled: false, User.Identity!.Name!), "User enabled", cancellationToken);

    public Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => admin.ResetPasswordAsync(Id), "Password reset", cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task<AdminResult>> change, string saved, CancellationToken cancellationToken)
    {
        if (await admin.FindAsync(Id, clock.GetUtcNow(), cancellationToken) is null)
        {
            return NotFound();
        }

        var result = await change();
        var posted = (Roles, Units);
        await LoadAsync(cancellationToken);
        if (!result.Succeeded)
        {
            (Roles, Units) = posted;
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Saved = saved;
        OneTimePassword = result.Password;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await admin.FindAsync(Id, clock.GetUtcNow(), cancellationToken) is not { } account)
        {
            return false;
        }

        Account = account;
        Roles = [.. account.Roles];
        Units = [.. account.Units];
        AllUnits = await admin.UnitsAsync(cancellationToken);
        // The account's changes and its sign-ins, sign-outs and failed attempts (recorded by the user name typed).
        History = await history.ForAnyAsync([Subjects.User(Id), Subjects.SignIn(account.UserName)], cancellationToken);
        return true;
    }
}
