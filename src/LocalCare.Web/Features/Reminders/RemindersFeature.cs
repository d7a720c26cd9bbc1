using LocalCare.Data.Reminders;

namespace LocalCare.Web.Features.Reminders;

/// <summary>Registers reminders: the sources and mailer with the <c>Smtp</c> and <c>Reminders</c> settings, and the daily send.</summary>
public static class RemindersFeature
{
    public static WebApplicationBuilder AddLocalCareReminders(this WebApplicationBuilder builder)
    {
        // Invalid settings stop the app at start-up with the setting named, rather than on the first morning.
        var configuration = builder.Configuration;
        builder.Services.AddLocalCareReminders(SmtpSettings.Read(k => configuration[k]), ReminderSettings.Read(k => configuration[k]));
        builder.Services.AddHostedService<DailyReminders>();
        return builder;
    }
}
