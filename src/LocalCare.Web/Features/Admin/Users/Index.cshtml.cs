using LocalCare.Core.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Admin.Users;

/// <summary>Every user with their roles and units, and whether they are disabled or locked out.</summary>
[Authorize(Roles = Roles.Admin)]
public sealed class IndexModel(UserAdministration admin, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Users = await admin.ListAsync(clock.GetUtcNow(), cancellationToken);
}
