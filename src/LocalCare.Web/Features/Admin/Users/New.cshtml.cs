using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Admin.Users;

/// <summary>Adds a user; the page then shows their one-time password once (it is not stored anywhere it can be read again).</summary>
[Authorize(Roles = Core.Access.Roles.Admin)]
public sealed class NewModel(UserAdministration admin) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public List<string> Units { get; set; } = [];

    public FormErrors Errors { get; private set; } = new();

    public IReadOnlyList<(string Code, string Name)> AllUnits { get; private set; } = [];

    /// <summary>Set once the user is created: the password to hand to them.</summary>
    public string? OneTimePassword { get; private set; }

    public string? CreatedId { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => AllUnits = await admin.UnitsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        AllUnits = await admin.UnitsAsync(cancellationToken);
        var result = await admin.CreateAsync(new NewUser(UserName, DisplayName, Email, Roles, Units), cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        OneTimePassword = result.Password;
        CreatedId = result.UserId;
        return Page();
    }
}
