using LocalCare.Data.Audit;
using LocalCare.Data.Users;
using Microsoft.AspNetCore.Identity;

namespace LocalCare.Web.Features.Account;

/// <summary>
/// Records sign-ins, failed sign-ins (unknown user or wrong password), lock-outs and sign-outs in the audit trail, under
/// <c>sign-in:NAME</c> with the name as actor. The password is never recorded; the reason and the client's address are.
/// </summary>
public sealed class SignInAudit(AuditLog log, UserManager<LocalCareUser> users, IHttpContextAccessor http)
{
    /// <summary>The longest user name recorded as typed (the subject column's size, less <c>user:</c>).</summary>
    public const int MaxNameLength = 190;

    public async Task SignInAsync(string userName, SignInResult result, CancellationToken cancellationToken)
    {
        var name = Clip(userName);
        var (action, reason) = result switch
        {
            { Succeeded: true } => (AuditAction.SignedIn, "password"),
            { IsLockedOut: true } => (AuditAction.LockedOut, "too many incorrect passwords"),
            { IsNotAllowed: true } => (AuditAction.SignInFailed, "not allowed to sign in"),
            _ when await users.FindByNameAsync(name) is null => (AuditAction.SignInFailed, "unknown user"),
            _ => (AuditAction.SignInFailed, "wrong password"),
        };
        await log.RecordAsync(Subjects.SignIn(name), "SignIn", name, action, [("Reason", reason), ("Address", Address())], name, cancellationToken);
    }

    public Task SignOutAsync(string userName, CancellationToken cancellationToken)
    {
        var name = Clip(userName);
        return log.RecordAsync(Subjects.SignIn(name), "SignIn", name, AuditAction.SignedOut, [("Address", Address())], name, cancellationToken);
    }

    private string? Address() => http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    private static string Clip(string name) => name.Length <= MaxNameLength ? name : name[..MaxNameLength];
}
