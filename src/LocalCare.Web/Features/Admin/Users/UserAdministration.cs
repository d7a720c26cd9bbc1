using LocalCare.Core.Access;
using LocalCare.Data;
using LocalCare.Data.Users;
using LocalCare.Web.Features.Performance;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Admin.Users;

/// <summary>A user as the administrator's list shows them.</summary>
public sealed record UserRow(string Id, string UserName, string DisplayName, string? Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Units, bool Disabled, bool Locked);

/// <summary>A new user: their names, email, roles and (for managers) the units they look after.</summary>
public sealed record NewUser(string? UserName, string? DisplayName, string? Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Units);

/// <summary>The outcome of a change: problems to show against fields, or the one-time password it made (create, reset).</summary>
public sealed record AdminResult(FormErrors Errors, string? Password = null, string? UserId = null)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// What administrators do to accounts: create, disable and enable, reset a password, change roles and units. Each change
/// goes through Identity and is audited by the app database (subject <c>user:ID</c>); passwords are generated, shown once
/// and never stored in the clear or recorded. Disabling, a reset or a role change renews the security stamp, which ends
/// the user's sign-ins on their next request. An administrator cannot disable themselves or drop their own admin role.
/// </summary>
public sealed class UserAdministration(UserManager<LocalCareUser> users, LocalCareDbContext db, UserUnits units)
{
    public const string EnterUserName = "Enter a username";
    public const string UserNameTaken = "A user with this username already exists";
    public const string UserNameCharacters = "Username must only include letters, numbers, dots, hyphens and underscores";
    public const string EnterDisplayName = "Enter the user's name";
    public const string EmailFormat = "Enter an email address in the correct format, like name@example.nhs.uk";
    public const string SelectRole = "Select at least one role";
    public const string UnknownRole = "Select roles from the list";
    public const string UnknownUnit = "Select units from the list";
    public const string OwnAdminRole = "You cannot remove your own administrator role";
    public const string DisableSelf = "You cannot disable your own account";

    public async Task<IReadOnlyList<UserRow>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var assigned = await db.UserUnits.AsNoTracking().ToListAsync(cancellationToken);
        return [.. all.Select(u => new UserRow(
            u.Id, u.UserName ?? "", u.DisplayName, u.Email,
            [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal)],
            [.. assigned.Where(a => a.UserId == u.Id).Select(a => a.UnitCode).Order(StringComparer.Ordinal)],
            UserAccounts.IsDisabled(u), UserAccounts.IsLocked(u, now)))];
    }

    public async Task<UserRow?> FindAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await ListAsync(now, cancellationToken)).SingleOrDefault(u => u.Id == id);

    public async Task<AdminResult> CreateAsync(NewUser input, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var userName = input.UserName?.Trim() ?? "";
        if (userName.Length == 0)
        {
            errors.Add("user-name", EnterUserName);
        }
        else if (!userName.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            errors.Add("user-name", UserNameCharacters);
        }
        else if (await users.FindByNameAsync(userName) is not null)
        {
            errors.Add("user-name", UserNameTaken);
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName))
        {
            errors.Add("display-name", EnterDisplayName);
        }

        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            errors.Add("email", EmailFormat);
        }

        await CheckRolesAndUnitsAsync(input.Roles, input.Units, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new AdminResult(errors);
        }

        var password = DemoUsers.NewPassword();
        var user = new LocalCareUser { UserName = userName, DisplayName = input.DisplayName!.Trim(), Email = email, EmailConfirmed = email is not null };
        Check(await users.CreateAsync(user, password), "user-name", errors);
        if (errors.Count == 0)
        {
            Check(await users.AddToRolesAsync(user, input.Roles.Distinct()), "roles", errors);
            await units.AssignAsync(userName, input.Roles.Contains(Roles.Manager) ? input.Units : [], cancellationToken);
        }

        return new AdminResult(errors, errors.Count == 0 ? password : null, user.Id);
    }

    /// <summary>Replaces the user's roles and units (units are kept only for managers).</summary>
    public async Task<AdminResult> SetRolesAsync(string id, IReadOnlyList<string> roles, IReadOnlyList<string> unitCodes, string actingUserName, CancellationToken cancellationToken)
    {
        var errors = new FormErrors();
        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException(id);
        if (user.UserName == actingUserName && !roles.Contains(Roles.Admin))
        {
            errors.Add("roles", OwnAdminRole);
        }

        await CheckRolesAndUnitsAsync(roles, unitCodes, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new AdminResult(errors);
        }

        var current = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, current.Except(roles)), "roles", errors);
        Check(await users.AddToRolesAsync(user, roles.Distinct().Except(current)), "roles", errors);
        await units.AssignAsync(user.UserName!, roles.Contains(Roles.Manager) ? unitCodes : [], cancellationToken);
        Check(await users.UpdateSecurityStampAsync(user), "roles", errors);
        return new AdminResult(errors);
    }

    public async Task<AdminResult> SetDisabledAsync(string id, bool disabled, string actingUserName)
    {
        var errors = new FormErrors();
        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException(id);
        if (disabled && user.UserName == actingUserName)
        {
            errors.Add("disable", DisableSelf);
            return new AdminResult(errors);
        }

        Check(await users.SetLockoutEnabledAsync(user, true), "disable", errors);
        Check(await users.SetLockoutEndDateAsync(user, disabled ? UserAccounts.DisabledUntil : null), "disable", errors);
        Check(await users.ResetAccessFailedCountAsync(user), "disable", errors);
        Check(await users.UpdateSecurityStampAsync(user), "disable", errors);
        return new AdminResult(errors);
    }

    /// <summary>Gives the user a new generated password (shown once) and ends a lockout after wrong passwords.</summary>
    public async Task<AdminResult> ResetPasswordAsync(string id)
    {
        var errors = new FormErrors();
        var user = await users.FindByIdAsync(id) ?? throw new KeyNotFoundException(id);
        var password = DemoUsers.NewPassword();
        // No reset token: the administrator is present and the app sends no email. Both calls renew the security stamp.
        Check(await users.RemovePasswordAsync(user), "reset", errors);
        Check(await users.AddPasswordAsync(user, password), "reset", errors);
        if (!UserAccounts.IsDisabled(user))
        {
            Check(await users.SetLockoutEndDateAsync(user, null), "reset", errors);
        }

        Check(await users.ResetAccessFailedCountAsync(user), "reset", errors);
        return new AdminResult(errors, errors.Count == 0 ? password : null, id);
    }

    /// <summary>The organisation's units (code, name), for the managers' unit checkboxes.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken cancellationToken) =>
        [.. (await db.OrganisationUnits.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Code, u.Name }).ToListAsync(cancellationToken)).Select(u => (u.Code, u.Name))];

    private async Task CheckRolesAndUnitsAsync(IReadOnlyList<string> roles, IReadOnlyList<string> unitCodes, FormErrors errors, CancellationToken cancellationToken)
    {
        if (roles.Count == 0)
        {
            errors.Add("roles", SelectRole);
        }
        else if (roles.Except(Roles.All).Any())
        {
            errors.Add("roles", UnknownRole);
        }

        if (unitCodes.Count > 0)
        {
            var known = await db.OrganisationUnits.Where(u => unitCodes.Contains(u.Code)).CountAsync(cancellationToken);
            if (known != unitCodes.Distinct().Count())
            {
                errors.Add("units", UnknownUnit);
            }
        }
    }

    private static void Check(IdentityResult result, string field, FormErrors errors)
    {
        foreach (var error in result.Errors)
        {
            errors.Add(field, error.Description);
        }
    }
}
