using System.Globalization;

namespace LocalCare.Web.Features.Shared;

/// <summary>UK local time for pages: now, and the way pages write a date-time.</summary>
public static class UkTime
{
    /// <summary>Now on the UK clock.</summary>
    public static DateTime Now(TimeProvider clock) => Core.Time.UkTime.Now(clock);

    /// <summary>"23 Nov 2026 17:30".</summary>
    public static string Format(DateTime ukTime) => ukTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
}
