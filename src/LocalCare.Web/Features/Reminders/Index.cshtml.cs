using LocalCare.Core.Access;
using LocalCare.Core.Reminders;
using LocalCare.Data.Reminders;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalCare.Web.Features.Reminders;

/// <summary>What's due: the signed-in user's digest for today; for admins and executives everyone's by owner and the owners that matched no user.</summary>
public sealed class IndexModel(ReminderCollection reminders, SmtpSettings smtp, ReminderSettings settings, TimeProvider clock) : PageModel
{
    public ReminderDigest Mine { get; private set; } = null!;

    /// <summary>Everyone's digests; null for a user who may see only their own.</summary>
    public IReadOnlyList<ReminderDigest>? Everyone { get; private set; }

    public IReadOnlyList<ReminderItem> Unmatched { get; private set; } = [];

    public ReminderUser? Me { get; private set; }

    public OwnerDirectory Directory { get; private set; } = null!;

    public bool EmailOn => smtp.IsConfigured;

    public TimeOnly SendAt => settings.SendAt;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var overview = await reminders.ForAsync(Core.Time.UkTime.Today(clock), cancellationToken);
        var name = User.Identity?.Name ?? "";
        Directory = overview.Directory;
        Me = overview.Directory.Find(name);
        Mine = overview.For(name);
        if (User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Executive))
        {
            Everyone = overview.Digests;
            Unmatched = overview.Unmatched;
        }
    }

    /// <summary>"15 Jan 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
